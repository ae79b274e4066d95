// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.nio.file.Path;

/** Care of the database as a whole: online backup and restore. */
public interface StoreMaintenance {

    /**
     * Copies the whole database into {@code folder} while it stays in use; the copy is consistent as of one moment.
     *
     * @return the folder that holds the backup (inside {@code folder})
     */
    Path backup(Path folder) throws StoreException;

    /**
     * Replaces the database with a backup made by {@link #backup(Path)}. The current database is set aside, not
     * deleted, until the restored one has opened.
     *
     * @param backup the folder {@link #backup(Path)} returned, or the folder that holds it
     */
    void restore(Path backup) throws StoreException;
}
