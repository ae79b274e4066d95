// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.jvm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.store.SignalQuery;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;
import nl.regie.store.derby.internal.Connections;

/**
 * A child JVM imports a large batch of signals into a real Derby database and is killed with SIGKILL halfway.
 * Reopening finds the state before the import, never part of it, and Derby boots by itself (its log recovery),
 * with consistent tables. A second, uninterrupted run then imports the whole batch.
 */
class CrashDuringImportTest {

    private static final int ROWS = Integer.getInteger("regie.crash.rows", 200_000);

    @TempDir
    Path data;

    @Test
    void anImportKilledHalfwayLeavesNothingBehind() throws Exception {
        long before;
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(data))) {
            before = store.count(SignalQuery.ALL);
        }

        List<String> seen;
        try (Child.Running child = new Child.Running("import", data.toString(), String.valueOf(ROWS))) {
            seen = child.await(line -> line.startsWith("WRITTEN ") && Long.parseLong(line.substring(8)) >= ROWS / 2,
                    Duration.ofMinutes(10));
            child.kill();
            seen.addAll(child.await("EXIT"::equals, Duration.ofSeconds(30)));
        }
        assertTrue(seen.stream().anyMatch(line -> line.startsWith("WRITTEN ")), "the import was running: " + tail(seen));
        boolean committed = seen.contains("COMMITTED");
        long expected = committed ? before + ROWS : before;

        try (DerbyStore reopened = DerbyStore.open(DerbySettings.embedded(data))) {
            assertEquals(expected, reopened.count(SignalQuery.ALL),
                    "all of the import or none of it (" + (committed ? "it committed" : "killed before its commit") + ")");
            assertEquals("Gemeente X", reopened.load().municipality().getName(), "the workspace is intact");
        }
        assertTablesConsistent();

        try (Child.Running child = new Child.Running("import2", data.toString(), String.valueOf(ROWS))) {
            List<String> complete = child.await("COMMITTED"::equals, Duration.ofMinutes(20));
            assertTrue(complete.contains("COMMITTED"), "a later import runs to the end: " + tail(complete));
            child.process.waitFor();
        }
        try (DerbyStore reopened = DerbyStore.open(DerbySettings.embedded(data))) {
            assertEquals(expected + ROWS, reopened.count(SignalQuery.ALL), "the complete import, once more");
        }
    }

    private void assertTablesConsistent() throws Exception {
        Connections connections = new Connections(DerbySettings.embedded(data));
        try (Connection connection = connections.open()) {
            for (String table : List.of("SIGNAL", "SIGNAL_SUBSTANCE", "IMPORT_BATCH", "WORKSPACE_VERSION")) {
                try (CallableStatement check = connection.prepareCall("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', ?)")) {
                    check.setString(1, table);
                    try (ResultSet result = check.executeQuery()) {
                        result.next();
                        assertEquals(1, result.getInt(1), table + " is consistent");
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet orphans = statement.executeQuery("SELECT COUNT(*) FROM SIGNAL_SUBSTANCE ss"
                            + " WHERE NOT EXISTS (SELECT 1 FROM SIGNAL s WHERE s.ID = ss.SIGNAL_ID)")) {
                orphans.next();
                assertEquals(0, orphans.getLong(1), "no substance rows without their signal");
            }
        } finally {
            connections.shutdown();
        }
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    }
}
