// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The versioned schema of the Regie database. Each migration runs in its own transaction together with the row
 * that records it in {@code REGIE_SCHEMA} (the first migration creates that table too), so a database is always at
 * exactly one known version, even after a crash during its creation.
 */
public final class Schema {

    /** One step of the schema's history. */
    public record Migration(int version, String description, List<String> statements, Step then) {
        public Migration(int version, String description, List<String> statements) {
            this(version, description, statements, null);
        }
    }

    /** Work of a migration that SQL alone does not do well (filling a new table from the rows there are). */
    @FunctionalInterface
    public interface Step {
        void run(Connection connection) throws SQLException;
    }

    /** Every migration, in order. Append new ones; never change a released one. */
    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "workspace versions and signals", List.of(
                    "CREATE TABLE REGIE_SCHEMA (VERSION INT NOT NULL PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL,"
                            + " APPLIED_AT TIMESTAMP NOT NULL)",
                    "CREATE TABLE WORKSPACE_HEAD (ID SMALLINT NOT NULL PRIMARY KEY, VERSION BIGINT NOT NULL)",
                    "INSERT INTO WORKSPACE_HEAD VALUES (1, 0)",
                    "CREATE TABLE WORKSPACE_VERSION (VERSION BIGINT NOT NULL PRIMARY KEY, SAVED_AT TIMESTAMP NOT NULL,"
                            + " AUTHOR VARCHAR(200) NOT NULL, SUMMARY VARCHAR(4000) NOT NULL, OBJECT_COUNT INT NOT NULL,"
                            + " CONTENT BLOB(2G) NOT NULL)",
                    "CREATE TABLE SIGNAL (ID VARCHAR(100) NOT NULL PRIMARY KEY, OBSERVED_ON DATE NOT NULL,"
                            + " REPORTED_ON DATE, SOURCE_ID VARCHAR(100) NOT NULL, TARGET_GROUP_ID VARCHAR(100),"
                            + " SETTING_ID VARCHAR(100), AREA_ID VARCHAR(100), CONCERN SMALLINT NOT NULL,"
                            + " CONFIDENCE SMALLINT NOT NULL, STATUS SMALLINT NOT NULL, DESCRIPTION VARCHAR(4000),"
                            + " RETRACTION_REASON VARCHAR(2000))",
                    "CREATE TABLE SIGNAL_SUBSTANCE (SIGNAL_ID VARCHAR(100) NOT NULL, SUBSTANCE_ID VARCHAR(100) NOT NULL,"
                            + " PRIMARY KEY (SIGNAL_ID, SUBSTANCE_ID))",
                    "CREATE INDEX SIGNAL_OBSERVED ON SIGNAL (OBSERVED_ON)",
                    "CREATE INDEX SIGNAL_SOURCE ON SIGNAL (SOURCE_ID)",
                    "CREATE INDEX SIGNAL_TARGET_GROUP ON SIGNAL (TARGET_GROUP_ID)",
                    "CREATE INDEX SIGNAL_SETTING ON SIGNAL (SETTING_ID)",
                    "CREATE INDEX SIGNAL_AREA ON SIGNAL (AREA_ID)",
                    "CREATE INDEX SIGNAL_SUBSTANCE_BY_SUBSTANCE ON SIGNAL_SUBSTANCE (SUBSTANCE_ID)")),
            new Migration(2, "import batches", List.of(
                    "CREATE TABLE IMPORT_BATCH (ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            + " IMPORTED_AT TIMESTAMP NOT NULL, SOURCE VARCHAR(1000) NOT NULL, ROW_COUNT INT NOT NULL)",
                    "ALTER TABLE SIGNAL ADD COLUMN BATCH_ID BIGINT",
                    "CREATE INDEX SIGNAL_BATCH ON SIGNAL (BATCH_ID)",
                    "CREATE INDEX SIGNAL_CONCERN_STATUS ON SIGNAL (CONCERN, STATUS)")),
            new Migration(3, "table functions for batch inserts", List.of(
                    "CREATE FUNCTION REGIE_SIGNAL_ROWS (TOKEN VARCHAR(64)) RETURNS TABLE (ID VARCHAR(100),"
                            + " OBSERVED_ON DATE, REPORTED_ON DATE, SOURCE_ID VARCHAR(100), TARGET_GROUP_ID VARCHAR(100),"
                            + " SETTING_ID VARCHAR(100), AREA_ID VARCHAR(100), CONCERN SMALLINT, CONFIDENCE SMALLINT,"
                            + " STATUS SMALLINT, DESCRIPTION VARCHAR(4000), RETRACTION_REASON VARCHAR(2000))"
                            + " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL"
                            + " EXTERNAL NAME 'nl.regie.store.derby.internal.SignalRows.signals'",
                    "CREATE FUNCTION REGIE_SIGNAL_SUBSTANCE_ROWS (TOKEN VARCHAR(64)) RETURNS TABLE"
                            + " (SIGNAL_ID VARCHAR(100), SUBSTANCE_ID VARCHAR(100))"
                            + " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL"
                            + " EXTERNAL NAME 'nl.regie.store.derby.internal.SignalRows.substances'")),
            new Migration(4, "fingerprint of the latest workspace version", List.of(
                    "CREATE TABLE WORKSPACE_FINGERPRINT (ID SMALLINT NOT NULL PRIMARY KEY, VERSION BIGINT NOT NULL,"
                            + " CONTENT BLOB(1G) NOT NULL)")),
            new Migration(5, "weekly signal summary and quarantine", List.of(
                    "CREATE TABLE SIGNAL_WEEK (WEEK_START DATE NOT NULL, SUBSTANCE_ID VARCHAR(100) NOT NULL,"
                            + " TARGET_GROUP_ID VARCHAR(100) NOT NULL, SETTING_ID VARCHAR(100) NOT NULL,"
                            + " AREA_ID VARCHAR(100) NOT NULL, N INT NOT NULL,"
                            + " PRIMARY KEY (WEEK_START, SUBSTANCE_ID, TARGET_GROUP_ID, SETTING_ID, AREA_ID))",
                    "CREATE TABLE QUARANTINE (ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            + " FILE_NAME VARCHAR(1000) NOT NULL, LINE_NUMBER BIGINT NOT NULL, FIELD VARCHAR(100),"
                            + " REASON VARCHAR(2000) NOT NULL, FIELDS CLOB(1M) NOT NULL,"
                            + " QUARANTINED_AT TIMESTAMP NOT NULL, BATCH_ID BIGINT)",
                    // Every index costs each insert a B-tree update. Those on a handful of values (group, setting,
                    // area, concern and status) did not speed up any query the optimizer would run through them;
                    // dedup reads by partner and date.
                    "DROP INDEX SIGNAL_TARGET_GROUP",
                    "DROP INDEX SIGNAL_SETTING",
                    "DROP INDEX SIGNAL_AREA",
                    "DROP INDEX SIGNAL_CONCERN_STATUS",
                    "DROP INDEX SIGNAL_SOURCE",
                    "DROP INDEX SIGNAL_BATCH",
                    // The Signal Inbox pages newest first: an index in that order lets Derby read one page without
                    // sorting every signal (6.6 s for the first page of a million before, 2 ms after).
                    "DROP INDEX SIGNAL_OBSERVED",
                    "CREATE INDEX SIGNAL_NEWEST ON SIGNAL (OBSERVED_ON DESC, ID)",
                    "CREATE INDEX SIGNAL_SOURCE_OBSERVED ON SIGNAL (SOURCE_ID, OBSERVED_ON)"), WeekCounts::backfill),
            new Migration(6, "audit trail", List.of(
                    "CREATE TABLE AUDIT_ENTRY (ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            + " CHANGED_AT TIMESTAMP NOT NULL, AUTHOR VARCHAR(200) NOT NULL, VERSION BIGINT NOT NULL,"
                            + " OBJECT_ID VARCHAR(200) NOT NULL, OBJECT_TYPE VARCHAR(100) NOT NULL,"
                            + " CHANGE_KIND SMALLINT NOT NULL, FEATURE VARCHAR(100), BEFORE_VALUE VARCHAR(4000),"
                            + " AFTER_VALUE VARCHAR(4000))",
                    "CREATE INDEX AUDIT_OBJECT ON AUDIT_ENTRY (OBJECT_ID)",
                    "CREATE INDEX AUDIT_CHANGED_AT ON AUDIT_ENTRY (CHANGED_AT)")),
            new Migration(7, "accounts and the partners' views", Team.migration()));

    /** The schema version this Regie writes. */
    public static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }

    /** The version a database is at; 0 for an empty database. */
    public static int version(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Dialect dialect = Dialect.of(connection);
        try (ResultSet tables = meta.getTables(null, dialect.schema(), dialect.table("REGIE_SCHEMA"), null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT MAX(VERSION) FROM REGIE_SCHEMA")) {
            return result.next() ? result.getInt(1) : 0;
        } catch (SQLException refused) {
            // a login without rights on Regie's tables (a partner): the view every login may read, from schema 7 on
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(
                            "SELECT MAX(VERSION) FROM " + Team.PARTNER_SCHEMA + ".REGIE_SCHEMA")) {
                return result.next() ? result.getInt(1) : 0;
            } catch (SQLException notThere) {
                refused.addSuppressed(notThere);
                throw refused;
            }
        }
    }

    /**
     * Brings the database up to {@code target}, one migration per transaction; returns the version reached.
     * The caller has checked that the database is not newer than {@link #LATEST}.
     */
    public static int migrate(Connection connection, int target) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int current = version(connection);
            Dialect dialect = Dialect.of(connection);
            for (Migration migration : MIGRATIONS) {
                if (migration.version() <= current || migration.version() > target) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    for (String sql : migration.statements()) {
                        String here = dialect.ddl(sql);
                        if (here != null) {
                            statement.executeUpdate(here);
                        }
                    }
                }
                if (migration.then() != null) {
                    migration.then().run(connection);
                }
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO REGIE_SCHEMA (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
                    record.setInt(1, migration.version());
                    record.setString(2, migration.description());
                    record.setTimestamp(3, Timestamp.from(Instant.now()));
                    record.executeUpdate();
                }
                connection.commit();
                current = migration.version();
            }
            return current;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
