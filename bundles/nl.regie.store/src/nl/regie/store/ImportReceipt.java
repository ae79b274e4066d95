// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.Instant;

/**
 * What a completed batch import stored.
 *
 * @param batchId the id of the import batch, kept with every signal it brought
 * @param rows how many signals were stored
 * @param importedAt when the batch was committed
 */
public record ImportReceipt(long batchId, int rows, Instant importedAt) {
}
