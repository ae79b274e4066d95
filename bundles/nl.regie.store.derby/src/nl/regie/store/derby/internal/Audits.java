// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.regie.model.Municipality;
import nl.regie.model.RegieObject;
import nl.regie.store.AuditEntry;
import nl.regie.store.AuditEntry.Change;

/**
 * The audit trail in the database (table AUDIT_ENTRY, schema 6): what changed between two workspace versions, object
 * by object and property by property, and the entries for signal imports and retractions. Written inside the
 * transaction of the change.
 */
public final class Audits {

    /** Longer values are cut to this many characters (the column's width), with "..." at the end. */
    static final int WIDTH = 4000;

    private Audits() {
    }

    /** A change not yet written: everything but its id, time, author and version. */
    public record Row(String objectId, String objectType, Change change, String feature, String before, String after) {
    }

    /**
     * What changed from {@code before} (null for a first version) to {@code after}: every object with an id that was
     * added or removed, and every attribute and non-containment reference of one that is in both and differs.
     */
    public static List<Row> diff(Municipality before, Municipality after) {
        Map<String, EObject> old = index(before);
        Map<String, EObject> next = index(after);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, EObject> entry : next.entrySet()) {
            EObject was = old.get(entry.getKey());
            EObject is = entry.getValue();
            if (was == null || was.eClass() != is.eClass()) {
                if (was != null) {
                    rows.add(new Row(entry.getKey(), was.eClass().getName(), Change.REMOVED, null, label(was), null));
                }
                rows.add(new Row(entry.getKey(), is.eClass().getName(), Change.CREATED, null, null, label(is)));
                continue;
            }
            for (EStructuralFeature feature : is.eClass().getEAllStructuralFeatures()) {
                if (feature.isTransient() || feature.isDerived() || feature instanceof EReference reference
                        && (reference.isContainment() || reference.isContainer())) {
                    continue;
                }
                String from = text(was.eGet(feature));
                String to = text(is.eGet(feature));
                if (!Objects.equals(from, to)) {
                    rows.add(new Row(entry.getKey(), is.eClass().getName(), Change.CHANGED, feature.getName(), from, to));
                }
            }
        }
        for (Map.Entry<String, EObject> entry : old.entrySet()) {
            if (!next.containsKey(entry.getKey())) {
                rows.add(new Row(entry.getKey(), entry.getValue().eClass().getName(), Change.REMOVED, null,
                        label(entry.getValue()), null));
            }
        }
        return rows;
    }

    private static Map<String, EObject> index(Municipality root) {
        Map<String, EObject> objects = new LinkedHashMap<>();
        if (root == null) {
            return objects;
        }
        add(root, objects);
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            add(all.next(), objects);
        }
        return objects;
    }

    private static void add(EObject object, Map<String, EObject> objects) {
        if (object instanceof RegieObject regie && regie.getId() != null) {
            objects.put(regie.getId(), object);
        }
    }

    /** A value as the trail keeps it: null stays null, references by id, lists joined, enums by their literal. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (Object element : list) {
                parts.add(String.valueOf(text(element)));
            }
            return cut(String.join(", ", parts));
        }
        if (value instanceof RegieObject regie) {
            return regie.getId();
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        return cut(String.valueOf(value));
    }

    /** A created or removed object in words: its kind and its name or title when it has one. */
    private static String label(EObject object) {
        for (String name : List.of("name", "title")) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature instanceof EAttribute && object.eGet(feature) != null) {
                return cut(object.eClass().getName() + " " + object.eGet(feature));
            }
        }
        return object.eClass().getName();
    }

    private static String cut(String text) {
        return text.length() <= WIDTH ? text : text.substring(0, WIDTH - 3) + "...";
    }

    /** Writes {@code rows} as made by {@code author} at {@code at} in {@code version}, inside the caller's transaction. */
    public static void write(Connection connection, List<Row> rows, Instant at, String author, long version)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO APP.AUDIT_ENTRY (CHANGED_AT, AUTHOR,"
                + " VERSION, OBJECT_ID, OBJECT_TYPE, CHANGE_KIND, FEATURE, BEFORE_VALUE, AFTER_VALUE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Row row : rows) {
                insert.setTimestamp(1, Timestamp.from(at));
                insert.setString(2, author);
                insert.setLong(3, version);
                insert.setString(4, row.objectId());
                insert.setString(5, row.objectType());
                insert.setShort(6, (short) row.change().ordinal());
                setText(insert, 7, row.feature());
                setText(insert, 8, row.before());
                setText(insert, 9, row.after());
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void setText(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }

    private static final String COLUMNS = "SELECT ID, CHANGED_AT, AUTHOR, VERSION, OBJECT_ID, OBJECT_TYPE, CHANGE_KIND,"
            + " FEATURE, BEFORE_VALUE, AFTER_VALUE FROM AUDIT_ENTRY";

    /** The entries of one object, and of the import that brought a signal in, oldest first. */
    public static List<AuditEntry> of(Connection connection, String objectId) throws SQLException {
        String batch = objectId;
        try (PreparedStatement signal = connection.prepareStatement("SELECT BATCH_ID FROM SIGNAL WHERE ID = ?")) {
            signal.setString(1, objectId);
            try (ResultSet result = signal.executeQuery()) {
                if (result.next() && result.getObject(1) != null) {
                    batch = batchId(result.getLong(1));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(COLUMNS + " WHERE OBJECT_ID IN (?, ?) ORDER BY ID")) {
            select.setString(1, objectId);
            select.setString(2, batch);
            return read(select);
        }
    }

    /** The audit trail's id of an import batch. */
    public static String batchId(long batch) {
        return "batch-" + batch;
    }

    /** The entries in a period, oldest first. */
    public static List<AuditEntry> between(Connection connection, Instant from, Instant until, int offset, int limit)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COLUMNS + " WHERE CHANGED_AT >= ? AND CHANGED_AT < ?"
                + " ORDER BY ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            select.setTimestamp(1, Timestamp.from(from == null ? Instant.parse("0001-01-01T00:00:00Z") : from));
            select.setTimestamp(2, Timestamp.from(until == null ? Instant.parse("9999-12-31T00:00:00Z") : until));
            select.setInt(3, offset);
            select.setInt(4, limit);
            return read(select);
        }
    }

    private static List<AuditEntry> read(PreparedStatement select) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                entries.add(new AuditEntry(result.getLong(1), result.getTimestamp(2).toInstant(), result.getString(3),
                        result.getLong(4), result.getString(5), result.getString(6),
                        Change.values()[result.getShort(7)], result.getString(8), result.getString(9),
                        result.getString(10)));
            }
        }
        return entries;
    }
}
