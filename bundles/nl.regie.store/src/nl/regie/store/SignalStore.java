// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.util.List;
import java.util.Set;

/** The signals of a municipality, as rows to filter, page through and count. */
public interface SignalStore {

    /**
     * Stores a batch of signals, all or nothing: when one is refused (a duplicate id, say) none is stored.
     *
     * @param source where the batch came from, kept with it (a file name, "form", ...)
     */
    ImportReceipt append(List<SignalRecord> batch, String source) throws StoreException;

    /** The signals that match, newest observation first, from {@code offset}, at most {@code limit}. */
    List<SignalRecord> query(SignalQuery query, int offset, int limit) throws StoreException;

    /** How many signals match. */
    long count(SignalQuery query) throws StoreException;

    /** How many matching signals share each combination of the given dimensions, largest groups first. */
    List<SignalCount> countBy(SignalQuery query, Set<SignalDimension> dimensions) throws StoreException;
}
