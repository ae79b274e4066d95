// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.jvm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.store.SignalQuery;
import nl.regie.store.StoreException;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * A real full disk: the data folder is a small tmpfs. Imports fill it until one is refused with DISK_FULL; once the
 * user has made room, what was committed before is all there, and the refused batch left nothing. Needs root to mount (as CI has); elsewhere
 * the test is skipped and says why.
 */
class DiskFullTest {

    @TempDir
    Path temp;

    private Path mount;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = temp.resolve("small-disk");
        Files.createDirectories(mount);
        Process process = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        boolean mounted = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "a tmpfs cannot be mounted here (needs root): " + output.strip());
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskRefusesTheBatchAndLosesNothingCommitted() throws Exception {
        Path data = mount.resolve("regie");
        // Something else on the disk, which the user deletes after the message ("make room").
        Path ballast = mount.resolve("other-files.bin");
        Files.write(ballast, new byte[8 * 1024 * 1024]);
        long committed;
        StoreException full = null;
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(data))) {
            committed = store.count(SignalQuery.ALL);
            for (int batch = 0; batch < 200 && full == null; batch++) {
                try {
                    store.append(Child.signals("fill-" + batch + "-", 5_000), "batch " + batch);
                    committed += 5_000;
                } catch (StoreException e) {
                    full = e;
                }
            }
        } catch (StoreException e) {
            throw new IOException("the store did not even open on the small disk: " + e.getMessage(), e);
        }
        assertNotNull(full, "24 MB filled up");
        assertEquals(StoreException.Problem.DISK_FULL, full.problem(), full.getMessage());
        assertTrue(full.getMessage().contains(data.toString()), full.getMessage());

        Files.delete(ballast);
        try (DerbyStore reopened = DerbyStore.open(DerbySettings.embedded(data))) {
            assertEquals(committed, reopened.count(SignalQuery.ALL), "every committed batch, none of the refused one");
            assertEquals("Gemeente X", reopened.load().municipality().getName());
        }
    }
}
