// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import nl.regie.model.Municipality;

/**
 * A workspace as loaded from the store, with the version it is based on; pass that version to
 * {@link WorkspaceStore#save(Municipality, long, String)} so that concurrent saves are detected.
 *
 * @param municipality the loaded model, in a resource of its own
 * @param version the version it was loaded from
 */
public record LoadedWorkspace(Municipality municipality, WorkspaceVersion version) {
}
