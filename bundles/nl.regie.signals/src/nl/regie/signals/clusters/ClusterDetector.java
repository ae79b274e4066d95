// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.clusters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.regie.store.SignalCount;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * Finds worrying clusters of signals: groups that share a substance and any combination of target group, setting and
 * area, and that rose above their own baseline.
 *
 * <p>Method. Signals are counted per ISO week (Monday to Sunday), retracted ones left out. For each cluster the
 * signals in the recent window (default the 8 weeks up to and including the week of a given day) are compared with
 * those in the baseline before it (default the 52 weeks before the window). The expected count for the window is the
 * baseline rate scaled to the window, but at least {@link #MIN_EXPECTED} (a cluster that was never seen is not
 * expected to stay silent forever). Under a Poisson model with that expectation, the probability p of seeing at least
 * the recent count is computed. Every combination of the dimensions is tested (substance alone, substance x group,
 * ..., all four), so many clusters are tested at once; to keep chance findings out, the p-values are corrected for
 * multiple testing with the Benjamini-Hochberg procedure (false discovery rate {@link #FDR}), each combination of
 * dimensions (each level of detail) being one family of tests over its clusters with any signal: a rise of a
 * substance as a whole is judged among the substances, a rise in one street among all such cells. A cluster is flagged when it has at least {@link #MIN_SIGNALS} recent signals and survives that
 * correction. Clusters are listed flagged first, most unusual first, the most specific first among equals.
 *
 * <p>The counts come from the store's weekly summary ({@link SignalStore#weeklyCounts}), which is kept up to date with
 * every write, so the computation reads a few thousand rows however many signals there are.
 */
public final class ClusterDetector {

    /** Fewest recent signals for a flag. */
    public static final int MIN_SIGNALS = 3;
    /** Lowest expected count in a window. */
    public static final double MIN_EXPECTED = 0.25;
    /** The false discovery rate of the Benjamini-Hochberg correction. */
    public static final double FDR = 0.05;

    private final int windowWeeks;
    private final int baselineWeeks;

    public ClusterDetector() {
        this(8, 52);
    }

    public ClusterDetector(int windowWeeks, int baselineWeeks) {
        if (windowWeeks < 1 || baselineWeeks < 1) {
            throw new IllegalArgumentException("the window and the baseline are at least a week");
        }
        this.windowWeeks = windowWeeks;
        this.baselineWeeks = baselineWeeks;
    }

    /**
     * A cluster and how it compares with its baseline.
     *
     * @param probability the Poisson tail probability before correction
     * @param flagged whether it survives the multiple-testing correction (and has enough signals)
     */
    public record Cluster(Map<SignalDimension, String> key, long recent, long baseline, double expected,
            double probability, boolean flagged) {
    }

    /** The optional dimensions, in the order of the mask bits. */
    private static final List<SignalDimension> OPTIONAL = List.of(SignalDimension.TARGET_GROUP, SignalDimension.SETTING,
            SignalDimension.AREA);

    /** The first day of the window that ends with the week of {@code until}. */
    public LocalDate windowStart(LocalDate until) {
        return week(until).minusWeeks(windowWeeks - 1L);
    }

    /** The clusters with at least one recent signal, flagged ones first, up to the week of the day {@code until}. */
    public List<Cluster> clusters(SignalStore store, LocalDate until) throws StoreException {
        LocalDate windowStart = windowStart(until);
        LocalDate baselineStart = windowStart.minusWeeks(baselineWeeks);
        List<SignalCount> weekly = store.weeklyCounts(baselineStart, week(until));
        // finest grain (substance x group x setting x area): [recent, baseline]
        Map<List<String>, long[]> finest = new HashMap<>();
        for (SignalCount count : weekly) {
            Map<SignalDimension, String> key = count.key();
            if (key.get(SignalDimension.SUBSTANCE) == null) {
                continue;
            }
            boolean recent = !LocalDate.parse(key.get(SignalDimension.WEEK)).isBefore(windowStart);
            List<String> cell = java.util.Arrays.asList(key.get(SignalDimension.SUBSTANCE),
                    key.get(SignalDimension.TARGET_GROUP), key.get(SignalDimension.SETTING), key.get(SignalDimension.AREA));
            finest.computeIfAbsent(cell, k -> new long[2])[recent ? 0 : 1] += count.count();
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int mask = 0; mask < 1 << OPTIONAL.size(); mask++) {
            List<Cluster> tested = new ArrayList<>();
            Map<List<String>, long[]> sums = new HashMap<>();
            for (Map.Entry<List<String>, long[]> cell : finest.entrySet()) {
                String[] key = new String[4];
                key[0] = cell.getKey().get(0);
                for (int i = 0; i < OPTIONAL.size(); i++) {
                    key[i + 1] = (mask & 1 << i) != 0 ? cell.getKey().get(i + 1) : ALL;
                }
                long[] sum = sums.computeIfAbsent(java.util.Arrays.asList(key), k -> new long[2]);
                sum[0] += cell.getValue()[0];
                sum[1] += cell.getValue()[1];
            }
            for (Map.Entry<List<String>, long[]> sum : sums.entrySet()) {
                // A cluster with baseline signals and none recent is a test too (p = 1): leaving it out after
                // looking at the data would make the correction too lenient. It is not listed.
                long recent = sum.getValue()[0];
                long before = sum.getValue()[1];
                double expected = Math.max(MIN_EXPECTED, before * (double) windowWeeks / baselineWeeks);
                Map<SignalDimension, String> key = new java.util.EnumMap<>(SignalDimension.class);
                key.put(SignalDimension.SUBSTANCE, sum.getKey().get(0));
                for (int i = 0; i < OPTIONAL.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        key.put(OPTIONAL.get(i), sum.getKey().get(i + 1));
                    }
                }
                tested.add(new Cluster(key, recent, before, expected, poissonTail(recent, expected), false));
            }
            benjaminiHochberg(tested).stream().filter(c -> c.recent() > 0).forEach(clusters::add);
        }
        clusters.sort(Comparator.comparing((Cluster c) -> !c.flagged()).thenComparingDouble(Cluster::probability)
                .thenComparing(c -> -c.key().size()));
        return clusters;
    }

    /** Stands for "any value" of a dimension left out of a cluster (null means "not given" in a signal). */
    private static final String ALL = new String("*");

    /**
     * Flags the clusters whose p-value is at most the largest p(i) with p(i) <= i/m * FDR (p sorted ascending, m
     * tested), and that have at least {@link #MIN_SIGNALS} recent signals.
     */
    private static List<Cluster> benjaminiHochberg(List<Cluster> tested) {
        List<Cluster> sorted = new ArrayList<>(tested);
        sorted.sort(Comparator.comparingDouble(Cluster::probability));
        int m = sorted.size();
        double threshold = -1;
        for (int i = m; i >= 1; i--) {
            if (sorted.get(i - 1).probability() <= (double) i / m * FDR) {
                threshold = sorted.get(i - 1).probability();
                break;
            }
        }
        List<Cluster> result = new ArrayList<>(m);
        for (Cluster c : sorted) {
            boolean flagged = c.recent() >= MIN_SIGNALS && c.probability() <= threshold;
            result.add(new Cluster(c.key(), c.recent(), c.baseline(), c.expected(), c.probability(), flagged));
        }
        return result;
    }

    /**
     * The weekly counts of one cluster over the baseline and the window (oldest week first), for a trend chart;
     * {@code weeks[i]} is the Monday of week i.
     */
    public record Trend(List<LocalDate> weeks, long[] counts, int windowFrom) {
    }

    /** The trend of the cluster {@code key} up to the week of {@code until}. */
    public Trend trend(SignalStore store, Map<SignalDimension, String> key, LocalDate until) throws StoreException {
        LocalDate last = week(until);
        LocalDate first = windowStart(until).minusWeeks(baselineWeeks);
        int n = baselineWeeks + windowWeeks;
        long[] counts = new long[n];
        List<LocalDate> weeks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            weeks.add(first.plusWeeks(i));
        }
        for (SignalCount count : store.weeklyCounts(first, last)) {
            boolean matches = true;
            for (Map.Entry<SignalDimension, String> part : key.entrySet()) {
                matches &= java.util.Objects.equals(part.getValue(), count.key().get(part.getKey()));
            }
            if (matches) {
                int i = (int) java.time.temporal.ChronoUnit.WEEKS.between(first,
                        LocalDate.parse(count.key().get(SignalDimension.WEEK)));
                if (i >= 0 && i < n) {
                    counts[i] += count.count();
                }
            }
        }
        return new Trend(weeks, counts, baselineWeeks);
    }

    private static LocalDate week(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** P(X >= k) for X ~ Poisson(lambda). */
    static double poissonTail(long k, double lambda) {
        if (k <= 0) {
            return 1;
        }
        // The terms in logarithms: exp(-lambda) alone underflows to 0 for lambda above about 745.
        double logLambda = Math.log(lambda);
        double logTerm = -lambda;
        double below = 0;
        for (long i = 0; i < k; i++) {
            below += Math.exp(logTerm);
            logTerm += logLambda - Math.log(i + 1);
        }
        return Math.min(1, Math.max(0, 1 - below));
    }

    /**
     * "3-MMC, Minderjarige jongeren op straat, Noord: 9 signals in 8 weeks vs 1.5 expected (p = 0.0003)", with the
     * ids turned into names by {@code names}.
     */
    public String reason(Cluster cluster, java.util.function.Function<String, String> names) {
        return String.join(", ", describe(cluster, names,
                dimension -> "(" + dimension.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " unknown)"))
                + String.format(Locale.ROOT, ": %d signals in %d weeks vs %.1f expected (p = %.4f)", cluster.recent(),
                        windowWeeks, cluster.expected(), cluster.probability());
    }

    /**
     * The parts of a cluster's key in order (substance, target group, setting, area), each named by {@code names};
     * a dimension the signals left empty is named by {@code unknown}.
     */
    public static List<String> describe(Cluster cluster, java.util.function.Function<String, String> names,
            java.util.function.Function<SignalDimension, String> unknown) {
        List<String> parts = new ArrayList<>();
        for (SignalDimension dimension : List.of(SignalDimension.SUBSTANCE, SignalDimension.TARGET_GROUP,
                SignalDimension.SETTING, SignalDimension.AREA)) {
            if (cluster.key().containsKey(dimension)) {
                String id = cluster.key().get(dimension);
                parts.add(id == null ? unknown.apply(dimension) : names.apply(id));
            }
        }
        return parts;
    }
}
