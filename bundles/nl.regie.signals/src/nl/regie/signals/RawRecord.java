// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals;

import java.util.Map;

/**
 * One record as a source read it: its line (or position) in the file and its values by Regie field name (see
 * {@link Fields}); {@code problem} is set when the source itself could not read the record properly.
 */
public record RawRecord(long line, Map<String, String> fields, String problem) {

    public RawRecord {
        fields = Map.copyOf(fields);
    }

    /** The value of {@code field}, stripped; null when absent or blank. */
    public String get(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
