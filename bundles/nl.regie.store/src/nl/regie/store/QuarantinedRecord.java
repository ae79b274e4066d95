// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.Instant;
import java.util.Map;

/**
 * A record an import refused, kept so that nothing is lost: it can be fixed and taken in again, or dismissed.
 * Its values have been privacy-screened like any signal.
 *
 * @param id the quarantine's own number (0 before it is stored)
 * @param file the file (or form) it came from
 * @param line its line or position in that file
 * @param field the field at fault; null for the whole record
 * @param reason why it was refused
 * @param fields the values as read, by field name
 * @param quarantinedAt when it was refused
 */
public record QuarantinedRecord(long id, String file, long line, String field, String reason, Map<String, String> fields,
        Instant quarantinedAt) {

    public QuarantinedRecord {
        fields = Map.copyOf(fields);
    }
}
