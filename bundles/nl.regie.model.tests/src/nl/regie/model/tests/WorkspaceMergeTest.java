// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.regie.model.Action;
import nl.regie.model.ActionStatus;
import nl.regie.model.Municipality;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegieObject;
import nl.regie.model.Track;
import nl.regie.model.merge.WorkspaceMerge;
import nl.regie.model.merge.WorkspaceMerge.Conflict;
import nl.regie.model.resource.RegieResources;
import nl.regie.sample.GemeenteX;

/**
 * Two analysts changed the same workspace at once: what one changed and the other did not is merged; where both
 * changed the same thing, the conflict shows both values and either can be taken; nothing is lost without a choice.
 */
class WorkspaceMergeTest {

    private final Municipality base = RegieResources.inOwnResource(GemeenteX.create());
    private final Municipality mine = copy(base);
    private final Municipality theirs = copy(base);

    private static Municipality copy(Municipality municipality) {
        return RegieResources.inOwnResource(EcoreUtil.copy(municipality));
    }

    private static List<Action> actions(Municipality municipality) {
        List<Action> actions = new ArrayList<>();
        for (TreeIterator<EObject> it = municipality.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Action action) {
                actions.add(action);
            }
        }
        return actions;
    }

    private static <T extends RegieObject> T find(Municipality municipality, String id, Class<T> type) {
        for (TreeIterator<EObject> it = municipality.eAllContents(); it.hasNext();) {
            if (it.next() instanceof RegieObject object && id.equals(object.getId()) && type.isInstance(object)) {
                return type.cast(object);
            }
        }
        return null;
    }

    private String first() {
        return actions(base).get(0).getId();
    }

    private String second() {
        return actions(base).get(1).getId();
    }

    @Test
    void changesToDifferentThingsAreBothKept() {
        find(mine, first(), Action.class).setTitle("Mijn titel");
        find(theirs, second(), Action.class).setStatus(ActionStatus.SUSPENDED);
        WorkspaceMerge merge = WorkspaceMerge.of(base, mine, theirs);
        assertTrue(merge.conflicts().isEmpty(), merge.conflicts().toString());
        assertEquals(1, merge.mergedChanges());
        assertEquals("Mijn titel", find(merge.result(), first(), Action.class).getTitle());
        assertEquals(ActionStatus.SUSPENDED, find(merge.result(), second(), Action.class).getStatus());
        assertEquals(actions(base).size(), actions(merge.result()).size());
        assertEquals(actions(base).get(0).getTitle(), find(theirs, first(), Action.class).getTitle(),
                "the inputs are not changed");
    }

    @Test
    void theSameChangeTwiceIsNoConflict() {
        find(mine, first(), Action.class).setTitle("Zelfde");
        find(theirs, first(), Action.class).setTitle("Zelfde");
        WorkspaceMerge merge = WorkspaceMerge.of(base, mine, theirs);
        assertTrue(merge.conflicts().isEmpty());
        assertEquals("Zelfde", find(merge.result(), first(), Action.class).getTitle());
    }

    @Test
    void bothChangingOnePropertyIsAConflictWithBothValuesAndEitherCanBeTaken() {
        String original = find(base, first(), Action.class).getTitle();
        find(mine, first(), Action.class).setTitle("Mijn titel");
        find(theirs, first(), Action.class).setTitle("Hun titel");
        find(mine, second(), Action.class).setStatus(ActionStatus.COMPLETED);
        WorkspaceMerge merge = WorkspaceMerge.of(base, mine, theirs);
        assertEquals(1, merge.conflicts().size(), merge.conflicts().toString());
        Conflict conflict = merge.conflicts().get(0);
        assertEquals(WorkspaceMerge.Kind.BOTH_CHANGED, conflict.kind());
        assertEquals("title", conflict.feature().getName());
        assertEquals(original, conflict.base());
        assertEquals("Mijn titel", conflict.mine());
        assertEquals("Hun titel", conflict.theirs());
        assertEquals("Hun titel", find(merge.result(), first(), Action.class).getTitle(), "theirs until mine is taken");
        assertEquals(ActionStatus.COMPLETED, find(merge.result(), second(), Action.class).getStatus());
        conflict.takeMine();
        assertEquals("Mijn titel", find(merge.result(), first(), Action.class).getTitle());
    }

    @Test
    void myNewActionAndTheirRemovalAreBothKept() {
        Track track = find(mine, actions(base).get(0).eContainer() instanceof Track t ? t.getId() : "", Track.class);
        assertNotNull(track, "the example's actions live in tracks");
        Action added = RegieFactory.eINSTANCE.createAction();
        added.setId("nieuwe-actie");
        added.setTitle("Nieuwe actie");
        added.setOwner(mine.getPartners().get(0));
        track.getActions().add(added);
        Action removed = find(theirs, second(), Action.class);
        EcoreUtil.delete(removed, true);
        WorkspaceMerge merge = WorkspaceMerge.of(base, mine, theirs);
        assertTrue(merge.conflicts().isEmpty(), merge.conflicts().toString());
        Action merged = find(merge.result(), "nieuwe-actie", Action.class);
        assertNotNull(merged);
        assertEquals(track.getId(), ((Track) merged.eContainer()).getId());
        assertEquals(added.getOwner().getId(), merged.getOwner().getId());
        assertTrue(EcoreUtil.isAncestor(merge.result(), merged.getOwner()), "the owner is the result's own partner");
        assertNull(find(merge.result(), second(), Action.class));
    }

    @Test
    void myRemovalIsKeptUnlessTheyChangedWhatIRemoved() {
        EcoreUtil.delete(find(mine, first(), Action.class), true);
        WorkspaceMerge quiet = WorkspaceMerge.of(base, mine, theirs);
        assertTrue(quiet.conflicts().isEmpty());
        assertNull(find(quiet.result(), first(), Action.class));

        find(theirs, first(), Action.class).setTitle("Hun titel");
        WorkspaceMerge merge = WorkspaceMerge.of(base, mine, theirs);
        assertEquals(1, merge.conflicts().size());
        assertEquals(WorkspaceMerge.Kind.REMOVED_BY_ME, merge.conflicts().get(0).kind());
        assertNotNull(find(merge.result(), first(), Action.class), "their changed action stays until mine is taken");
        merge.conflicts().get(0).takeMine();
        assertNull(find(merge.result(), first(), Action.class));
    }

    @Test
    void theirRemovalOfWhatIChangedIsAConflictAndMineCanComeBack() {
        find(mine, first(), Action.class).setTitle("Mijn titel");
        EcoreUtil.delete(find(theirs, first(), Action.class), true);
        WorkspaceMerge merge = WorkspaceMerge.of(base, mine, theirs);
        assertEquals(1, merge.conflicts().size(), merge.conflicts().toString());
        assertEquals(WorkspaceMerge.Kind.REMOVED_BY_THEM, merge.conflicts().get(0).kind());
        assertNull(find(merge.result(), first(), Action.class));
        merge.conflicts().get(0).takeMine();
        Action back = find(merge.result(), first(), Action.class);
        assertNotNull(back);
        assertEquals("Mijn titel", back.getTitle());
        assertFalse(merge.conflicts().get(0).mine().isBlank());
    }
}
