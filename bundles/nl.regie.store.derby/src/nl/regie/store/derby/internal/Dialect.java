// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import nl.regie.store.derby.DerbySettings;

/**
 * The SQL that differs between the databases the store runs on: Apache Derby (embedded or a network server) and
 * PostgreSQL. Everything else (tables, queries, transactions, optimistic locking) is the same standard SQL.
 */
public enum Dialect {

    DERBY, POSTGRESQL;

    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\(\\w+\\)");
    private static final Pattern VIEW = Pattern.compile("^CREATE VIEW (\\S+) AS");
    private static final Pattern CLOB = Pattern.compile("\\bCLOB\\(\\w+\\)");

    /** The database a store's settings point at: PostgreSQL for a {@code jdbc:postgresql:} URL, Derby otherwise. */
    public static Dialect of(DerbySettings settings) {
        return !settings.embedded() && settings.jdbcUrl().startsWith("jdbc:postgresql:") ? POSTGRESQL : DERBY;
    }

    /**
     * A schema statement of a migration as this database writes it, or null when it has no counterpart here (Derby's
     * Java table functions, which only the embedded engine uses).
     */
    public String ddl(String statement) {
        if (this == DERBY) {
            return statement;
        }
        if (statement.startsWith("CREATE FUNCTION")) {
            return null;
        }
        if (statement.startsWith("CREATE VIEW")) {
            // a partner's own functions in its query must not see the rows the view's condition leaves out
            return VIEW.matcher(statement).replaceFirst("CREATE VIEW $1 WITH (security_barrier) AS");
        }
        return CLOB.matcher(BLOB.matcher(statement).replaceAll("BYTEA")).replaceAll("TEXT");
    }

    /** The database a connection is open on. */
    public static Dialect of(java.sql.Connection connection) throws java.sql.SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                ? POSTGRESQL : DERBY;
    }

    /** The year of the date {@code column}, as an integer. */
    public String year(String column) {
        return this == DERBY ? "YEAR(" + column + ")" : "CAST(EXTRACT(YEAR FROM " + column + ") AS INT)";
    }

    /** The month (1-12) of the date {@code column}, as an integer. */
    public String month(String column) {
        return this == DERBY ? "MONTH(" + column + ")" : "CAST(EXTRACT(MONTH FROM " + column + ") AS INT)";
    }

    /** Regie's schema, as the database's catalogue names it. */
    public String schema() {
        return this == DERBY ? "APP" : "app";
    }

    /** A table's name as the database's catalogue holds it (Derby folds names to upper case, PostgreSQL to lower). */
    public String table(String name) {
        return this == DERBY ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    /**
     * The statements that make {@link #schema()} the current schema of a connection; with {@code create}, creating it
     * first when missing (PostgreSQL checks the right to create a schema even when it exists, which a login that is
     * not the owner lacks).
     */
    public String[] useSchema(boolean create) {
        return this == DERBY ? new String[] { "SET SCHEMA APP" }
                : create ? new String[] { "CREATE SCHEMA IF NOT EXISTS app", "SET search_path TO app" }
                        : new String[] { "SET search_path TO app" };
    }

    /** The statement that makes a partner's connection read the partner views instead of the tables. */
    public String usePartnerSchema() {
        return this == DERBY ? "SET SCHEMA " + Team.PARTNER_SCHEMA : "SET search_path TO regie_partner";
    }

    /** The number of whole weeks from Monday 5 January 1970 to the date {@code column} (so weeks start on Monday). */
    public String weekNumber(String column) {
        return this == DERBY
                ? "{fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), TIMESTAMP(" + column
                        + ", TIME('00:00:00')))} / 7"
                : "((" + column + " - DATE '1970-01-05') / 7)";
    }
}
