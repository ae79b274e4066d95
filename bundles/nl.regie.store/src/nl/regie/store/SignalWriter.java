// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.util.List;

/**
 * A stream of signals written as one transaction (see {@link SignalStore#writer(String)}): an import of a million
 * rows goes to the database in chunks, so it never has to be held in memory at once, and is still all or nothing.
 * Not thread-safe: one thread writes.
 */
public interface SignalWriter extends AutoCloseable {

    /** Writes a chunk; nothing is visible to others until {@link #commit()}. A refused chunk fails the whole write. */
    void write(List<SignalRecord> chunk) throws StoreException;

    /** Quarantines refused records in the same transaction as the signals. */
    void quarantine(List<QuarantinedRecord> records) throws StoreException;

    /**
     * The signals already stored that match {@code query}, not counting those written through this writer (for
     * dedup against earlier imports while this one is under way).
     */
    List<SignalRecord> stored(SignalQuery query) throws StoreException;

    /** Which of {@code ids} are stored already (written earlier, by any import). */
    java.util.Set<String> storedIds(java.util.Collection<String> ids) throws StoreException;

    /** Makes everything written visible, at once. */
    ImportReceipt commit() throws StoreException;

    /** Ends the write; without a {@link #commit()} everything written is rolled back. */
    @Override
    void close() throws StoreException;
}
