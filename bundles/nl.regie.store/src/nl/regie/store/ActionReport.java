// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.Instant;

import nl.regie.model.ActionStatus;

/**
 * A partner's report on one of its own actions: how far it is (a status) and what it has to say; an analyst takes it
 * over into the plan or sets it aside.
 *
 * @param id the report's number
 * @param actionId the action it is about
 * @param partnerId the partner that reported
 * @param status the status the partner reports; null when it only adds a note
 * @param note what the partner says (no personal data)
 * @param reportedBy the database login that reported (set by the database)
 * @param reportedAt when
 * @param handledBy the analyst who handled it; null while open
 * @param handledAt when it was handled; null while open
 * @param takenOver true when the analyst took the status over into the plan
 */
public record ActionReport(long id, String actionId, String partnerId, ActionStatus status, String note,
        String reportedBy, Instant reportedAt, String handledBy, Instant handledAt, boolean takenOver) {

    /** True while no analyst has handled it. */
    public boolean open() {
        return handledAt == null;
    }
}
