// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark runnable: a tiny run of the real runner must complete and write its table. It asserts no
 * timing (speed is measured by {@code ./regie benchmark}, not by tests).
 */
class StoreBenchmarkSmokeTest {

    @TempDir
    Path work;

    @Test
    void aTinyRunWritesTheResultsTable() throws Exception {
        StoreBenchmark.main(new String[] {"2000", "2000", work.toString()});
        String results = Files.readString(work.resolve("results.md"));
        assertTrue(results.contains("| workspace load, "), results);
        assertTrue(results.contains("| workspace save, "), results);
        assertTrue(results.contains("| signal insert, 2000 rows |"), results);
    }
}
