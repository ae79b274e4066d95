// SPDX-License-Identifier: EPL-2.0
package nl.regie.update;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Updates the running, installed Regie product from a p2 repository: every installed root (the product and the
 * features added to it) that the repository offers in a newer version. Long work: call it from a job and pass its
 * monitor (or null); a cancel leaves the installation as it was. The new version runs after a restart.
 */
public interface ProductUpdate {

    /** What updating from {@code repository} would change; nothing is downloaded or installed. */
    Plan check(URI repository, IProgressMonitor monitor) throws UpdateException;

    /** Downloads and installs what {@link #check} reports; returns what was changed. */
    Plan update(URI repository, IProgressMonitor monitor) throws UpdateException;

    /** One installed unit and the version that replaces it. */
    record Change(String id, String from, String to) {
        @Override
        public String toString() {
            return id + " " + from + " -> " + to;
        }
    }

    /** The changes of an update; empty when the installation is up to date. */
    record Plan(List<Change> changes, boolean restartNeeded) {
        public Plan {
            changes = List.copyOf(changes);
        }

        public boolean upToDate() {
            return changes.isEmpty();
        }
    }
}
