// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

import org.apache.derby.vti.VTITemplate;

import nl.regie.store.SignalRecord;

/**
 * Derby table functions that stream a batch of signals from memory into {@code INSERT ... SELECT}: one statement
 * for the whole batch, run by Derby as it runs its own import, inside the caller's transaction. Much faster than
 * row-by-row JDBC batches (see docs/benchmarks.md). A batch is registered under a token for the duration of the
 * statement; the functions are declared by schema migration 3.
 */
public final class SignalRows extends VTITemplate {

    private record Batch(List<SignalRecord> records, LongConsumer progress) {
    }

    private static final Map<String, Batch> BATCHES = new ConcurrentHashMap<>();
    private static final int PROGRESS_EVERY = 1000;

    private final Batch batch;
    private final boolean substances;
    private int row = -1;
    private int substance = -1;
    private boolean wasNull;

    private SignalRows(Batch batch, boolean substances) {
        this.batch = batch;
        this.substances = substances;
    }

    /** Makes {@code records} readable by the table functions until {@link #unregister(String)}; returns the token. */
    public static String register(List<SignalRecord> records, LongConsumer progress) {
        String token = UUID.randomUUID().toString();
        BATCHES.put(token, new Batch(records, progress));
        return token;
    }

    public static void unregister(String token) {
        BATCHES.remove(token);
    }

    /** Table function REGIE_SIGNAL_ROWS: the signals' own columns. */
    public static ResultSet signals(String token) throws SQLException {
        return new SignalRows(batch(token), false);
    }

    /** Table function REGIE_SIGNAL_SUBSTANCE_ROWS: one row per signal and substance. */
    public static ResultSet substances(String token) throws SQLException {
        return new SignalRows(batch(token), true);
    }

    private static Batch batch(String token) throws SQLException {
        Batch batch = BATCHES.get(token);
        if (batch == null) {
            throw new SQLException("no signal batch registered under " + token, "42X01");
        }
        return batch;
    }

    @Override
    public boolean next() {
        List<SignalRecord> records = batch.records();
        if (substances) {
            while (row < records.size()) {
                if (row >= 0 && ++substance < records.get(row).substanceIds().size()) {
                    return true;
                }
                row++;
                substance = -1;
            }
            return false;
        }
        row++;
        if (batch.progress() != null && row > 0 && row % PROGRESS_EVERY == 0) {
            batch.progress().accept(row);
        }
        return row < records.size();
    }

    @Override
    public void close() {
        if (!substances && batch.progress() != null) {
            batch.progress().accept(Math.min(row, batch.records().size()));
        }
    }

    @Override
    public boolean wasNull() {
        return wasNull;
    }

    @Override
    public String getString(int column) {
        SignalRecord record = batch.records().get(row);
        String value;
        if (substances) {
            value = column == 1 ? record.id() : record.substanceIds().get(substance);
        } else {
            value = switch (column) {
                case 1 -> record.id();
                case 4 -> record.sourceId();
                case 5 -> record.targetGroupId();
                case 6 -> record.settingId();
                case 7 -> record.areaId();
                case 11 -> record.description();
                case 12 -> record.retractionReason();
                default -> throw new IllegalArgumentException("column " + column + " is not text");
            };
        }
        wasNull = value == null;
        return value;
    }

    @Override
    public Date getDate(int column) {
        SignalRecord record = batch.records().get(row);
        java.time.LocalDate date = column == 2 ? record.observedOn() : record.reportedOn();
        wasNull = date == null;
        return date == null ? null : Date.valueOf(date);
    }

    @Override
    public short getShort(int column) {
        SignalRecord record = batch.records().get(row);
        wasNull = false;
        return (short) switch (column) {
            case 8 -> record.concern().getValue();
            case 9 -> record.confidence().getValue();
            case 10 -> record.status().getValue();
            default -> throw new IllegalArgumentException("column " + column + " is not a number");
        };
    }
}
