// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.RegieObject;
import nl.regie.model.resource.RegieResources;

/**
 * A three-way merge of a workspace, for two analysts who changed the same plan at once: the version both started from
 * ({@code base}), the one saved first ({@code theirs}) and the unsaved one ({@code mine}). Objects are matched by id.
 * The result starts as a copy of theirs; every property one side changed and the other did not is taken from the side
 * that changed it; new objects of mine are added where they were made and objects mine removed are removed; where both
 * changed the same property to different values, or one removed what the other changed, that is a {@link Conflict}:
 * theirs stands until the caller {@linkplain Conflict#takeMine() takes mine}. Nothing of either side is lost without a
 * choice: each conflict shows both values.
 */
public final class WorkspaceMerge {

    /** What kind of disagreement a conflict is. */
    public enum Kind {
        /** Both changed the same property to different values. */
        BOTH_CHANGED,
        /** Mine removed an object that theirs changed. */
        REMOVED_BY_ME,
        /** Theirs removed an object that mine changed. */
        REMOVED_BY_THEM
    }

    /** One property (or object) both sides disagree on, with both values; theirs is in the result until mine is taken. */
    public static final class Conflict {
        private final Kind kind;
        private final String objectId;
        private final String objectLabel;
        private final EStructuralFeature feature;
        private final String base;
        private final String mine;
        private final String theirs;
        private final Runnable applyMine;
        private boolean mineTaken;

        Conflict(Kind kind, RegieObject object, EStructuralFeature feature, String base, String mine, String theirs,
                Runnable applyMine) {
            this.kind = kind;
            this.objectId = object.getId();
            this.objectLabel = label(object);
            this.feature = feature;
            this.base = base;
            this.mine = mine;
            this.theirs = theirs;
            this.applyMine = applyMine;
        }

        public Kind kind() {
            return kind;
        }

        public String objectId() {
            return objectId;
        }

        /** The object's name as both started from (or its type and id). */
        public String objectLabel() {
            return objectLabel;
        }

        /** The property; null for a conflict about a whole object (removed on one side, changed on the other). */
        public EStructuralFeature feature() {
            return feature;
        }

        /** The value both started from, as text. */
        public String base() {
            return base;
        }

        /** My value, as text. */
        public String mine() {
            return mine;
        }

        /** Their value, as text. */
        public String theirs() {
            return theirs;
        }

        /** Puts my value (or my removal, or my object back) into the result; once. */
        public void takeMine() {
            if (!mineTaken) {
                mineTaken = true;
                applyMine.run();
            }
        }

        public boolean mineTaken() {
            return mineTaken;
        }

        @Override
        public String toString() {
            return kind + " " + objectLabel + (feature == null ? "" : "." + feature.getName()) + ": base=" + base
                    + ", mine=" + mine + ", theirs=" + theirs;
        }
    }

    private final Municipality result;
    private final List<Conflict> conflicts = new ArrayList<>();
    private int merged;

    private WorkspaceMerge(Municipality result) {
        this.result = result;
    }

    /** The merged workspace (a new copy; none of the three inputs is changed). */
    public Municipality result() {
        return result;
    }

    /** Where both sides disagree; theirs is in {@link #result()} for each until mine is taken. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** How many of my changes went into the result without a conflict. */
    public int mergedChanges() {
        return merged;
    }

    /** Merges {@code mine} into {@code theirs}, both changed from {@code base}. */
    public static WorkspaceMerge of(Municipality base, Municipality mine, Municipality theirs) {
        WorkspaceMerge merge = new WorkspaceMerge(RegieResources.inOwnResource(EcoreUtil.copy(theirs)));
        merge.run(index(base), index(mine), index(theirs));
        return merge;
    }

    private void run(Map<String, RegieObject> base, Map<String, RegieObject> mine, Map<String, RegieObject> theirs) {
        Map<String, RegieObject> result = index(this.result);
        // my new objects first (their properties may point at each other), without their references yet
        Map<RegieObject, RegieObject> added = new LinkedHashMap<>();
        for (RegieObject object : mine.values()) {
            String parentId = containerId(object);
            boolean isNew = !base.containsKey(object.getId()) && !theirs.containsKey(object.getId());
            boolean parentNew = parentId != null && !base.containsKey(parentId) && !theirs.containsKey(parentId);
            if (isNew && parentId != null && !parentNew) { // a new object in a new one comes with it
                RegieObject target = result.get(parentId);
                if (target == null) {
                    continue; // its place went with an object they removed: reported with that object below
                }
                added.put(object, place(object, target, result));
                merged++;
            }
        }
        for (Map.Entry<RegieObject, RegieObject> entry : added.entrySet()) {
            copyReferences(entry.getKey(), entry.getValue(), result);
        }
        // changed properties of objects that all three have
        for (RegieObject mineObject : mine.values()) {
            RegieObject baseObject = base.get(mineObject.getId());
            RegieObject theirObject = theirs.get(mineObject.getId());
            RegieObject target = result.get(mineObject.getId());
            if (baseObject == null || added.containsKey(mineObject)) {
                continue;
            }
            if (theirObject == null) {
                if (!theirs.containsKey(containerId(baseObject)) && base.containsKey(containerId(baseObject))) {
                    continue; // removed with its container: decided there
                }
                if (changedDeep(baseObject, mineObject)) {
                    RegieObject parent = mineObject.eContainer() instanceof RegieObject p ? p : null;
                    conflicts.add(new Conflict(Kind.REMOVED_BY_THEM, mineObject, null, "", label(mineObject),
                            "", () -> restore(mineObject, parent, result)));
                }
                continue;
            }
            for (EStructuralFeature feature : mineObject.eClass().getEAllStructuralFeatures()) {
                if (!mergeable(feature)) {
                    continue;
                }
                Object baseValue = key(baseObject, feature);
                Object mineValue = key(mineObject, feature);
                Object theirValue = key(theirObject, feature);
                if (Objects.equals(baseValue, mineValue) || Objects.equals(mineValue, theirValue)) {
                    continue;
                }
                if (Objects.equals(baseValue, theirValue)) {
                    set(target, feature, mineObject, result);
                    merged++;
                } else {
                    conflicts.add(new Conflict(Kind.BOTH_CHANGED, baseObject, feature, text(baseObject, feature),
                            text(mineObject, feature), text(theirObject, feature),
                            () -> set(target, feature, mineObject, result)));
                }
            }
        }
        // objects I removed
        List<EObject> removals = new ArrayList<>();
        for (RegieObject baseObject : base.values()) {
            String id = baseObject.getId();
            if (mine.containsKey(id) || !result.containsKey(id)) {
                continue; // still there in mine, or removed by both
            }
            String parentId = containerId(baseObject);
            if (parentId != null && base.containsKey(parentId) && !mine.containsKey(parentId)) {
                continue; // removed with its container: decided there
            }
            RegieObject theirObject = theirs.get(id);
            RegieObject target = result.get(id);
            if (theirObject != null && changedDeep(baseObject, theirObject)) {
                conflicts.add(new Conflict(Kind.REMOVED_BY_ME, baseObject, null, "", "", label(theirObject),
                        () -> EcoreUtil.delete(target, true)));
            } else {
                removals.add(target);
                merged++;
            }
        }
        EcoreUtil.deleteAll(removals, true);
    }

    private static String containerId(RegieObject object) {
        return object.eContainer() instanceof RegieObject parent ? parent.getId() : null;
    }

    /** Puts back an object of mine that they removed (with what it contains), in its container if that is there. */
    private void restore(RegieObject mineObject, RegieObject mineParent, Map<String, RegieObject> result) {
        RegieObject target = mineParent == null ? null : result.get(mineParent.getId());
        if (target == null) {
            return;
        }
        copyReferences(mineObject, place(mineObject, target, result), result);
    }

    /**
     * Puts a copy of {@code object} (with what it contains, references not yet set) into {@code target} where the
     * object was in its own container, and indexes the copy's objects in {@code result}.
     */
    private static RegieObject place(RegieObject object, RegieObject target, Map<String, RegieObject> result) {
        RegieObject copy = copyWithoutReferences(object);
        insert(target, object.eContainmentFeature(), copy, object);
        for (TreeIterator<EObject> it = copy.eAllContents(); it.hasNext();) {
            if (it.next() instanceof RegieObject inner) {
                result.put(inner.getId(), inner);
            }
        }
        result.put(copy.getId(), copy);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void insert(RegieObject target, EReference containment, RegieObject copy, RegieObject original) {
        if (containment.isMany()) {
            EList<EObject> list = (EList<EObject>) target.eGet(containment);
            EList<EObject> originalList = (EList<EObject>) original.eContainer().eGet(containment);
            int index = Math.min(originalList.indexOf(original), list.size());
            list.add(Math.max(index, 0), copy);
        } else {
            target.eSet(containment, copy);
        }
    }

    /** A copy of a subtree whose references to objects outside it are left unset (set by id afterwards). */
    private static RegieObject copyWithoutReferences(RegieObject object) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        RegieObject copy = (RegieObject) copier.copy(object);
        copier.copyReferences();
        return copy;
    }

    /** Sets the non-containment references of a copied subtree to the result's objects with the same ids. */
    private static void copyReferences(RegieObject source, RegieObject copy, Map<String, RegieObject> result) {
        List<EObject> sources = new ArrayList<>();
        sources.add(source);
        source.eAllContents().forEachRemaining(sources::add);
        for (EObject from : sources) {
            if (!(from instanceof RegieObject fromObject) || !(result.get(fromObject.getId()) instanceof RegieObject to)) {
                continue;
            }
            for (EReference reference : from.eClass().getEAllReferences()) {
                if (mergeable(reference)) {
                    set(to, reference, fromObject, result);
                }
            }
        }
    }

    /** Sets {@code feature} of {@code target} to the value {@code source} has, references resolved by id in the result. */
    @SuppressWarnings("unchecked")
    private static void set(RegieObject target, EStructuralFeature feature, RegieObject source,
            Map<String, RegieObject> result) {
        Object value = source.eGet(feature);
        if (feature instanceof EAttribute) {
            if (feature.isMany()) {
                ((EList<Object>) target.eGet(feature)).clear();
                ((EList<Object>) target.eGet(feature)).addAll((Collection<Object>) value);
            } else {
                target.eSet(feature, value);
            }
            return;
        }
        if (feature.isMany()) {
            List<EObject> resolved = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                EObject found = element instanceof RegieObject object ? result.get(object.getId()) : null;
                if (found != null) {
                    resolved.add(found);
                }
            }
            EList<EObject> list = (EList<EObject>) target.eGet(feature);
            list.clear();
            list.addAll(resolved);
        } else {
            target.eSet(feature, value instanceof RegieObject object ? result.get(object.getId()) : null);
        }
    }

    /** Attributes and cross references a user edits (not containment, container, derived or transient ones). */
    private static boolean mergeable(EStructuralFeature feature) {
        if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()) {
            return false;
        }
        if (feature instanceof EReference reference) {
            return !reference.isContainment() && !reference.isContainer();
        }
        return !"id".equals(feature.getName());
    }

    /** A comparable form of a property's value: attributes as they are, references by the ids they point at. */
    private static Object key(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        if (feature instanceof EAttribute) {
            return feature.isMany() ? new ArrayList<>((Collection<?>) value) : value;
        }
        if (feature.isMany()) {
            List<String> ids = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                ids.add(element instanceof RegieObject target ? target.getId() : String.valueOf(element));
            }
            return ids;
        }
        return value instanceof RegieObject target ? target.getId() : value;
    }

    /** True when any mergeable property of the object itself differs. */
    private static boolean changed(RegieObject before, RegieObject after) {
        for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
            if (mergeable(feature) && !Objects.equals(key(before, feature), key(after, feature))) {
                return true;
            }
        }
        return false;
    }

    /** True when the object or anything it contains was changed, added or removed. */
    private static boolean changedDeep(RegieObject before, RegieObject after) {
        if (changed(before, after)) {
            return true;
        }
        Map<String, RegieObject> inside = new HashMap<>();
        after.eAllContents().forEachRemaining(o -> {
            if (o instanceof RegieObject r) {
                inside.put(r.getId(), r);
            }
        });
        int count = 0;
        for (TreeIterator<EObject> it = before.eAllContents(); it.hasNext();) {
            if (it.next() instanceof RegieObject inner) {
                count++;
                RegieObject later = inside.get(inner.getId());
                if (later == null || changed(inner, later)) {
                    return true;
                }
            }
        }
        return count != inside.size();
    }

    /** A property's value as text, for the conflict table. */
    private static String text(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        if (value instanceof Collection<?> many) {
            List<String> parts = new ArrayList<>();
            for (Object element : many) {
                parts.add(element instanceof RegieObject target ? label(target) : String.valueOf(element));
            }
            return String.join(", ", parts);
        }
        if (value instanceof RegieObject target) {
            return label(target);
        }
        return value == null ? "" : value.toString();
    }

    /** An object's name, or its type and id. */
    static String label(RegieObject object) {
        if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        EStructuralFeature title = object.eClass().getEStructuralFeature("title");
        if (title != null && object.eGet(title) instanceof String text && !text.isBlank()) {
            return text;
        }
        return object.eClass().getName() + " " + object.getId();
    }

    private static Map<String, RegieObject> index(Municipality root) {
        Map<String, RegieObject> index = new LinkedHashMap<>();
        index.put(root.getId(), root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (it.next() instanceof RegieObject object && object.getId() != null) {
                index.put(object.getId(), object);
            }
        }
        return index;
    }
}
