// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the report benchmark runnable: a small store and plan must give both documents. No timing is asserted. */
class ReportBenchmarkSmokeTest {

    @TempDir
    Path work;

    @Test
    void aSmallRunWritesTheResultsTable() throws Exception {
        ReportBenchmark.main(new String[] {"2000", "100", work.toString()});
        String results = Files.readString(work.resolve("results.md"));
        assertTrue(results.contains("a plan of 100 actions"), results);
        assertTrue(results.contains("| council letter as PDF ("), results);
        assertTrue(Files.size(work.resolve("brief.pdf")) > 10_000);
    }
}
