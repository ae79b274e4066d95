// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.regie.model.Action;
import nl.regie.model.Concern;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.Signal;
import nl.regie.model.resource.RegieResources;
import nl.regie.store.Account;
import nl.regie.store.Role;

/**
 * Accounts and roles on a shared database, enforced by the database itself: its logins (Derby NATIVE authentication,
 * PostgreSQL roles), a group per role with grants on Regie's tables, views that show a partner only its own records,
 * and triggers that refuse a partner's rows for another partner and put the login itself in every audit entry.
 * <p>
 * A partner's connection works in the schema {@value #PARTNER_SCHEMA}, whose views carry the names of Regie's tables:
 * the store's queries read the partner's own records there unchanged, and its writes name {@code APP.} tables.
 * Analysts, viewers and the administrator work in {@code APP}.
 */
public final class Team {

    /** The schema of the partner views (and of the views every login may read: its own account). */
    public static final String PARTNER_SCHEMA = "REGIE_PARTNER";

    /** Regie's tables that roles get privileges on (ACCOUNT and SCOPE_GUARD are handled apart). */
    private static final List<String> TABLES = List.of("REGIE_SCHEMA", "WORKSPACE_HEAD", "WORKSPACE_VERSION",
            "WORKSPACE_FINGERPRINT", "SIGNAL", "SIGNAL_SUBSTANCE", "IMPORT_BATCH", "SIGNAL_WEEK", "QUARANTINE",
            "AUDIT_ENTRY", "PARTNER_WORKSPACE", "SUMMARY_STALE", "PARTNER_ACTION", "ACTION_REPORT");

    /** The views a partner reads instead of the tables of the same name. */
    private static final List<String> PARTNER_VIEWS = List.of("SIGNAL", "SIGNAL_SUBSTANCE", "WORKSPACE_HEAD",
            "WORKSPACE_VERSION", "WORKSPACE_FINGERPRINT", "SIGNAL_WEEK", "IMPORT_BATCH", "QUARANTINE", "AUDIT_ENTRY",
            "ACTION_REPORT");

    /** The views every login may read. */
    private static final List<String> PUBLIC_VIEWS = List.of("ACCOUNT", "TEAM", "REGIE_SCHEMA");

    /** The tables a partner adds rows to when it imports its signals (checked by triggers where it matters). */
    private static final List<String> PARTNER_INSERTS = List.of("SIGNAL", "SIGNAL_SUBSTANCE", "IMPORT_BATCH",
            "AUDIT_ENTRY", "QUARANTINE", "SUMMARY_STALE", "ACTION_REPORT");

    private static final String OWN_PARTNER = "(SELECT A.PARTNER_ID FROM APP.ACCOUNT A WHERE A.LOGIN = SESSION_USER"
            + " AND A.ROLE = 'PARTNER')";

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,59}");

    private Team() {
    }

    /** Schema migration 7: the account table, the partners' copies and views, the guard for refused rows. */
    public static List<String> migration() {
        return List.of(
                "CREATE TABLE ACCOUNT (LOGIN VARCHAR(128) NOT NULL PRIMARY KEY, ROLE VARCHAR(20) NOT NULL,"
                        + " PARTNER_ID VARCHAR(100))",
                "CREATE TABLE PARTNER_WORKSPACE (PARTNER_ID VARCHAR(100) NOT NULL PRIMARY KEY, VERSION BIGINT NOT NULL,"
                        + " SAVED_AT TIMESTAMP NOT NULL, AUTHOR VARCHAR(200) NOT NULL, SUMMARY VARCHAR(4000) NOT NULL,"
                        + " OBJECT_COUNT INT NOT NULL, CONTENT BLOB(2G) NOT NULL)",
                "CREATE TABLE SUMMARY_STALE (MARKED_AT TIMESTAMP NOT NULL)",
                // which partner may report on which action: written with the partners' copies at every save
                "CREATE TABLE PARTNER_ACTION (ACTION_ID VARCHAR(200) NOT NULL, PARTNER_ID VARCHAR(100) NOT NULL,"
                        + " PRIMARY KEY (ACTION_ID, PARTNER_ID))",
                "CREATE TABLE ACTION_REPORT (ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " ACTION_ID VARCHAR(200) NOT NULL, PARTNER_ID VARCHAR(100) NOT NULL, STATUS VARCHAR(30),"
                        + " NOTE VARCHAR(2000), REPORTED_BY VARCHAR(128) NOT NULL, REPORTED_AT TIMESTAMP NOT NULL,"
                        + " HANDLED_BY VARCHAR(128), HANDLED_AT TIMESTAMP, TAKEN_OVER SMALLINT)",
                "CREATE INDEX ACTION_REPORT_OPEN ON ACTION_REPORT (HANDLED_AT, REPORTED_AT)",
                // Derby has no statement that raises an error from a trigger; a row here breaks this CHECK instead.
                "CREATE TABLE SCOPE_GUARD (REFUSED VARCHAR(200) CONSTRAINT PARTNER_SCOPE CHECK (REFUSED IS NULL))",
                "CREATE SCHEMA REGIE_PARTNER",
                "CREATE VIEW REGIE_PARTNER.ACCOUNT AS SELECT LOGIN, ROLE, PARTNER_ID FROM APP.ACCOUNT"
                        + " WHERE LOGIN = SESSION_USER",
                "CREATE VIEW REGIE_PARTNER.TEAM AS SELECT COUNT(*) AS ACCOUNTS FROM APP.ACCOUNT",
                "CREATE VIEW REGIE_PARTNER.REGIE_SCHEMA AS SELECT * FROM APP.REGIE_SCHEMA",
                "CREATE VIEW REGIE_PARTNER.SIGNAL AS SELECT S.* FROM APP.SIGNAL S WHERE S.SOURCE_ID IN " + OWN_PARTNER,
                "CREATE VIEW REGIE_PARTNER.SIGNAL_SUBSTANCE AS SELECT X.* FROM APP.SIGNAL_SUBSTANCE X"
                        + " WHERE X.SIGNAL_ID IN (SELECT S.ID FROM REGIE_PARTNER.SIGNAL S)",
                "CREATE VIEW REGIE_PARTNER.WORKSPACE_VERSION AS SELECT W.VERSION, W.SAVED_AT, W.AUTHOR, W.SUMMARY,"
                        + " W.OBJECT_COUNT, W.CONTENT FROM APP.PARTNER_WORKSPACE W WHERE W.PARTNER_ID IN " + OWN_PARTNER,
                "CREATE VIEW REGIE_PARTNER.WORKSPACE_HEAD AS SELECT CAST(1 AS SMALLINT) AS ID, W.VERSION"
                        + " FROM REGIE_PARTNER.WORKSPACE_VERSION W",
                "CREATE VIEW REGIE_PARTNER.WORKSPACE_FINGERPRINT AS SELECT * FROM APP.WORKSPACE_FINGERPRINT WHERE 1 = 0",
                "CREATE VIEW REGIE_PARTNER.SIGNAL_WEEK AS SELECT * FROM APP.SIGNAL_WEEK WHERE 1 = 0",
                "CREATE VIEW REGIE_PARTNER.IMPORT_BATCH AS SELECT B.* FROM APP.IMPORT_BATCH B"
                        + " WHERE B.ID IN (SELECT S.BATCH_ID FROM REGIE_PARTNER.SIGNAL S)",
                "CREATE VIEW REGIE_PARTNER.QUARANTINE AS SELECT * FROM APP.QUARANTINE WHERE 1 = 0",
                "CREATE VIEW REGIE_PARTNER.AUDIT_ENTRY AS SELECT E.* FROM APP.AUDIT_ENTRY E"
                        + " WHERE E.AUTHOR = SESSION_USER",
                "CREATE VIEW REGIE_PARTNER.ACTION_REPORT AS SELECT R.* FROM APP.ACTION_REPORT R"
                        + " WHERE R.PARTNER_ID IN " + OWN_PARTNER);
    }

    /** A login as the database's SESSION_USER gives it back (Derby: upper case; PostgreSQL: lower case). */
    public static String normalize(String login, Dialect dialect) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("a login is a letter followed by up to 59 letters, digits or _: "
                    + login);
        }
        return dialect == Dialect.DERBY ? login.toUpperCase(Locale.ROOT) : login.toLowerCase(Locale.ROOT);
    }

    /** The database login a connection works as. */
    public static String sessionUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT SESSION_USER FROM REGIE_PARTNER.TEAM")) {
            result.next();
            return result.getString(1);
        }
    }

    /** True once accounts were turned on for the database. */
    public static boolean enabled(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT ACCOUNTS FROM REGIE_PARTNER.TEAM")) {
            return result.next() && result.getLong(1) > 0;
        }
    }

    /**
     * The account a connection works as: its row in the account table; before accounts are turned on, whoever
     * connects is the administrator; a login without a row (a database superuser) is taken for a viewer, and the
     * database decides what it may do anyway.
     */
    public static Account current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT LOGIN, ROLE, PARTNER_ID FROM REGIE_PARTNER.ACCOUNT")) {
            if (result.next()) {
                return new Account(result.getString(1), Role.valueOf(result.getString(2)), result.getString(3));
            }
        }
        String user = sessionUser(connection);
        return new Account(user, enabled(connection) ? Role.VIEWER : Role.ADMINISTRATOR, null);
    }

    /** The database group (role) the accounts of {@code role} belong to; null for the administrator. */
    public static String group(Role role, Connection connection, Dialect dialect) throws SQLException {
        if (role == Role.ADMINISTRATOR) {
            return null;
        }
        String plural = role.name() + "S";
        if (dialect == Dialect.DERBY) {
            return "REGIE_" + plural;
        }
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_database()")) {
            result.next();
            String database = result.getString(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            if (database.length() > 40) {
                database = database.substring(0, 40);
            }
            return "\"" + database + "_regie_" + plural.toLowerCase(Locale.ROOT) + "\"";
        }
    }

    /**
     * Derby: creates the database owner's NATIVE credentials and turns on authentication and SQL authorization, which
     * take effect when the database boots again. Passwords never expire (Derby's default is 31 days).
     */
    public static void enableDerbyAuthentication(Connection connection, String owner, char[] password)
            throws SQLException {
        try (PreparedStatement create = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
            create.setString(1, owner);
            create.setString(2, new String(password));
            create.execute();
        }
        try (PreparedStatement property = connection.prepareStatement(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            // creating the owner's credentials already turned NATIVE authentication on (it cannot be set again)
            for (String[] setting : new String[][] { { "derby.authentication.native.passwordLifetimeMillis", "0" },
                    { "derby.database.sqlAuthorization", "true" } }) {
                property.setString(1, setting[0]);
                property.setString(2, setting[1]);
                property.execute();
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet provider = statement.executeQuery(
                        "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.authentication.provider')")) {
            provider.next();
            if (provider.getString(1) == null || !provider.getString(1).startsWith("NATIVE")) {
                throw new SQLException("Derby did not turn NATIVE authentication on: " + provider.getString(1));
            }
        }
    }

    /**
     * Creates the role groups, their grants and the triggers, and records {@code owner} as the administrator: run as
     * the database owner, once authorization is in force.
     */
    public static void grant(Connection connection, Dialect dialect, String owner) throws SQLException {
        String analysts = group(Role.ANALYST, connection, dialect);
        String viewers = group(Role.VIEWER, connection, dialect);
        String partners = group(Role.PARTNER, connection, dialect);
        try (Statement sql = connection.createStatement()) {
            for (String group : List.of(analysts, viewers, partners)) {
                try {
                    sql.execute("CREATE ROLE " + group + (dialect == Dialect.POSTGRESQL ? " NOLOGIN" : ""));
                } catch (SQLException exists) {
                    if (!"42710".equals(exists.getSQLState()) && !"X0Y68".equals(exists.getSQLState())) {
                        throw exists;
                    }
                }
            }
            if (dialect == Dialect.POSTGRESQL) {
                sql.execute("REVOKE ALL ON ALL TABLES IN SCHEMA app FROM PUBLIC");
                sql.execute("GRANT USAGE ON SCHEMA app TO " + analysts + ", " + viewers + ", " + partners);
                sql.execute("GRANT USAGE ON SCHEMA regie_partner TO PUBLIC");
            }
            for (String table : TABLES) {
                sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON APP." + table + " TO " + analysts);
                sql.execute("GRANT SELECT ON APP." + table + " TO " + viewers);
            }
            sql.execute("GRANT SELECT ON APP.ACCOUNT TO " + analysts);
            sql.execute("GRANT SELECT ON APP.ACCOUNT TO " + viewers);
            for (String view : PUBLIC_VIEWS) {
                sql.execute("GRANT SELECT ON REGIE_PARTNER." + view + " TO PUBLIC");
            }
            for (String view : PARTNER_VIEWS) {
                sql.execute("GRANT SELECT ON REGIE_PARTNER." + view + " TO " + partners);
            }
            for (String table : PARTNER_INSERTS) {
                sql.execute("GRANT INSERT ON APP." + table + " TO " + partners);
            }
            // the import's own batch: its key back after the insert, its row count at the end
            sql.execute("GRANT SELECT (ID), UPDATE (ROW_COUNT, IMPORTED_AT) ON APP.IMPORT_BATCH TO " + partners);
            sql.execute("GRANT SELECT (ID) ON APP.ACTION_REPORT TO " + partners); // its own report's number back
            for (String trigger : triggers(dialect)) {
                sql.execute(trigger);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO APP.ACCOUNT (LOGIN, ROLE, PARTNER_ID) VALUES (?, 'ADMINISTRATOR', NULL)")) {
            insert.setString(1, owner);
            insert.executeUpdate();
        }
    }

    /**
     * The triggers: a partner's signal (and its substances) must be its own partner's; the audit trail and the
     * workspace versions name the database login that wrote them, whatever the client sent.
     */
    private static List<String> triggers(Dialect dialect) {
        if (dialect == Dialect.DERBY) {
            return List.of(
                    "CREATE TRIGGER APP.SIGNAL_PARTNER_SCOPE AFTER INSERT ON APP.SIGNAL REFERENCING NEW AS N"
                            + " FOR EACH ROW INSERT INTO APP.SCOPE_GUARD (REFUSED) SELECT N.ID FROM APP.ACCOUNT A"
                            + " WHERE A.LOGIN = SESSION_USER AND A.ROLE = 'PARTNER' AND A.PARTNER_ID <> N.SOURCE_ID",
                    "CREATE TRIGGER APP.SUBSTANCE_PARTNER_SCOPE AFTER INSERT ON APP.SIGNAL_SUBSTANCE REFERENCING NEW"
                            + " AS N FOR EACH ROW INSERT INTO APP.SCOPE_GUARD (REFUSED) SELECT N.SIGNAL_ID"
                            + " FROM APP.ACCOUNT A WHERE A.LOGIN = SESSION_USER AND A.ROLE = 'PARTNER' AND NOT EXISTS"
                            + " (SELECT 1 FROM APP.SIGNAL S WHERE S.ID = N.SIGNAL_ID AND S.SOURCE_ID = A.PARTNER_ID)",
                    "CREATE TRIGGER APP.REPORT_PARTNER_SCOPE AFTER INSERT ON APP.ACTION_REPORT REFERENCING NEW AS N"
                            + " FOR EACH ROW INSERT INTO APP.SCOPE_GUARD (REFUSED) SELECT N.ACTION_ID FROM APP.ACCOUNT A"
                            + " WHERE A.LOGIN = SESSION_USER AND A.ROLE = 'PARTNER' AND (A.PARTNER_ID <> N.PARTNER_ID"
                            + " OR N.HANDLED_AT IS NOT NULL OR N.HANDLED_BY IS NOT NULL OR NOT EXISTS (SELECT 1"
                            + " FROM APP.PARTNER_ACTION P WHERE P.ACTION_ID = N.ACTION_ID AND P.PARTNER_ID = N.PARTNER_ID))",
                    "CREATE TRIGGER APP.REPORT_AUTHOR AFTER INSERT ON APP.ACTION_REPORT REFERENCING NEW AS N"
                            + " FOR EACH ROW UPDATE APP.ACTION_REPORT SET REPORTED_BY = SESSION_USER"
                            + " WHERE ID = N.ID AND REPORTED_BY <> SESSION_USER",
                    "CREATE TRIGGER APP.AUDIT_AUTHOR AFTER INSERT ON APP.AUDIT_ENTRY REFERENCING NEW AS N"
                            + " FOR EACH ROW UPDATE APP.AUDIT_ENTRY SET AUTHOR = SESSION_USER"
                            + " WHERE ID = N.ID AND AUTHOR <> SESSION_USER",
                    "CREATE TRIGGER APP.VERSION_AUTHOR AFTER INSERT ON APP.WORKSPACE_VERSION REFERENCING NEW AS N"
                            + " FOR EACH ROW UPDATE APP.WORKSPACE_VERSION SET AUTHOR = SESSION_USER"
                            + " WHERE VERSION = N.VERSION AND AUTHOR <> SESSION_USER");
        }
        return List.of(
                "CREATE OR REPLACE FUNCTION app.regie_partner_scope() RETURNS trigger LANGUAGE plpgsql"
                        + " SECURITY DEFINER SET search_path = app, pg_temp AS $$ BEGIN"
                        + " IF TG_TABLE_NAME = 'signal' THEN"
                        + "  IF EXISTS (SELECT 1 FROM app.account a WHERE a.login = session_user AND a.role = 'PARTNER'"
                        + "   AND a.partner_id IS DISTINCT FROM NEW.source_id) THEN"
                        + "   RAISE EXCEPTION 'PARTNER_SCOPE: signal % is not of the partner of %', NEW.id, session_user"
                        + "   USING ERRCODE = '42501'; END IF;"
                        + " ELSIF TG_TABLE_NAME = 'action_report' THEN"
                        + "  NEW.reported_by := session_user;"
                        + "  IF EXISTS (SELECT 1 FROM app.account a WHERE a.login = session_user AND a.role = 'PARTNER'"
                        + "   AND (a.partner_id IS DISTINCT FROM NEW.partner_id OR NEW.handled_at IS NOT NULL"
                        + "   OR NEW.handled_by IS NOT NULL OR NOT EXISTS (SELECT 1 FROM app.partner_action p"
                        + "   WHERE p.action_id = NEW.action_id AND p.partner_id = NEW.partner_id))) THEN"
                        + "   RAISE EXCEPTION 'PARTNER_SCOPE: action % is not of the partner of %', NEW.action_id,"
                        + "   session_user USING ERRCODE = '42501'; END IF;"
                        + " ELSIF EXISTS (SELECT 1 FROM app.account a WHERE a.login = session_user AND a.role = 'PARTNER'"
                        + "   AND NOT EXISTS (SELECT 1 FROM app.signal s WHERE s.id = NEW.signal_id"
                        + "   AND s.source_id = a.partner_id)) THEN"
                        + "   RAISE EXCEPTION 'PARTNER_SCOPE: signal % is not of the partner of %', NEW.signal_id,"
                        + "   session_user USING ERRCODE = '42501';"
                        + " END IF; RETURN NEW; END $$",
                "CREATE TRIGGER signal_partner_scope BEFORE INSERT ON app.signal FOR EACH ROW"
                        + " EXECUTE FUNCTION app.regie_partner_scope()",
                "CREATE TRIGGER substance_partner_scope BEFORE INSERT ON app.signal_substance FOR EACH ROW"
                        + " EXECUTE FUNCTION app.regie_partner_scope()",
                "CREATE TRIGGER report_partner_scope BEFORE INSERT ON app.action_report FOR EACH ROW"
                        + " EXECUTE FUNCTION app.regie_partner_scope()",
                "CREATE OR REPLACE FUNCTION app.regie_author() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " NEW.author := session_user; RETURN NEW; END $$",
                "CREATE TRIGGER audit_author BEFORE INSERT ON app.audit_entry FOR EACH ROW"
                        + " EXECUTE FUNCTION app.regie_author()",
                "CREATE TRIGGER version_author BEFORE INSERT ON app.workspace_version FOR EACH ROW"
                        + " EXECUTE FUNCTION app.regie_author()");
    }

    /** Adds a login in the role's group and its account row. */
    public static void add(Connection connection, Dialect dialect, Account account, char[] password)
            throws SQLException {
        String group = group(account.role(), connection, dialect);
        try (Statement sql = connection.createStatement()) {
            if (dialect == Dialect.DERBY) {
                try (PreparedStatement create = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
                    create.setString(1, account.login());
                    create.setString(2, new String(password));
                    create.execute();
                }
                sql.execute("GRANT " + group + " TO " + account.login());
            } else {
                sql.execute("CREATE ROLE \"" + account.login() + "\" LOGIN IN ROLE " + group);
                // hashed here (SCRAM), so that the password is not in the statement the server may log
                PostgresPasswords.set(connection, account.login(), password);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO APP.ACCOUNT (LOGIN, ROLE, PARTNER_ID) VALUES (?, ?, ?)")) {
            insert.setString(1, account.login());
            insert.setString(2, account.role().name());
            insert.setString(3, account.partnerId());
            insert.executeUpdate();
        }
    }

    /** Removes a login and its account row. */
    public static void remove(Connection connection, Dialect dialect, Account account) throws SQLException {
        String group = group(account.role(), connection, dialect);
        try (Statement sql = connection.createStatement()) {
            if (dialect == Dialect.DERBY) {
                if (group != null) {
                    sql.execute("REVOKE " + group + " FROM " + account.login());
                }
                try (PreparedStatement drop = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_DROP_USER(?)")) {
                    drop.setString(1, account.login());
                    drop.execute();
                }
            } else {
                sql.execute("DROP ROLE \"" + account.login() + "\"");
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM APP.ACCOUNT WHERE LOGIN = ?")) {
            delete.setString(1, account.login());
            delete.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM APP.PARTNER_WORKSPACE WHERE"
                + " PARTNER_ID NOT IN (SELECT PARTNER_ID FROM APP.ACCOUNT WHERE ROLE = 'PARTNER')")) {
            delete.executeUpdate();
        }
    }

    /** Every account, by login. */
    public static List<Account> list(Connection connection) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT LOGIN, ROLE, PARTNER_ID FROM APP.ACCOUNT ORDER BY LOGIN")) {
            while (result.next()) {
                accounts.add(new Account(result.getString(1), Role.valueOf(result.getString(2)), result.getString(3)));
            }
        }
        return accounts;
    }

    /** The partners that have accounts: each gets its own copy of every saved workspace version. */
    public static List<String> partnersWithAccounts(Connection connection) throws SQLException {
        List<String> partners = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT DISTINCT PARTNER_ID FROM APP.ACCOUNT WHERE ROLE = 'PARTNER'")) {
            while (result.next()) {
                partners.add(result.getString(1));
            }
        }
        return partners;
    }

    /**
     * Writes, inside the caller's transaction, the copy of a workspace version that the partners' accounts read: the
     * whole workspace without the actions the partner neither owns nor takes part in, the signals it did not report
     * and the concerns other partners raised.
     */
    public static void writePartnerCopies(Connection connection, Municipality municipality, long version, Instant savedAt,
            String author, String summary) throws SQLException, IOException {
        List<String> partners = partnersWithAccounts(connection);
        if (partners.isEmpty()) {
            return;
        }
        try (Statement clear = connection.createStatement();
                PreparedStatement mine = connection.prepareStatement(
                        "INSERT INTO APP.PARTNER_ACTION (ACTION_ID, PARTNER_ID) VALUES (?, ?)")) {
            clear.executeUpdate("DELETE FROM APP.PARTNER_ACTION");
            for (var all = municipality.eAllContents(); all.hasNext();) {
                if (all.next() instanceof Action action && action.getId() != null) {
                    for (String partner : partners) {
                        if (involves(action, partner)) {
                            mine.setString(1, action.getId());
                            mine.setString(2, partner);
                            mine.addBatch();
                        }
                    }
                }
            }
            mine.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM APP.PARTNER_WORKSPACE WHERE PARTNER_ID = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO APP.PARTNER_WORKSPACE (PARTNER_ID,"
                        + " VERSION, SAVED_AT, AUTHOR, SUMMARY, OBJECT_COUNT, CONTENT) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (String partner : partners) {
                Municipality copy = forPartner(municipality, partner);
                byte[] content = RegieResources.toBinary(copy);
                delete.setString(1, partner);
                delete.executeUpdate();
                insert.setString(1, partner);
                insert.setLong(2, version);
                insert.setTimestamp(3, Timestamp.from(savedAt));
                insert.setString(4, author);
                insert.setString(5, summary);
                int objects = 0;
                for (var all = copy.eAllContents(); all.hasNext(); all.next()) {
                    objects++;
                }
                insert.setInt(6, objects);
                insert.setBinaryStream(7, new ByteArrayInputStream(content), content.length);
                insert.executeUpdate();
            }
        }
    }

    /** What a partner's account sees of a workspace (a copy; the workspace itself is not changed). */
    public static Municipality forPartner(Municipality municipality, String partnerId) {
        Municipality copy = RegieResources.inOwnResource(EcoreUtil.copy(municipality));
        List<EObject> hidden = new ArrayList<>();
        for (var all = copy.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            boolean foreign = object instanceof Action action ? !involves(action, partnerId)
                    : object instanceof Signal signal ? !is(signal.getSource(), partnerId)
                    : object instanceof Concern concern && !is(concern.getPartner(), partnerId);
            if (foreign) {
                hidden.add(object);
                all.prune();
            }
        }
        EcoreUtil.deleteAll(hidden, true);
        return copy;
    }

    private static boolean involves(Action action, String partnerId) {
        return is(action.getOwner(), partnerId)
                || action.getInvolvements().stream().anyMatch(involvement -> is(involvement.getPartner(), partnerId));
    }

    private static boolean is(Partner partner, String partnerId) {
        return partner != null && partnerId.equals(partner.getId());
    }

    /** Marks the weekly summary as behind: a partner's import cannot update it (it may not read it). */
    public static void markSummaryStale(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO APP.SUMMARY_STALE (MARKED_AT) VALUES (?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    /**
     * Rebuilds the weekly summary when a partner's import left it behind; run by an analyst's or the administrator's
     * store before it reads the summary. True when it was rebuilt.
     */
    public static boolean refreshSummary(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM APP.SUMMARY_STALE")) {
            result.next();
            if (result.getLong(1) == 0) {
                return false;
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE APP.SIGNAL_WEEK IN EXCLUSIVE MODE");
            statement.executeUpdate("DELETE FROM APP.SUMMARY_STALE");
            statement.executeUpdate("DELETE FROM APP.SIGNAL_WEEK");
            WeekCounts.backfill(connection);
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
