// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.util.List;

import nl.regie.model.Municipality;

/**
 * The saved versions of one municipality's workspace. Every save is all-or-nothing and adds a version; a save based
 * on a version that is no longer the latest fails with a {@link ConflictException} instead of overwriting someone
 * else's work.
 */
public interface WorkspaceStore {

    /** The latest version of the workspace. */
    LoadedWorkspace load() throws StoreException;

    /**
     * Saves {@code municipality} as a new version, if {@code basedOn} is still the latest version.
     *
     * @param basedOn the version the caller loaded and changed
     * @param note an optional note by the user, added to the summary of changes; may be null
     * @return the new version
     * @throws ConflictException when another save came first
     */
    WorkspaceVersion save(Municipality municipality, long basedOn, String note) throws StoreException;

    /** All versions, newest first. */
    List<WorkspaceVersion> history() throws StoreException;

    /** An older version as it was saved, for comparison or restore. */
    Municipality loadVersion(long number) throws StoreException;

    /**
     * Makes an older version the latest again, as a new version (nothing is deleted).
     *
     * @param basedOn the version the caller has open, as for {@link #save}
     */
    WorkspaceVersion restoreVersion(long number, long basedOn) throws StoreException;

    /**
     * Makes an imported workspace the latest version and its signals the signal store's content, in one
     * transaction: either both change or neither. The signals travel in {@code municipality.getSignals()}; the
     * saved model keeps those that actions refer to, the signal store gets all of them. The previous version stays
     * in the history.
     *
     * @param basedOn the version the caller has open, as for {@link #save}
     */
    WorkspaceVersion importWorkspace(Municipality municipality, long basedOn, String note) throws StoreException;

    /** Where and how the store keeps its data, for display. */
    StoreInfo info();
}
