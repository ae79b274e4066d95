// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.util.List;

import nl.regie.model.ActionStatus;

/**
 * How partners maintain their own actions on a shared database with {@link Accounts}: a partner reports progress on an
 * action it owns or takes part in (the database refuses a report on any other); analysts see the reports and take
 * them over into the plan (which they save as usual) or set them aside. Implementations register this as an OSGi
 * service next to {@link WorkspaceStore}.
 */
public interface ActionReports {

    /** Reports, as a partner, a status (or null) and a note on one of the partner's own actions. */
    ActionReport report(String actionId, ActionStatus status, String note) throws StoreException;

    /** The reports this account may see (a partner: its own; others: all), newest first; only open ones if asked. */
    List<ActionReport> reports(boolean openOnly) throws StoreException;

    /** Marks a report handled, as an analyst: taken over into the plan or not. */
    void handle(long reportId, boolean takenOver) throws StoreException;
}
