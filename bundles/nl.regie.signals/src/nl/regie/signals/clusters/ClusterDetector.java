// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.clusters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.regie.store.SignalCount;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * Finds worrying clusters of signals: groups that share a substance and any combination of target group, setting and
 * area, and that rose above their own baseline.
 *
 * <p>Method: for each cluster, count the signals observed in the recent window (default 8 weeks up to a given day)
 * and in the baseline before it (default 52 weeks). The expected count for the window is the baseline rate scaled to
 * the window, but at least {@link #MIN_EXPECTED} (a cluster that was never seen is not expected to be silent
 * forever). Under a Poisson model with that expectation, the probability of seeing at least the recent count is
 * computed; a cluster is flagged when it has at least {@link #MIN_SIGNALS} recent signals and that probability is
 * below {@link #ALPHA}. Every combination of the dimensions is tested (substance alone, substance x group, ..., all
 * four), so a rise shows where it is most specific; clusters are listed by probability, most unusual first.
 */
public final class ClusterDetector {

    /** Fewest recent signals for a flag. */
    public static final int MIN_SIGNALS = 3;
    /** Lowest expected count in a window. */
    public static final double MIN_EXPECTED = 0.25;
    /** Flag when the Poisson tail probability is below this. */
    public static final double ALPHA = 0.01;

    private final int windowDays;
    private final int baselineDays;

    public ClusterDetector() {
        this(56, 364);
    }

    public ClusterDetector(int windowDays, int baselineDays) {
        this.windowDays = windowDays;
        this.baselineDays = baselineDays;
    }

    /** A cluster and how it compares with its baseline. */
    public record Cluster(Map<SignalDimension, String> key, long recent, long baseline, double expected,
            double probability, boolean flagged) {
    }

    /** The clusters with at least one recent signal, flagged ones first, up to the day {@code until}. */
    public List<Cluster> clusters(SignalStore store, LocalDate until) throws StoreException {
        LocalDate windowStart = until.minusDays(windowDays - 1L);
        LocalDate baselineStart = windowStart.minusDays(baselineDays);
        List<Cluster> clusters = new ArrayList<>();
        List<SignalDimension> optional = List.of(SignalDimension.TARGET_GROUP, SignalDimension.SETTING,
                SignalDimension.AREA);
        // Two grouped reads at the finest grain (substance x group x setting x area); the coarser combinations are
        // sums of those, made here rather than by 14 more queries over the same rows.
        Set<SignalDimension> finest = EnumSet.of(SignalDimension.SUBSTANCE);
        finest.addAll(optional);
        List<SignalCount> baselineCounts = store.countBy(SignalQuery.ALL.observed(baselineStart, windowStart.minusDays(1)),
                finest);
        List<SignalCount> windowCounts = store.countBy(SignalQuery.ALL.observed(windowStart, until), finest);
        for (int mask = 0; mask < 1 << optional.size(); mask++) {
            Set<SignalDimension> dimensions = EnumSet.of(SignalDimension.SUBSTANCE);
            for (int i = 0; i < optional.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    dimensions.add(optional.get(i));
                }
            }
            Map<Map<SignalDimension, String>, Long> baseline = rollUp(baselineCounts, dimensions);
            for (Map.Entry<Map<SignalDimension, String>, Long> count : rollUp(windowCounts, dimensions).entrySet()) {
                if (count.getKey().get(SignalDimension.SUBSTANCE) == null) {
                    continue;
                }
                long recent = count.getValue();
                long before = baseline.getOrDefault(count.getKey(), 0L);
                double expected = Math.max(MIN_EXPECTED, before * (double) windowDays / baselineDays);
                double probability = poissonTail(recent, expected);
                clusters.add(new Cluster(count.getKey(), recent, before, expected, probability,
                        recent >= MIN_SIGNALS && probability < ALPHA));
            }
        }
        clusters.sort(Comparator.comparing((Cluster c) -> !c.flagged()).thenComparingDouble(Cluster::probability)
                .thenComparing(c -> -c.key().size()));
        return clusters;
    }

    /** The counts summed over the dimensions not in {@code dimensions}. */
    private static Map<Map<SignalDimension, String>, Long> rollUp(List<SignalCount> counts, Set<SignalDimension> dimensions) {
        Map<Map<SignalDimension, String>, Long> sums = new HashMap<>();
        for (SignalCount count : counts) {
            Map<SignalDimension, String> key = new java.util.EnumMap<>(SignalDimension.class);
            for (SignalDimension dimension : dimensions) {
                key.put(dimension, count.key().get(dimension));
            }
            sums.merge(key, count.count(), Long::sum);
        }
        return sums;
    }

    /** P(X >= k) for X ~ Poisson(lambda). */
    static double poissonTail(long k, double lambda) {
        double term = Math.exp(-lambda);
        double below = 0;
        for (long i = 0; i < k; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return Math.max(0, 1 - below);
    }

    /**
     * "3-MMC, Minderjarige jongeren op straat, Noord: 9 signals in 8 weeks vs 1.5 expected (p = 0.0003)", with the
     * ids turned into names by {@code names}.
     */
    public String reason(Cluster cluster, java.util.function.Function<String, String> names) {
        List<String> parts = new ArrayList<>();
        for (SignalDimension dimension : List.of(SignalDimension.SUBSTANCE, SignalDimension.TARGET_GROUP,
                SignalDimension.SETTING, SignalDimension.AREA)) {
            if (cluster.key().containsKey(dimension)) {
                String id = cluster.key().get(dimension);
                parts.add(id == null ? "(" + dimension.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " unknown)"
                        : names.apply(id));
            }
        }
        return String.join(", ", parts) + String.format(Locale.ROOT, ": %d signals in %d weeks vs %.1f expected (p = %.4f)",
                cluster.recent(), windowDays / 7, cluster.expected(), cluster.probability());
    }
}
