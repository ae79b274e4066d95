// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

/**
 * What an account may do on a shared database. The database itself enforces it (its own grants, views and triggers),
 * so a modified client gets no further than the store does.
 */
public enum Role {
    /** The database's owner: everything an analyst may, and managing accounts. */
    ADMINISTRATOR,
    /** Reads and changes all of the municipality's workspace and signals. */
    ANALYST,
    /**
     * Works for one partner organisation: sees only the actions that partner owns or takes part in and the signals it
     * reported, and adds signals for that partner only.
     */
    PARTNER,
    /** Reads everything, changes nothing. */
    VIEWER;

    /** True when this role may save the workspace and change signals other than its own imports. */
    public boolean mayEdit() {
        return this == ADMINISTRATOR || this == ANALYST;
    }

    /** True when this role may add signals (a partner: for its own organisation only). */
    public boolean mayImport() {
        return this != VIEWER;
    }
}
