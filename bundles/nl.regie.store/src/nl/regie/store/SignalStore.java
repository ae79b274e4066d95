// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** The signal with {@code id}, if stored. */
    Optional<SignalRecord> find(String id) throws StoreException;

    /**
     * Marks a signal retracted, with the reason; it stays stored (and visible as retracted) but no longer counts in
     * {@link #weeklyCounts}. Returns the signal as it is now.
     */
    SignalRecord retract(String id, String reason) throws StoreException;

    /**
     * Signals that are not retracted, counted per substance x target group x setting x area x ISO week (keys
     * {@link SignalDimension#SUBSTANCE}, {@code TARGET_GROUP}, {@code SETTING}, {@code AREA}, {@code WEEK}; a
     * signal about two substances counts once for each; a missing value is null), for the weeks that start from
     * {@code fromWeek} to {@code toWeek} (both the Monday of a week, inclusive). Implementations keep these counts up
     * to date with every write, so the answer does not depend on how many signals are stored.
     */
    List<SignalCount> weeklyCounts(LocalDate fromWeek, LocalDate toWeek) throws StoreException;

    /**
     * Starts writing a stream of signals (a large import) as one transaction: the chunks written become visible
     * together at {@link SignalWriter#commit()}, and closing the writer without committing leaves no trace. The
     * default collects the chunks and {@link #append appends} them at commit; a database does better.
     */
    default SignalWriter writer(String source) throws StoreException {
        SignalStore store = this;
        return new SignalWriter() {
            private final List<SignalRecord> signals = new ArrayList<>();
            private final List<QuarantinedRecord> rejected = new ArrayList<>();
            private boolean done;

            @Override
            public void write(List<SignalRecord> chunk) {
                signals.addAll(chunk);
            }

            @Override
            public void quarantine(List<QuarantinedRecord> records) {
                rejected.addAll(records);
            }

            @Override
            public List<SignalRecord> stored(SignalQuery query) throws StoreException {
                return store.query(query, 0, Integer.MAX_VALUE);
            }

            @Override
            public java.util.Set<String> storedIds(java.util.Collection<String> ids) throws StoreException {
                java.util.Set<String> stored = new java.util.HashSet<>();
                for (String id : ids) {
                    if (store.find(id).isPresent()) {
                        stored.add(id);
                    }
                }
                return stored;
            }

            @Override
            public ImportReceipt commit() throws StoreException {
                done = true;
                ImportReceipt receipt = store.append(signals, source);
                store.quarantine(rejected);
                return receipt;
            }

            @Override
            public void close() {
                done = true;
            }
        };
    }

    /** Keeps records that were refused, with where they came from and why, until they are fixed or dismissed. */
    void quarantine(List<QuarantinedRecord> records) throws StoreException;

    /** The quarantined records, oldest first, from {@code offset}, at most {@code limit}. */
    List<QuarantinedRecord> quarantined(int offset, int limit) throws StoreException;

    /** How many records are in quarantine. */
    long quarantineCount() throws StoreException;

    /** Takes a record out of quarantine (it was fixed and taken in, or dismissed); false when it was not there. */
    boolean release(long quarantineId) throws StoreException;
}
