// SPDX-License-Identifier: EPL-2.0
package nl.regie.catalog;

/**
 * Something about a catalogue entry a planner must know before relying on it.
 *
 * @param interventionId the entry's id
 * @param name the entry's name
 * @param kind what was found
 * @param message in words, with the source or date that shows it
 */
public record CatalogueFinding(String interventionId, String name, Kind kind, String message) {

    /** The kinds of findings. */
    public enum Kind {
        /** Advised against (the reason and its source are in the message). */
        NOT_RECOMMENDED,
        /** Its recognition has lapsed: the date it held until has passed. */
        RECOGNITION_LAPSED,
        /** Two catalogues give an entry with the same id; the first one is used. */
        DUPLICATE_ID
    }
}
