// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

/** The dimensions signals can be filtered and counted by. */
public enum SignalDimension {
    /** The year and month the signal was observed, as {@code yyyy-MM}. */
    MONTH,
    /** The year it was observed. */
    YEAR,
    /** A substance id (a signal about two substances counts once for each). */
    SUBSTANCE,
    /** The target group id. */
    TARGET_GROUP,
    /** The setting id. */
    SETTING,
    /** The area (wijk) id. */
    AREA,
    /** The reporting partner's id. */
    SOURCE,
    /** The concern level's name. */
    CONCERN,
    /** The status's name. */
    STATUS,
    /** The Monday that starts the ISO week the signal was observed in, as {@code yyyy-MM-dd}. */
    WEEK
}
