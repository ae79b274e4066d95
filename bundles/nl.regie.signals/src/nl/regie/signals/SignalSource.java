// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A kind of input that signals arrive in (CSV, XLSX, JSON, ...). A source only reads: it turns the file into raw
 * records with Regie's field names; validation, privacy screening and dedup are the same for every source
 * ({@link SignalIntake}). Organisations add sources by registering this service.
 */
public interface SignalSource {

    /** A short name used on the command line, e.g. {@code csv}. */
    String format();

    /** True when this source reads {@code file} (by its name or its first bytes). */
    boolean accepts(Path file) throws IOException;

    /**
     * Reads every record of {@code file} in order. A record the source cannot make sense of at all is still
     * passed on (with what could be read) so that it is rejected with a reason, never dropped.
     *
     * @throws IOException when the file cannot be read as this format at all (empty, binary, unreadable)
     */
    void read(Path file, Consumer<RawRecord> records) throws IOException;

    /**
     * Reads as {@link #read(Path, Consumer)}, taking the columns as {@code mapping} says. Sources without columns
     * (JSON, say) ignore the mapping.
     */
    default void read(Path file, ColumnMapping mapping, Consumer<RawRecord> records) throws IOException {
        read(file, records);
    }

    /** The headings and first {@code rows} rows as they stand, for a preview; {@link SourcePreview#NONE} without columns. */
    default SourcePreview preview(Path file, ColumnMapping mapping, int rows) throws IOException {
        return SourcePreview.NONE;
    }

    /** About how many records {@code file} holds, cheaply, for progress; -1 when not known. */
    default long estimateRecords(Path file) throws IOException {
        return -1;
    }
}
