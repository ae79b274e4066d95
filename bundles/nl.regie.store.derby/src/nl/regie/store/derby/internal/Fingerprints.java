// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import nl.regie.model.RegieObject;

/**
 * A compact picture of a workspace version (id to type and content hash) from which the summary of the next save is
 * made: what was added, removed or changed, per type. It is made when a version is saved and kept with the latest
 * version, so loading a workspace never has to compute it.
 */
public final class Fingerprints {

    private record Entry(String type, int hash) {
    }

    private final Map<String, Entry> entries;

    private Fingerprints(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The fingerprints of {@code root} and everything it contains. */
    public static Fingerprints of(EObject root) {
        Map<String, Entry> entries = new HashMap<>();
        add(root, entries);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            add(it.next(), entries);
        }
        return new Fingerprints(entries);
    }

    /** The fingerprints as bytes, to keep with the latest version in the database. */
    public byte[] toBytes() {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(entries.size() * 24);
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            List<String> types = entries.values().stream().map(Entry::type).distinct().toList();
            out.writeInt(types.size());
            for (String type : types) {
                out.writeUTF(type);
            }
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeShort(types.indexOf(entry.getValue().type()));
                out.writeInt(entry.getValue().hash());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads what {@link #toBytes()} wrote. */
    public static Fingerprints fromBytes(java.io.InputStream content) throws java.io.IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(content));
        String[] types = new String[in.readInt()];
        for (int i = 0; i < types.length; i++) {
            types[i] = in.readUTF();
        }
        int size = in.readInt();
        Map<String, Entry> entries = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            String id = in.readUTF();
            entries.put(id, new Entry(types[in.readShort()], in.readInt()));
        }
        return new Fingerprints(entries);
    }

    /** How many objects were fingerprinted. */
    public int size() {
        return entries.size();
    }

    private static void add(EObject object, Map<String, Entry> entries) {
        if (object instanceof RegieObject regie && regie.getId() != null) {
            entries.put(regie.getId(), new Entry(object.eClass().getName(), hash(object)));
        }
    }

    private static int hash(EObject object) {
        int hash = object.eClass().getName().hashCode();
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            hash = 31 * hash + stableHash(object.eGet(attribute));
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer()) {
                continue;
            }
            Object value = object.eGet(reference);
            if (value instanceof List<?> targets) {
                for (Object target : targets) {
                    hash = 31 * hash + idOf(target).hashCode();
                }
            } else if (value != null) {
                hash = 31 * hash + idOf(value).hashCode();
            }
        }
        return hash;
    }

    /**
     * A hash that is the same in every JVM: enum constants hash by identity, so they are hashed by their literal
     * (fingerprints are stored and compared across runs).
     */
    private static int stableHash(Object value) {
        if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return literal.getLiteral().hashCode();
        }
        if (value instanceof List<?> values) {
            int hash = 1;
            for (Object element : values) {
                hash = 31 * hash + stableHash(element);
            }
            return hash;
        }
        return Objects.hashCode(value);
    }

    private static String idOf(Object target) {
        return target instanceof RegieObject regie && regie.getId() != null ? regie.getId() : String.valueOf(target);
    }

    /** "+2 Action, -1 Signal, 3 changed" from this (older) version to {@code next}; "no changes" when equal. */
    public String summaryTo(Fingerprints next) {
        Map<String, int[]> perType = new TreeMap<>();
        int changed = 0;
        for (Map.Entry<String, Entry> entry : next.entries.entrySet()) {
            Entry before = entries.get(entry.getKey());
            if (before == null) {
                perType.computeIfAbsent(entry.getValue().type(), t -> new int[2])[0]++;
            } else if (before.hash() != entry.getValue().hash()) {
                changed++;
            }
        }
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            if (!next.entries.containsKey(entry.getKey())) {
                perType.computeIfAbsent(entry.getValue().type(), t -> new int[2])[1]++;
            }
        }
        StringJoiner summary = new StringJoiner(", ");
        perType.forEach((type, counts) -> {
            if (counts[0] > 0) {
                summary.add("+" + counts[0] + " " + type);
            }
            if (counts[1] > 0) {
                summary.add("-" + counts[1] + " " + type);
            }
        });
        if (changed > 0) {
            summary.add(changed + " changed");
        }
        return summary.length() == 0 ? "no changes" : summary.toString();
    }
}
