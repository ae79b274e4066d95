// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.Instant;

/**
 * One saved version of a workspace: versions are numbered from 1 and never overwritten.
 *
 * @param number the version number; each save adds one
 * @param savedAt when it was saved
 * @param author who saved it (the operating-system user or a configured name)
 * @param summary what changed compared with the version before, e.g. "+2 Action, -1 Signal, 3 changed"
 * @param objectCount how many model objects the version holds
 */
public record WorkspaceVersion(long number, Instant savedAt, String author, String summary, int objectCount) {
}
