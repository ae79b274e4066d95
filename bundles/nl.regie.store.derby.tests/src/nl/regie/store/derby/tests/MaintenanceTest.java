// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.model.Municipality;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.StoreException;
import nl.regie.store.StoreException.Problem;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;
import nl.regie.store.derby.internal.Connections;
import nl.regie.store.derby.internal.Schema;

/** Schema migrations, online backup and restore, encryption at rest, and the errors users meet. */
class MaintenanceTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseFromAnOlderSchemaIsUpgradedOnOpen() throws Exception {
        DerbySettings settings = DerbySettings.embedded(dir).withSeedExample(false);
        Connections connections = new Connections(settings);
        try (Connection connection = connections.openCreating(); Statement statement = connection.createStatement()) {
            assertEquals(1, Schema.migrate(connection, 1));
            statement.executeUpdate("INSERT INTO SIGNAL (ID, OBSERVED_ON, SOURCE_ID, CONCERN, CONFIDENCE, STATUS)"
                    + " VALUES ('old-1', DATE('2025-05-01'), 'politie', 2, 1, 0)");
        }
        connections.shutdown();

        try (DerbyStore store = DerbyStore.open(settings)) {
            assertEquals(Schema.LATEST, store.info().schemaVersion());
            List<SignalRecord> old = store.query(SignalQuery.ALL, 0, 10);
            assertEquals(List.of("old-1"), old.stream().map(SignalRecord::id).toList(), "data survives the upgrade");
            store.append(List.of(new SignalRecord("new-1", LocalDate.of(2026, 1, 1), null, "politie", null, null, null,
                    null, null, null, null, null, null)), "after upgrade");
            assertEquals(2, store.count(SignalQuery.ALL));
        }
        try (Connection connection = connections.open(); Statement statement = connection.createStatement();
                ResultSet versions = statement.executeQuery("SELECT VERSION FROM REGIE_SCHEMA ORDER BY VERSION")) {
            int expected = 1;
            while (versions.next()) {
                assertEquals(expected++, versions.getInt(1), "each applied migration is recorded");
            }
            assertEquals(Schema.LATEST + 1, expected);
        }
        connections.shutdown();
    }

    @Test
    void aDatabaseFromANewerRegieIsRefusedAndLeftAlone() throws Exception {
        DerbySettings settings = DerbySettings.embedded(dir);
        DerbyStore.open(settings).close();
        Connections connections = new Connections(settings);
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO REGIE_SCHEMA VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
        }
        connections.shutdown();

        StoreException refused = assertThrows(StoreException.class, () -> DerbyStore.open(settings));
        assertEquals(Problem.SCHEMA_TOO_NEW, refused.problem());
        assertTrue(refused.getMessage().contains("99") && refused.getMessage().contains(String.valueOf(Schema.LATEST)),
                refused.getMessage());
        try (Connection connection = connections.open()) {
            assertEquals(99, Schema.version(connection), "the newer database was not touched");
        }
        connections.shutdown();
    }

    @Test
    void anOnlineBackupCanBeRestored() throws Exception {
        Path data = dir.resolve("data");
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(data))) {
            Path backup = store.backup(dir.resolve("backups"));
            assertTrue(Files.exists(backup.resolve("service.properties")), backup.toString());

            Municipality changed = store.load().municipality();
            changed.setName("Gemeente na de backup");
            store.save(changed, 1, null);
            store.append(List.of(new SignalRecord("late", LocalDate.of(2026, 6, 1), null, "x", null, null, null, null,
                    null, null, null, null, null)), "late");

            store.restore(dir.resolve("backups"));
            assertEquals("Gemeente X", store.load().municipality().getName(), "the workspace as it was at the backup");
            assertEquals(1, store.history().size());
            assertEquals(4, store.count(SignalQuery.ALL), "signals as they were at the backup");
            try (Stream<Path> left = Files.list(data)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("before-restore")),
                        "the set-aside database is removed once the restored one works");
            }
        }
    }

    @Test
    void restoringFromAFolderWithoutBackupChangesNothing() throws Exception {
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(dir.resolve("data")))) {
            Files.createDirectories(dir.resolve("empty"));
            StoreException missing = assertThrows(StoreException.class, () -> store.restore(dir.resolve("empty")));
            assertEquals(Problem.MISSING_DATA, missing.problem());
            assertTrue(missing.getMessage().contains("empty"), missing.getMessage());
            assertEquals("Gemeente X", store.load().municipality().getName());
        }
    }

    @Test
    void anEncryptedDatabaseNeedsItsBootPassword() throws Exception {
        DerbySettings encrypted = DerbySettings.embedded(dir).withBootPassword("geheim-wachtwoord-1".toCharArray(), true);
        try (DerbyStore store = DerbyStore.open(encrypted)) {
            assertTrue(store.info().encrypted());
            assertEquals("Gemeente X", store.load().municipality().getName());
        }
        assertFalse(containsBytes(dir.resolve("db"), "Jongerenwerk"), "no readable text in the database files");

        StoreException wrong = assertThrows(StoreException.class,
                () -> DerbyStore.open(DerbySettings.embedded(dir).withBootPassword("verkeerd-wachtwoord".toCharArray(), false)));
        assertEquals(Problem.WRONG_BOOT_PASSWORD, wrong.problem());
        StoreException none = assertThrows(StoreException.class, () -> DerbyStore.open(DerbySettings.embedded(dir)));
        assertEquals(Problem.WRONG_BOOT_PASSWORD, none.problem());

        try (DerbyStore store = DerbyStore.open(encrypted)) {
            assertEquals("Gemeente X", store.load().municipality().getName(), "the right password opens it");
        }
    }

    @Test
    void anExistingDatabaseCanBeEncrypted() throws Exception {
        DerbyStore.open(DerbySettings.embedded(dir)).close();
        assertTrue(containsBytes(dir.resolve("db"), "Jongerenwerk"), "plain before");
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(dir)
                .withBootPassword("geheim-wachtwoord-2".toCharArray(), true))) {
            assertTrue(store.info().encrypted());
            assertEquals(4, store.count(SignalQuery.ALL));
        }
        assertFalse(containsBytes(dir.resolve("db").resolve("seg0"), "Jongerenwerk"), "encrypted after");
    }

    @Test
    void aDamagedDatabaseFolderIsReportedWithWhatToDo() throws Exception {
        DerbyStore.open(DerbySettings.embedded(dir)).close();
        Files.delete(dir.resolve("db").resolve("service.properties"));
        StoreException damaged = assertThrows(StoreException.class, () -> DerbyStore.open(DerbySettings.embedded(dir)));
        assertEquals(Problem.DAMAGED, damaged.problem());
        assertTrue(damaged.getMessage().contains(dir.resolve("db").toString()), damaged.getMessage());
        assertTrue(damaged.getMessage().contains("restore"), damaged.getMessage());
    }

    @Test
    void aDamagedDatabaseIsRecoveredFromABackupWithoutOpeningIt() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(data))) {
            backup = store.backup(dir.resolve("backups"));
        }
        // Damage the data files themselves: Derby's own error has to be recognised, not a missing file.
        try (Stream<Path> files = Files.list(data.resolve("db").resolve("seg0"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".dat")).toList()) {
                byte[] content = Files.readAllBytes(file);
                java.util.Arrays.fill(content, Math.min(content.length, 100), content.length, (byte) 0x5A);
                Files.write(file, content);
            }
        }
        StoreException damaged = assertThrows(StoreException.class, () -> {
            try (DerbyStore broken = DerbyStore.open(DerbySettings.embedded(data))) {
                broken.load();
                broken.count(SignalQuery.ALL);
            }
        });
        assertTrue(damaged.problem() == Problem.DAMAGED || damaged.problem() == Problem.OTHER, damaged.getMessage());

        DerbyStore.restore(DerbySettings.embedded(data), backup);
        try (DerbyStore restored = DerbyStore.open(DerbySettings.embedded(data))) {
            assertEquals("Gemeente X", restored.load().municipality().getName());
            assertEquals(4, restored.count(SignalQuery.ALL));
        }
    }

    @Test
    void aDataFolderOnAMissingDiskIsNotCreated() {
        Path unmounted = dir.resolve("media").resolve("usb").resolve("regie");
        StoreException missing = assertThrows(StoreException.class, () -> DerbyStore.open(DerbySettings.embedded(unmounted)));
        assertEquals(Problem.MISSING_DATA, missing.problem());
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertFalse(Files.exists(unmounted), "nothing was created");
    }

    @Test
    void aDataFolderThatIsAFileIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        StoreException missing = assertThrows(StoreException.class, () -> DerbyStore.open(DerbySettings.embedded(file)));
        assertEquals(Problem.MISSING_DATA, missing.problem());
        assertTrue(missing.getMessage().contains("not-a-folder"), missing.getMessage());
    }

    private static boolean containsBytes(Path folder, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                outer: for (int i = 0; i + needle.length <= content.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (content[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
