// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby;

import java.util.Objects;

/**
 * A login on a shared database (Derby NATIVE authentication or a PostgreSQL role). Kept in memory only: Regie never
 * writes a password down; the database keeps a hash of it.
 *
 * @param user the login
 * @param password its password
 */
public record Credentials(String user, char[] password) {

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        password = password.clone();
    }

    /**
     * The login this program is configured with: {@code regie.store.user}, its password from
     * {@code regie.store.passwordSource} ({@code env:NAME}, {@code file:PATH} or {@code prop:NAME}; by default
     * {@code env:REGIE_PASSWORD}). Null when no user is set (no login).
     */
    public static Credentials configured() throws nl.regie.store.StoreException {
        return configured(System.getProperty("regie.store.user", ""), System.getProperty("regie.store.passwordSource",
                ""), System.getProperty("regie.store.jdbcUrl", "the shared database").replaceAll("[?;].*", ""));
    }

    /**
     * The login {@code user} with its password from {@code passwordSource} (empty for env:REGIE_PASSWORD); {@code where}
     * names the database in the message when there is no password.
     */
    public static Credentials configured(String user, String passwordSource, String where)
            throws nl.regie.store.StoreException {
        if (user == null || user.isBlank()) {
            return null;
        }
        char[] password = nl.regie.store.derby.internal.DerbyStoreComponent.bootPassword(
                passwordSource == null || passwordSource.isBlank() ? "env:REGIE_PASSWORD" : passwordSource);
        if (password == null) {
            throw new nl.regie.store.StoreException(nl.regie.store.StoreException.Problem.LOGIN_FAILED, where,
                    "no password for " + user + " (type it when the workbench asks, or set REGIE_PASSWORD, or"
                            + " passwordSource to env:NAME or file:PATH)");
        }
        try {
            return new Credentials(user, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        return "Credentials[" + user + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Credentials that && user.equals(that.user)
                && java.util.Arrays.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
