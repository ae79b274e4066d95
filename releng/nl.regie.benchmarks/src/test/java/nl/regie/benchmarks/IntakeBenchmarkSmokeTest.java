// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the intake benchmark runnable: a tiny run must complete and report its counts. No timing is asserted. */
class IntakeBenchmarkSmokeTest {

    @TempDir
    Path work;

    @Test
    void aTinyRunWritesTheResultsTable() throws Exception {
        IntakeBenchmark.main(new String[] {"3000", work.toString()});
        String results = Files.readString(work.resolve("results.md"));
        // 3000 rows: 30 impossible dates, 15 repeated rows, 30 phone numbers
        assertTrue(results.contains("| signal intake, 3000 CSV rows (read 3000, accepted 2955, rejected 30, duplicates 15,"
                + " personal data removed 30) |"), results);
        assertTrue(results.contains("| cluster computation over "), results);
    }
}
