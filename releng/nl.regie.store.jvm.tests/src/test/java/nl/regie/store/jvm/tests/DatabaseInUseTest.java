// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.jvm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.store.StoreException;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/** A database that another process has open is reported as such, and works again once that process is gone. */
class DatabaseInUseTest {

    @TempDir
    Path data;

    @Test
    void aDatabaseHeldByAnotherProcessIsReportedClearly() throws Exception {
        DerbyStore.open(DerbySettings.embedded(data)).close();
        try (Child.Running other = new Child.Running("hold", data.toString())) {
            List<String> seen = other.await("OPEN"::equals, Duration.ofMinutes(2));
            assertTrue(seen.contains("OPEN"), "the other process opened the database: " + seen);

            StoreException inUse = assertThrows(StoreException.class, () -> DerbyStore.open(DerbySettings.embedded(data)));
            assertEquals(StoreException.Problem.IN_USE, inUse.problem(), inUse.getMessage());
            assertTrue(inUse.getMessage().contains(data.resolve("db").toString()), inUse.getMessage());
            assertTrue(inUse.message(Locale.of("nl")).contains("in gebruik"), inUse.message(Locale.of("nl")));
        }
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(data))) {
            assertEquals("Gemeente X", store.load().municipality().getName(), "nothing was lost");
        }
    }
}
