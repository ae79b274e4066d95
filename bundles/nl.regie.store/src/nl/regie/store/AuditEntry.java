// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.Instant;

/**
 * One change in the audit trail: who made it, when, in which saved version, to which object, and the value before and
 * after (as text: a reference is the referenced object's id, a list its elements joined by ", ").
 *
 * @param id the entry's number, increasing in the order the changes were made
 * @param at when the change was committed
 * @param author who made it (the store's author, or the database user of a shared database)
 * @param version the workspace version the change is part of; 0 for changes to signals
 * @param objectId the changed object's id (a workspace object, a signal, or {@code batch-N} for an import)
 * @param objectType the object's kind ({@code Action}, {@code Signal}, {@code ImportBatch}, ...)
 * @param change what happened to it
 * @param feature the changed property, or null when the object as a whole was created, removed or imported
 * @param before the value before (or a description of the removed object); null when there was none
 * @param after the value after (or a description of the created object); null when there is none
 */
public record AuditEntry(long id, Instant at, String author, long version, String objectId, String objectType,
        Change change, String feature, String before, String after) {

    /** What happened to the object. */
    public enum Change {
        /** The object was added to the workspace. */
        CREATED,
        /** One of its properties got another value. */
        CHANGED,
        /** The object was taken out of the workspace. */
        REMOVED,
        /** Signals came in through an import (one entry for the batch). */
        IMPORTED,
        /** A signal was retracted. */
        RETRACTED
    }
}
