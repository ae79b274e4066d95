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
