// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.session;

/**
 * A part's link to the workspace session the lifecycle puts into the context: following a new session moves the
 * part's listener from the old one to it; closing the link (when the part goes) removes the listener.
 */
public final class SessionLink {

    private final WorkspaceSession.Listener listener;
    private WorkspaceSession session;

    /** @param listener told on the UI thread when the session's state changes (loaded, edited, saved) */
    public SessionLink(WorkspaceSession.Listener listener) {
        this.listener = listener;
    }

    /** Follows {@code next} (may be null) instead of the session followed so far, and returns it. */
    public WorkspaceSession follow(WorkspaceSession next) {
        if (session != null) {
            session.removeListener(listener);
        }
        session = next;
        if (session != null) {
            session.addListener(listener);
        }
        return session;
    }

    /** The session followed, or null. */
    public WorkspaceSession session() {
        return session;
    }

    /** Stops following: the part is going. */
    public void close() {
        follow(null);
    }
}
