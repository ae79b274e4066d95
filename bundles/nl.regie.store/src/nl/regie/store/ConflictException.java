// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

/**
 * A save was based on a version that is no longer the latest: someone else saved in between. Nothing was written;
 * {@link #latest()} tells who saved what and when, so the user can reload and redo the change.
 */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient WorkspaceVersion latest;
    private final long basedOn;

    public ConflictException(long basedOn, WorkspaceVersion latest) {
        super(Problem.CONFLICT, basedOn, latest.number(), latest.author(), latest.savedAt());
        this.latest = latest;
        this.basedOn = basedOn;
    }

    /** The version the refused save was based on. */
    public long basedOn() {
        return basedOn;
    }

    /** The version that is now the latest. */
    public WorkspaceVersion latest() {
        return latest;
    }
}
