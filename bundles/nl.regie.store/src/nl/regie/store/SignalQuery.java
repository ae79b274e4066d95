// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.LocalDate;
import java.util.Set;

import nl.regie.model.ConcernLevel;
import nl.regie.model.SignalStatus;

/**
 * Which signals to read or count. Every part narrows the selection; an empty set or a null date means "any".
 *
 * @param observedFrom first observation date, inclusive
 * @param observedTo last observation date, inclusive
 * @param substanceIds signals about any of these substances
 * @param targetGroupIds signals about any of these groups
 * @param settingIds signals in any of these settings
 * @param areaIds signals in any of these areas
 * @param sourceIds signals from any of these partners
 * @param concerns signals with any of these concern levels
 * @param statuses signals with any of these statuses
 */
public record SignalQuery(LocalDate observedFrom, LocalDate observedTo, Set<String> substanceIds,
        Set<String> targetGroupIds, Set<String> settingIds, Set<String> areaIds, Set<String> sourceIds,
        Set<ConcernLevel> concerns, Set<SignalStatus> statuses) {

    /** Every signal. */
    public static final SignalQuery ALL = new SignalQuery(null, null, null, null, null, null, null, null, null);

    /** Sets are copied; null sets become empty. */
    public SignalQuery {
        substanceIds = copy(substanceIds);
        targetGroupIds = copy(targetGroupIds);
        settingIds = copy(settingIds);
        areaIds = copy(areaIds);
        sourceIds = copy(sourceIds);
        concerns = copy(concerns);
        statuses = copy(statuses);
    }

    private static <T> Set<T> copy(Set<T> set) {
        return set == null ? Set.of() : Set.copyOf(set);
    }

    /** This query, narrowed to a period. */
    public SignalQuery observed(LocalDate from, LocalDate to) {
        return new SignalQuery(from, to, substanceIds, targetGroupIds, settingIds, areaIds, sourceIds, concerns, statuses);
    }

    /** This query, narrowed to substances. */
    public SignalQuery substances(String... ids) {
        return new SignalQuery(observedFrom, observedTo, Set.of(ids), targetGroupIds, settingIds, areaIds, sourceIds,
                concerns, statuses);
    }

    /** This query, narrowed to target groups. */
    public SignalQuery targetGroups(String... ids) {
        return new SignalQuery(observedFrom, observedTo, substanceIds, Set.of(ids), settingIds, areaIds, sourceIds,
                concerns, statuses);
    }

    /** This query, narrowed to settings. */
    public SignalQuery settings(String... ids) {
        return new SignalQuery(observedFrom, observedTo, substanceIds, targetGroupIds, Set.of(ids), areaIds, sourceIds,
                concerns, statuses);
    }

    /** This query, narrowed to areas. */
    public SignalQuery areas(String... ids) {
        return new SignalQuery(observedFrom, observedTo, substanceIds, targetGroupIds, settingIds, Set.of(ids), sourceIds,
                concerns, statuses);
    }

    /** This query, narrowed to sources. */
    public SignalQuery sources(String... ids) {
        return new SignalQuery(observedFrom, observedTo, substanceIds, targetGroupIds, settingIds, areaIds, Set.of(ids),
                concerns, statuses);
    }

    /** This query, narrowed to concern levels. */
    public SignalQuery concerns(ConcernLevel... levels) {
        return new SignalQuery(observedFrom, observedTo, substanceIds, targetGroupIds, settingIds, areaIds, sourceIds,
                Set.of(levels), statuses);
    }

    /** This query, narrowed to statuses. */
    public SignalQuery statuses(SignalStatus... values) {
        return new SignalQuery(observedFrom, observedTo, substanceIds, targetGroupIds, settingIds, areaIds, sourceIds,
                concerns, Set.of(values));
    }
}
