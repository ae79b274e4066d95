// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Sets a PostgreSQL login's password through the driver, which hashes it (SCRAM-SHA-256) before it is sent: the
 * plain password is in no SQL statement. A class of its own so that the store loads PostgreSQL's classes only for a
 * PostgreSQL database.
 */
final class PostgresPasswords {

    private PostgresPasswords() {
    }

    static void set(Connection connection, String login, char[] password) throws SQLException {
        // the driver wipes the array it is given once it has hashed it: give it a copy of the caller's
        connection.unwrap(PGConnection.class).alterUserPassword(login, password.clone(), "scram-sha-256");
    }
}
