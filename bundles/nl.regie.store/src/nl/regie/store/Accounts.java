// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.util.List;

/**
 * Accounts on a shared database (a Derby network server or PostgreSQL): the database's own logins (Derby NATIVE
 * authentication, PostgreSQL roles) with a {@link Role} each. Passwords go straight to the database, which keeps only
 * hashes; Regie never writes one down. A single analyst's embedded database has no accounts: whoever can open the data
 * folder works as {@link Role#ADMINISTRATOR}.
 * <p>
 * Implementations register this as an OSGi service next to {@link WorkspaceStore}.
 */
public interface Accounts {

    /** The account this store works as. */
    Account current() throws StoreException;

    /** True once {@link #enable(char[])} has run on this database. */
    boolean enabled() throws StoreException;

    /**
     * Turns accounts on for this shared database, with the current login as its administrator: from then on every
     * connection must log in, and what each login may read and change is enforced by the database. On Derby the
     * current login (the database owner) gets {@code password}; on PostgreSQL the login keeps the one it has and
     * {@code password} may be null.
     */
    void enable(char[] password) throws StoreException;

    /** Every account, by login. Administrator only. */
    List<Account> list() throws StoreException;

    /** Adds a login with a password and a role. Administrator only. */
    void add(Account account, char[] password) throws StoreException;

    /** Removes a login: it can no longer connect. Administrator only. */
    void remove(String login) throws StoreException;
}
