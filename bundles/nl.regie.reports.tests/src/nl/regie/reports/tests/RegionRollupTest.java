// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.SignalStatus;
import nl.regie.reports.Exports;
import nl.regie.reports.RegionRollup;
import nl.regie.reports.Table;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * The region view over two municipalities' own databases: counts side by side and a region total, small counts
 * suppressed in every cell, and no total that gives a suppressed cell away.
 */
class RegionRollupTest {

    @TempDir
    Path dir;

    private static List<SignalRecord> signals(String prefix, String substance, int n) {
        List<SignalRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(new SignalRecord(prefix + "-" + substance + "-" + i, LocalDate.of(2026, 10, 1 + i), null, "politie",
                    List.of(substance), null, null, null, ConcernLevel.MODERATE, Confidence.SUSPECTED,
                    SignalStatus.NEW, null, null));
        }
        return records;
    }

    private DerbyStore municipality(String name, int mmc, int cocaine, int ghb, int xtc) throws Exception {
        DerbyStore store = DerbyStore.open(DerbySettings.embedded(dir.resolve(name)).withMunicipality(name));
        List<SignalRecord> all = new ArrayList<>();
        all.addAll(signals(name, "3mmc", mmc));
        all.addAll(signals(name, "cocaine", cocaine));
        all.addAll(signals(name, "ghb", ghb));
        all.addAll(signals(name, "xtc", xtc));
        store.append(all, "region test");
        return store;
    }

    private static String display(List<Object> row, int column) {
        return Table.display(row.get(column));
    }

    @Test
    void theRegionShowsEachMunicipalityAndATotalThatGivesNoSmallCountAway() throws Exception {
        try (DerbyStore a = municipality("Gemeente A", 7, 2, 0, 5);
                DerbyStore b = municipality("Gemeente B", 3, 6, 1, 6)) {
            Table region = RegionRollup.rollUp("Regio", List.of(new RegionRollup.Member("Gemeente A", a),
                    new RegionRollup.Member("Gemeente B", b)), SignalQuery.ALL, EnumSet.of(SignalDimension.SUBSTANCE));
            assertEquals(List.of("substance", "Gemeente A", "Gemeente B", "regio"), region.headings());
            assertEquals(4, region.rows().size(), region.rows().toString());
            List<Object> mmc = region.rows().get(0);
            assertEquals("3mmc", mmc.get(0));
            assertEquals("7", display(mmc, 1));
            assertEquals("<5", display(mmc, 2), "3 signals in B are suppressed");
            assertEquals("7\u201311", display(mmc, 3), "a total of 10 would give B's 3 away: a range instead");
            List<Object> cocaine = region.rows().get(1);
            assertEquals("<5", display(cocaine, 1));
            assertEquals("6\u201310", display(cocaine, 3));
            List<Object> ghb = region.rows().get(2);
            assertEquals("<5", display(ghb, 1), "a municipality without any is not told from a small count");
            assertEquals("<5", display(ghb, 3));
            List<Object> xtc = region.rows().get(3);
            assertEquals("5", display(xtc, 1));
            assertEquals("6", display(xtc, 2));
            assertEquals("11", display(xtc, 3), "no suppressed cell: the exact total");
            // the numbers behind the cells are the stores' own counts
            assertEquals(3, ((Table.Count) mmc.get(2)).value());
            assertEquals(b.count(SignalQuery.ALL), region.rows().stream()
                    .mapToLong(row -> ((Table.Count) row.get(2)).value()).sum());

            Path csv = dir.resolve("regio.csv");
            Exports.csv(region, csv);
            String written = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(written.contains("<5"), written);
            for (String line : written.split("\\R")) {
                if (line.startsWith("3mmc")) {
                    assertFalse(line.contains(";3;") || line.endsWith(";10"), "the exported row gives nothing away: " + line);
                }
            }
        }
    }
}
