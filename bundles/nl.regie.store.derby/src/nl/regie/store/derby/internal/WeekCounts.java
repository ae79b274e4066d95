// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.regie.store.SignalRecord;

/**
 * Changes to the weekly summary table {@code SIGNAL_WEEK} (schema migration 5): how many signals that are not
 * retracted share a substance, target group, setting, area and ISO week. Collected in memory while signals are written
 * and applied in the same transaction, so the summary never disagrees with the signals. A missing value is stored as
 * the empty string (ids are never blank), because a primary key cannot hold NULL.
 */
public final class WeekCounts {

    /** One cell of the summary. */
    public record Key(String substance, String targetGroup, String setting, String area, LocalDate week) {
    }

    private final Map<Key, int[]> deltas = new HashMap<>();

    /** The Monday that starts the ISO week of {@code day}. */
    public static LocalDate week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Counts {@code record} in (+1) or out (-1), once for each of its substances (or once without one). */
    public void add(SignalRecord record, int sign) {
        LocalDate week = week(record.observedOn());
        List<String> substances = record.substanceIds().isEmpty() ? java.util.Collections.singletonList(null)
                : record.substanceIds();
        for (String substance : substances) {
            Key key = new Key(blank(substance), blank(record.targetGroupId()), blank(record.settingId()),
                    blank(record.areaId()), week);
            deltas.computeIfAbsent(key, k -> new int[1])[0] += sign;
        }
    }

    public boolean isEmpty() {
        return deltas.isEmpty();
    }

    /**
     * Writes the changes inside the caller's transaction: an UPDATE per cell, an INSERT where there was none. The
     * summary is locked for the rest of the transaction first: two imports into the same week would otherwise both
     * find no cell and both insert one (PostgreSQL refused the second as a duplicate; a Derby network server let the
     * clients wait on each other for good: both found by the team load test). Every writer has written its signals
     * before it comes here and touches nothing of another's after, so the lock cannot close a circle.
     */
    public void apply(Connection connection) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, int[]>> changes = deltas.entrySet().stream().filter(e -> e.getValue()[0] != 0).toList();
        try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLE SIGNAL_WEEK IN EXCLUSIVE MODE");
        }
        int[] updated;
        try (PreparedStatement update = connection.prepareStatement("UPDATE SIGNAL_WEEK SET N = N + ? WHERE WEEK_START = ?"
                + " AND SUBSTANCE_ID = ? AND TARGET_GROUP_ID = ? AND SETTING_ID = ? AND AREA_ID = ?")) {
            for (Map.Entry<Key, int[]> change : changes) {
                update.setInt(1, change.getValue()[0]);
                bindKey(update, 2, change.getKey());
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SIGNAL_WEEK (WEEK_START, SUBSTANCE_ID,"
                + " TARGET_GROUP_ID, SETTING_ID, AREA_ID, N) VALUES (?, ?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int i = 0; i < changes.size(); i++) {
                if (updated[i] == 0) {
                    bindKey(insert, 1, changes.get(i).getKey());
                    insert.setInt(6, changes.get(i).getValue()[0]);
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM SIGNAL_WEEK WHERE N <= 0");
        }
        deltas.clear();
    }

    private static void bindKey(PreparedStatement statement, int first, Key key) throws SQLException {
        statement.setDate(first, Date.valueOf(key.week()));
        statement.setString(first + 1, key.substance());
        statement.setString(first + 2, key.targetGroup());
        statement.setString(first + 3, key.setting());
        statement.setString(first + 4, key.area());
    }

    private static String blank(String id) {
        return id == null ? "" : id;
    }

    /** Schema migration 5: fills the summary from the signals already stored. */
    public static void backfill(Connection connection) throws SQLException {
        WeekCounts counts = new WeekCounts();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT s.OBSERVED_ON, ss.SUBSTANCE_ID, s.TARGET_GROUP_ID,"
                        + " s.SETTING_ID, s.AREA_ID FROM SIGNAL s LEFT JOIN SIGNAL_SUBSTANCE ss ON ss.SIGNAL_ID = s.ID"
                        + " WHERE s.STATUS <> 5")) {
            while (rows.next()) {
                Key key = new Key(blank(rows.getString(2)), blank(rows.getString(3)), blank(rows.getString(4)),
                        blank(rows.getString(5)), week(rows.getDate(1).toLocalDate()));
                counts.deltas.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        counts.apply(connection);
    }
}
