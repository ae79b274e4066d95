// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.regie.evaluation.internal.Texts;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Signal;
import nl.regie.model.Substance;
import nl.regie.model.Track;
import nl.regie.planning.PlanEditing;
import nl.regie.store.SignalCount;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * Before and after: for each track, the signals of the clusters it addresses (the cluster keys its actions keep, and
 * the substances of the signals they link) counted per week in the weeks before the track started (its earliest
 * action start) and in as many weeks from the start (up to today). Read from the store's weekly summary, so the cost
 * does not grow with the number of signals. The method is stated with every figure: signals are reports by partners,
 * not a measure of prevalence; a change may come from more attention as much as from more use; no significance test.
 */
public final class SignalTrends {

    /** A track's signals before and after its start; weeks counted, counts per week, and the method in words. */
    public record TrackTrend(Track track, LocalDate start, List<String> keys, int weeks, long[] before, long[] after,
            String method) {

        public long totalBefore() {
            return java.util.Arrays.stream(before).sum();
        }

        public long totalAfter() {
            return java.util.Arrays.stream(after).sum();
        }

        /** Mean signals per week after the start minus before (null when the track has not started or has no keys). */
        public Double change() {
            if (after.length == 0 || before.length == 0) {
                return null;
            }
            return (double) totalAfter() / after.length - (double) totalBefore() / before.length;
        }
    }

    private SignalTrends() {
    }

    /**
     * The trends of every track of {@code plan}.
     *
     * @param weeks how many weeks before and after the start to compare
     */
    public static List<TrackTrend> of(ActionPlan plan, SignalStore store, LocalDate today, int weeks, Locale locale)
            throws StoreException {
        List<TrackTrend> trends = new ArrayList<>();
        for (Track track : plan.getTracks()) {
            LocalDate start = track.getActions().stream().map(Action::getStartDate).filter(Objects::nonNull)
                    .min(LocalDate::compareTo).orElse(null);
            List<String> keys = keys(track);
            if (start == null || keys.isEmpty()) {
                trends.add(new TrackTrend(track, start, keys, weeks, new long[0], new long[0],
                        Texts.text(locale, start == null ? "trend.noStart" : "trend.noKeys")));
                continue;
            }
            LocalDate startWeek = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int afterWeeks = (int) Math.max(0, Math.min(weeks, ChronoUnit.WEEKS.between(startWeek, thisWeek) + 1));
            long[] before = new long[weeks];
            long[] after = new long[afterWeeks];
            LocalDate from = startWeek.minusWeeks(weeks);
            LocalDate to = afterWeeks == 0 ? startWeek.minusWeeks(1) : startWeek.plusWeeks(afterWeeks - 1L);
            for (SignalCount count : store.weeklyCounts(from, to)) {
                if (keys.stream().noneMatch(key -> matches(key, count.key()))) {
                    continue;
                }
                LocalDate week = LocalDate.parse(count.key().get(SignalDimension.WEEK));
                long index = ChronoUnit.WEEKS.between(startWeek, week);
                if (index < 0 && index >= -weeks) {
                    before[(int) (weeks + index)] += count.count();
                } else if (index >= 0 && index < afterWeeks) {
                    after[(int) index] += count.count();
                }
            }
            trends.add(new TrackTrend(track, start, keys, weeks, before, after,
                    Texts.text(locale, "trend.method", weeks, afterWeeks, start)));
        }
        return trends;
    }

    /** The keys a track addresses: its actions' cluster keys, and SUBSTANCE=id for the substances of linked signals. */
    static List<String> keys(Track track) {
        Set<String> keys = new LinkedHashSet<>();
        for (Action action : track.getActions()) {
            keys.addAll(action.getClusters());
            for (Signal signal : action.getSignals()) {
                for (Substance substance : signal.getSubstances()) {
                    keys.add(SignalDimension.SUBSTANCE.name() + "=" + substance.getId());
                }
            }
        }
        return List.copyOf(keys);
    }

    /** True when a weekly count lies inside the cluster the key names (an empty id: the value is unknown). */
    static boolean matches(String key, Map<SignalDimension, String> count) {
        Map<SignalDimension, String> pairs = PlanEditing.pairs(key);
        if (pairs == null) {
            return false;
        }
        for (Map.Entry<SignalDimension, String> pair : pairs.entrySet()) {
            if (!Objects.equals(pair.getValue(), count.get(pair.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
