// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.model.ConcernLevel;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.RegieObject;
import nl.regie.signals.clusters.ClusterDetector;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalRecord;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/** Clusters against their own baseline, on a real store: the seed scenario and a spike over a steady background. */
class ClusterDetectorTest {

    @TempDir
    Path dir;

    @Test
    void gemeenteXSignalsFlagA3MmcCluster() throws Exception {
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(dir))) {
            Municipality x = store.load().municipality();
            ClusterDetector detector = new ClusterDetector();
            List<Cluster> clusters = detector.clusters(store, LocalDate.of(2026, 3, 31));
            Cluster mmc = clusters.stream().filter(Cluster::flagged)
                    .filter(c -> c.key().equals(Map.of(SignalDimension.SUBSTANCE, "gemx-middel-3mmc"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no flagged 3-MMC cluster in " + clusters));
            assertEquals(3, mmc.recent(), "from nightlife, youth work and the police");
            assertEquals(0, mmc.baseline());
            String reason = detector.reason(mmc, id -> name(x, id));
            assertTrue(reason.startsWith("3-MMC: 3 signals in 8 weeks vs 0.3 expected (p = 0.00"), reason);
            assertTrue(clusters.stream().filter(Cluster::flagged).allMatch(c -> c.recent() >= ClusterDetector.MIN_SIGNALS));
            assertTrue(clusters.stream().noneMatch(c -> c.flagged()
                    && "gemx-middel-alcohol".equals(c.key().get(SignalDimension.SUBSTANCE))), "one alcohol signal is no cluster");
        }
    }

    @Test
    void aSpikeAboveASteadyBaselineIsFlaggedAndTheBaselineItselfIsNot() throws Exception {
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(dir).withSeedExample(false))) {
            LocalDate until = LocalDate.of(2026, 10, 31);
            List<SignalRecord> records = new ArrayList<>();
            // One cannabis signal in Zuid every two weeks for a year before the window, and the same rate within it.
            for (int week = 0; week < 60; week += 2) {
                records.add(signal("steady-" + week, until.minusWeeks(week), "cannabis", "zuid"));
            }
            // 3-MMC in Noord: one signal in two months of baseline, then twelve in the last eight weeks.
            records.add(signal("mmc-old", until.minusWeeks(30), "3mmc", "noord"));
            for (int i = 0; i < 12; i++) {
                records.add(signal("mmc-" + i, until.minusDays(3 * i), "3mmc", "noord"));
            }
            store.append(records, "test");

            List<Cluster> clusters = new ClusterDetector().clusters(store, until);
            Cluster spike = find(clusters, "3mmc", "noord");
            assertTrue(spike.flagged(), spike.toString());
            assertEquals(12, spike.recent());
            Cluster steady = find(clusters, "cannabis", "zuid");
            assertFalse(steady.flagged(), "a steady rate is not a spike: " + steady);
            assertTrue(steady.expected() > 3.5 && steady.expected() < 4.5, steady.toString());
        }
    }

    @Test
    void aRiseOnALargeBaselineIsFlaggedAndRetractedSignalsDoNotCount() throws Exception {
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(dir).withSeedExample(false))) {
            LocalDate until = LocalDate.of(2026, 10, 31);
            List<SignalRecord> records = new ArrayList<>();
            // 100 a week for the 52 baseline weeks (expected in 8 weeks: 800, where exp(-800) underflows), then 125.
            LocalDate windowStart = new ClusterDetector().windowStart(until);
            for (int week = 1; week <= 52; week++) {
                for (int i = 0; i < 100; i++) {
                    records.add(signal("base-" + week + "-" + i, windowStart.minusWeeks(week).plusDays(i % 7), "alcohol",
                            "centrum"));
                }
            }
            for (int week = 0; week < 8; week++) {
                for (int i = 0; i < 125; i++) {
                    records.add(signal("rise-" + week + "-" + i, windowStart.plusWeeks(week).plusDays(i % 5), "alcohol",
                            "centrum"));
                }
            }
            store.append(records, "test");
            Cluster rise = find(new ClusterDetector().clusters(store, until), "alcohol", "centrum");
            assertEquals(1000, rise.recent());
            assertEquals(800, rise.expected(), 0.001);
            assertTrue(rise.probability() < 1e-9, rise.toString());
            assertTrue(rise.flagged(), rise.toString());

            for (int i = 0; i < 125; i++) {
                store.retract("rise-0-" + i, "test: retracted");
            }
            Cluster after = find(new ClusterDetector().clusters(store, until), "alcohol", "centrum");
            assertEquals(875, after.recent(), "retracted signals leave the weekly counts");
        }
    }

    private static Cluster find(List<Cluster> clusters, String substance, String area) {
        return clusters.stream().filter(c -> c.key().size() == 2 && substance.equals(c.key().get(SignalDimension.SUBSTANCE))
                && area.equals(c.key().get(SignalDimension.AREA))).findFirst().orElseThrow();
    }

    private static SignalRecord signal(String id, LocalDate observed, String substance, String area) {
        return new SignalRecord(id, observed, null, "partner", List.of(substance), null, null, area, ConcernLevel.MODERATE,
                null, null, null, null);
    }

    private static String name(Municipality x, String id) {
        for (TreeIterator<EObject> it = x.eAllContents(); it.hasNext();) {
            if (it.next() instanceof RegieObject object && id.equals(object.getId()) && object instanceof NamedElement named) {
                return named.getName();
            }
        }
        return id;
    }
}
