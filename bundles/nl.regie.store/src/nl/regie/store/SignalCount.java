// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.util.Map;

/**
 * How many signals share one combination of dimension values.
 *
 * @param key the value per dimension (ids, names, or {@code yyyy-MM} for months); a missing value is null
 * @param count the number of signals
 */
public record SignalCount(Map<SignalDimension, String> key, long count) {
}
