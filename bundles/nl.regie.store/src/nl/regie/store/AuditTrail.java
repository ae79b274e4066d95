// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.Instant;
import java.util.List;

/**
 * Who changed what, and when: every saved change to the workspace (per object and property, with the values before and
 * after) and to the signals (imports, retractions), written in the same transaction as the change itself, so that a
 * change and its entry exist together or not at all. Implementations register this as an OSGi service next to
 * {@link WorkspaceStore} and {@link SignalStore}.
 */
public interface AuditTrail {

    /**
     * The changes to one object, oldest first: a workspace object by its id, or a signal by its id (with the import
     * that brought it in).
     */
    List<AuditEntry> of(String objectId) throws StoreException;

    /** The changes made from {@code from} (inclusive) until {@code until} (exclusive), oldest first; null for open. */
    List<AuditEntry> between(Instant from, Instant until, int offset, int limit) throws StoreException;
}
