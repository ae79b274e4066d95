// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the planning benchmark runnable: a small plan must be checked and ranked. No timing is asserted. */
class PlanningBenchmarkSmokeTest {

    @TempDir
    Path work;

    @Test
    void aSmallRunWritesTheResultsTable() throws Exception {
        PlanningBenchmark.main(new String[] {"100", work.toString()});
        String results = Files.readString(work.resolve("results.md"));
        assertTrue(results.contains("a plan of 100 actions, a catalogue of 1007 entries"), results);
        assertTrue(results.contains("| recommendations for one need, 1007 entries ranked with reasons |"), results);
    }
}
