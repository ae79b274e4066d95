// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals;

/**
 * A record that was not imported, kept with where it came from and why.
 *
 * @param file the input file
 * @param line its line (the first line of a multi-line record)
 * @param field the field at fault, or null for the whole record
 * @param reason why, in words the user can act on
 * @param record the record's values as read (after privacy screening: nothing personal is kept here either)
 */
public record Rejection(String file, long line, String field, String reason, String record) {

    /** "file:line: field: reason". */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (field == null ? "" : field + ": ") + reason;
    }
}
