// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regie.model.Action;
import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.Municipality;
import nl.regie.model.SignalStatus;
import nl.regie.store.Account;
import nl.regie.store.ActionReport;
import nl.regie.model.ActionStatus;
import nl.regie.store.AuditEntry;
import nl.regie.store.LoadedWorkspace;
import nl.regie.store.Role;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.StoreException;
import nl.regie.store.StoreException.Problem;
import nl.regie.store.derby.Credentials;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * Accounts on a shared database, on a Derby network server and on PostgreSQL: what each role may do is enforced by the
 * database itself. A partner's account reads only its own partner's signals and actions and adds signals only for its
 * own partner, through the store and through any SQL its login can send (a modified client); a viewer changes
 * nothing; every version and audit entry names the login that wrote it.
 */
class TeamAccountsTest {

    private static final char[] PASSWORD = "geheim-wachtwoord-1".toCharArray();

    @TempDir
    Path dir;

    private final List<DerbyStore> open = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private String backend;
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @AfterEach
    void cleanUp() {
        open.forEach(DerbyStore::close);
        if ("postgresql".equals(backend)) {
            String database = Backends.postgresqlName(dir);
            List<String> drop = new ArrayList<>(roles);
            for (String group : List.of("analysts", "viewers", "partners")) {
                drop.add("\"" + database + "_regie_" + group + "\"");
            }
            Backends.dropPostgresql(dir, drop);
        }
    }

    private DerbyStore track(DerbyStore store) {
        open.add(store);
        return store;
    }

    /** The settings a login uses: the server's URL without the test administrator's own user and password. */
    private DerbySettings loginSettings(DerbySettings admin) {
        String url = admin.jdbcUrl();
        int query = url.indexOf('?');
        return admin.withJdbcUrl(query < 0 ? url : url.substring(0, query)).withSeedExample(false);
    }

    private String login(String name) {
        String login = name + "_" + suffix;
        roles.add("\"" + login.toLowerCase(Locale.ROOT) + "\"");
        return login;
    }

    private static SignalRecord signal(String id, String source) {
        return new SignalRecord(id, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), source, List.of(), null, null,
                null, ConcernLevel.MODERATE, Confidence.SUSPECTED, SignalStatus.NEW, "team test", null);
    }

    private static List<Action> actions(Municipality municipality) {
        List<Action> actions = new ArrayList<>();
        for (TreeIterator<EObject> it = municipality.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Action action) {
                actions.add(action);
            }
        }
        return actions;
    }

    private static boolean involves(Action action, String partner) {
        return action.getOwner() != null && partner.equals(action.getOwner().getId())
                || action.getInvolvements().stream().anyMatch(i -> i.getPartner() != null
                        && partner.equals(i.getPartner().getId()));
    }

    private Connection raw(DerbySettings settings, String user) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", new String(PASSWORD));
        return Backends.driver(backend).connect(settings.jdbcUrl(), properties);
    }

    private static void refused(Connection connection, String sql) {
        SQLException refusal = assertThrows(SQLException.class, () -> {
            try (Statement statement = connection.createStatement()) {
                if (statement.execute(sql)) {
                    try (ResultSet result = statement.getResultSet()) {
                        result.next();
                    }
                }
            }
        }, "the database refuses: " + sql);
        assertTrue(List.of("42500", "42502", "42501", "23513", "42504", "4251A", "42Y24", "0P000")
                .contains(refusal.getSQLState()), sql + ": " + refusal.getSQLState() + " " + refusal.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "derby-server", "postgresql" })
    void eachRoleGetsWhatTheDatabaseAllowsItAndAPartnerOnlyItsOwnRecords(String backend) throws Exception {
        this.backend = backend;
        DerbySettings settings = Backends.settings(dir, backend);
        DerbyStore admin = track(DerbyStore.open(settings));
        assertEquals(Role.ADMINISTRATOR, admin.current().role(), "before accounts, whoever connects is administrator");
        assertFalse(admin.enabled());

        // two partners of the example: one that owns actions, and one whose actions the first takes no part in
        Municipality full = admin.load().municipality();
        List<Action> all = actions(full);
        String own = all.stream().filter(a -> a.getOwner() != null).findFirst().orElseThrow().getOwner().getId();
        String other = full.getPartners().stream().map(p -> p.getId())
                .filter(p -> !p.equals(own) && all.stream().anyMatch(a -> involves(a, p) && !involves(a, own)))
                .findFirst().orElseThrow();
        assertTrue(all.stream().anyMatch(a -> !involves(a, own)), "the example has actions the partner is not in");
        admin.append(List.of(signal("team-own-1", own), signal("team-other-1", other)), "team test");

        admin.enable(PASSWORD);
        assertTrue(admin.enabled());
        String partnerLogin = login("jongerenwerk");
        String otherLogin = login("politie");
        String analystLogin = login("analist");
        String viewerLogin = login("kijker");
        admin.add(new Account(partnerLogin, Role.PARTNER, own), PASSWORD);
        admin.add(new Account(otherLogin, Role.PARTNER, other), PASSWORD);
        admin.add(new Account(analystLogin, Role.ANALYST, null), PASSWORD);
        admin.add(new Account(viewerLogin, Role.VIEWER, null), PASSWORD);
        assertEquals(5, admin.list().size(), admin.list().toString());
        StoreException unknownPartner = assertThrows(StoreException.class,
                () -> admin.add(new Account(login("onbekend"), Role.PARTNER, "no-such-partner"), PASSWORD));
        assertTrue(unknownPartner.getMessage().contains("no-such-partner"), unknownPartner.getMessage());

        DerbySettings logins = loginSettings(settings);
        StoreException wrong = assertThrows(StoreException.class,
                () -> track(DerbyStore.open(logins, new Credentials(partnerLogin, "verkeerd-1".toCharArray()))));
        assertEquals(Problem.LOGIN_FAILED, wrong.problem(), wrong.getMessage());

        // ---- the partner, through the store
        DerbyStore partner = track(DerbyStore.open(logins, new Credentials(partnerLogin, PASSWORD)));
        assertEquals(Role.PARTNER, partner.current().role());
        assertEquals(own, partner.current().partnerId());
        LoadedWorkspace seen = partner.load();
        List<Action> visible = actions(seen.municipality());
        assertFalse(visible.isEmpty(), "the partner sees its own actions");
        assertTrue(visible.size() < all.size(), visible.size() + " of " + all.size());
        assertTrue(visible.stream().allMatch(a -> involves(a, own)), "only actions the partner owns or is in");
        assertTrue(seen.municipality().getSignals().stream().allMatch(s -> s.getSource() != null
                && own.equals(s.getSource().getId())));
        List<SignalRecord> signals = partner.query(SignalQuery.ALL, 0, 10_000);
        assertFalse(signals.isEmpty());
        assertTrue(signals.stream().allMatch(s -> own.equals(s.sourceId())), "only its own partner's signals");
        assertTrue(partner.find("team-other-1").isEmpty());
        assertEquals(signals.size(), partner.count(SignalQuery.ALL));

        long otherBefore = admin.count(SignalQuery.ALL);
        StoreException foreign = assertThrows(StoreException.class,
                () -> partner.append(List.of(signal("team-forged-1", other)), "forged"));
        assertEquals(Problem.FORBIDDEN, foreign.problem(), foreign.getMessage());
        assertEquals(otherBefore, admin.count(SignalQuery.ALL), "nothing of the refused batch was stored");
        StoreException save = assertThrows(StoreException.class, () -> partner.save(seen.municipality(),
                seen.version().number(), "partner save"));
        assertEquals(Problem.FORBIDDEN, save.problem());
        assertEquals(Problem.FORBIDDEN, assertThrows(StoreException.class,
                () -> partner.retract("team-own-1", "wrong")).problem());

        int weekBefore = admin.weeklyCounts(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5)).stream()
                .mapToInt(c -> (int) c.count()).sum();
        partner.append(List.of(signal("team-own-2", own)), "partner import");
        assertTrue(partner.find("team-own-2").isPresent());
        DerbyStore otherPartner = track(DerbyStore.open(logins, new Credentials(otherLogin, PASSWORD)));
        assertTrue(otherPartner.find("team-own-2").isEmpty(), "another partner does not see it");
        assertTrue(otherPartner.find("team-other-1").isPresent());
        assertTrue(admin.find("team-own-2").isPresent());
        // ---- partners maintain their own actions through reports: on their own actions only, seen by them and analysts
        Action ownAction = visible.get(0);
        Action foreignAction = all.stream().filter(a -> !involves(a, own)).findFirst().orElseThrow();
        ActionReport report = partner.report(ownAction.getId(), ActionStatus.IN_PROGRESS, "Eerste bijeenkomst gehouden");
        assertEquals(partner.current().login(), report.reportedBy());
        assertEquals(Problem.FORBIDDEN, assertThrows(StoreException.class,
                () -> partner.report(foreignAction.getId(), ActionStatus.CANCELLED, "niet van ons")).problem());
        assertEquals(List.of(report.id()), partner.reports(false).stream().map(ActionReport::id).toList());
        assertTrue(otherPartner.reports(false).isEmpty(), "another partner does not see the report");
        assertEquals(Problem.FORBIDDEN, assertThrows(StoreException.class, () -> partner.handle(report.id(), true))
                .problem());

        assertEquals(weekBefore + 1, admin.weeklyCounts(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5))
                .stream().mapToInt(c -> (int) c.count()).sum(), "the summary catches up with a partner's import");

        // ---- the partner, through the SQL its login can send
        try (Connection sql = raw(logins, partnerLogin)) {
            if (!"postgresql".equals(backend)) {
                try (Statement statement = sql.createStatement()) {
                    statement.execute("SET ROLE REGIE_PARTNERS"); // Derby: a session takes on its granted role itself
                }
            }
            refused(sql, "SELECT * FROM APP.SIGNAL");
            refused(sql, "SELECT * FROM APP.WORKSPACE_VERSION");
            refused(sql, "SELECT * FROM APP.SIGNAL_WEEK");
            refused(sql, "SELECT * FROM APP.ACCOUNT");
            refused(sql, "SELECT * FROM APP.AUDIT_ENTRY");
            refused(sql, "UPDATE APP.SIGNAL SET DESCRIPTION = 'changed' WHERE ID = 'team-other-1'");
            refused(sql, "DELETE FROM APP.SIGNAL WHERE ID = 'team-other-1'");
            refused(sql, "UPDATE APP.WORKSPACE_HEAD SET VERSION = 0");
            refused(sql, "INSERT INTO APP.ACCOUNT (LOGIN, ROLE) VALUES ('x', 'ADMINISTRATOR')");
            refused(sql, "INSERT INTO APP.SIGNAL (ID, OBSERVED_ON, SOURCE_ID, CONCERN, CONFIDENCE, STATUS)"
                    + " VALUES ('team-forged-2', CAST('2026-10-05' AS DATE), '" + other + "', 1, 1, 0)");
            refused(sql, "INSERT INTO APP.SIGNAL_SUBSTANCE (SIGNAL_ID, SUBSTANCE_ID) VALUES ('team-other-1', 'x')");
            String reportColumns = "INSERT INTO APP.ACTION_REPORT (ACTION_ID, PARTNER_ID, STATUS, NOTE, REPORTED_BY,"
                    + " REPORTED_AT";
            refused(sql, reportColumns + ") VALUES ('" + foreignAction.getId() + "', '" + own
                    + "', 'CANCELLED', 'x', 'x', CURRENT_TIMESTAMP)");
            refused(sql, reportColumns + ") VALUES ('" + ownAction.getId() + "', '" + other
                    + "', 'CANCELLED', 'x', 'x', CURRENT_TIMESTAMP)");
            refused(sql, reportColumns + ", HANDLED_AT) VALUES ('" + ownAction.getId() + "', '" + own
                    + "', 'COMPLETED', 'x', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            refused(sql, "UPDATE APP.ACTION_REPORT SET NOTE = 'changed'");
            refused(sql, "SELECT * FROM APP.ACTION_REPORT");
            try (Connection fresh = raw(logins, partnerLogin)) { // Derby sets a role outside a transaction only
                refused(fresh, "SET ROLE " + ("postgresql".equals(backend)
                        ? "\"" + Backends.postgresqlName(dir) + "_regie_analysts\"" : "REGIE_ANALYSTS"));
            }
            try (Statement statement = sql.createStatement()) {
                try (ResultSet result = statement.executeQuery(
                        "SELECT COUNT(*) FROM REGIE_PARTNER.SIGNAL WHERE SOURCE_ID <> '" + own + "'")) {
                    result.next();
                    assertEquals(0, result.getInt(1), "the partner view holds no other partner's signal");
                }
                statement.executeUpdate("INSERT INTO APP.ACTION_REPORT (ACTION_ID, PARTNER_ID, STATUS, NOTE,"
                        + " REPORTED_BY, REPORTED_AT) VALUES ('" + ownAction.getId() + "', '" + own + "', 'COMPLETED',"
                        + " 'Afgerond', 'iemand-anders', CURRENT_TIMESTAMP)");
                statement.executeUpdate("INSERT INTO APP.AUDIT_ENTRY (CHANGED_AT, AUTHOR, VERSION, OBJECT_ID,"
                        + " OBJECT_TYPE, CHANGE_KIND) VALUES (CURRENT_TIMESTAMP, 'someone-else', 0, 'forged-entry',"
                        + " 'Signal', 1)");
            }
        }
        List<ActionReport> reports = partner.reports(false);
        assertEquals(2, reports.size());
        assertTrue(reports.stream().allMatch(r -> r.reportedBy().equals(partner.current().login())),
                "the database names the reporting login: " + reports);
        List<AuditEntry> forged = admin.of("forged-entry");
        assertEquals(1, forged.size());
        assertEquals(partner.current().login(), forged.get(0).author(), "the database puts the login in, not the client");
        assertEquals(otherBefore + 1, admin.count(SignalQuery.ALL), "no forged signal was stored");

        // ---- a viewer reads everything and changes nothing
        DerbyStore viewer = track(DerbyStore.open(logins, new Credentials(viewerLogin, PASSWORD)));
        assertEquals(Role.VIEWER, viewer.current().role());
        LoadedWorkspace whole = viewer.load();
        assertEquals(all.size(), actions(whole.municipality()).size());
        assertEquals(admin.count(SignalQuery.ALL), viewer.count(SignalQuery.ALL));
        assertEquals(Problem.FORBIDDEN, assertThrows(StoreException.class, () -> viewer.save(whole.municipality(),
                whole.version().number(), "viewer save")).problem());
        assertEquals(Problem.FORBIDDEN, assertThrows(StoreException.class,
                () -> viewer.append(List.of(signal("team-viewer-1", own)), "viewer")).problem());
        try (Connection sql = raw(logins, viewerLogin)) {
            refused(sql, "UPDATE APP.WORKSPACE_HEAD SET VERSION = 0");
            refused(sql, "DELETE FROM APP.SIGNAL");
        }

        // ---- an analyst changes the plan: the version and its audit entries name the login; the partner's copy follows
        DerbyStore analyst = track(DerbyStore.open(logins, new Credentials(analystLogin, PASSWORD)));
        assertEquals(Role.ANALYST, analyst.current().role());
        LoadedWorkspace current = analyst.load();
        Action mine = actions(current.municipality()).stream().filter(a -> involves(a, own)).findFirst().orElseThrow();
        mine.setTitle("Nieuwe titel " + suffix);
        var saved = analyst.save(current.municipality(), current.version().number(), "analyst");
        assertEquals(analyst.current().login(), saved.author());
        assertEquals(analyst.current().login(), analyst.history().get(0).author());
        List<AuditEntry> changes = analyst.of(mine.getId());
        assertEquals(analyst.current().login(), changes.get(changes.size() - 1).author());
        List<ActionReport> open = analyst.reports(true);
        assertEquals(2, open.size(), "the analyst sees the partner's open reports");
        analyst.handle(report.id(), true);
        assertEquals(1, analyst.reports(true).size());
        ActionReport handled = partner.reports(false).stream().filter(r -> r.id() == report.id()).findFirst()
                .orElseThrow();
        assertFalse(handled.open());
        assertTrue(handled.takenOver());
        assertEquals(analyst.current().login(), handled.handledBy());
        LoadedWorkspace partnerAfter = partner.load();
        assertEquals(saved.number(), partnerAfter.version().number());
        assertTrue(actions(partnerAfter.municipality()).stream().anyMatch(a -> a.getTitle().equals(mine.getTitle())));
        assertEquals(Problem.FORBIDDEN, assertThrows(StoreException.class,
                () -> analyst.add(new Account(login("extra"), Role.VIEWER, null), PASSWORD)).problem());
        try (Connection sql = raw(logins, analystLogin)) {
            refused(sql, "INSERT INTO APP.ACCOUNT (LOGIN, ROLE) VALUES ('x', 'ADMINISTRATOR')");
        }

        // ---- a removed login cannot connect any more
        admin.remove(viewerLogin);
        assertNotEquals(Role.VIEWER, admin.list().stream().filter(a -> a.login().equalsIgnoreCase(viewerLogin))
                .map(Account::role).findFirst().orElse(Role.ADMINISTRATOR));
        assertEquals(Problem.LOGIN_FAILED, assertThrows(StoreException.class,
                () -> track(DerbyStore.open(logins, new Credentials(viewerLogin, PASSWORD)))).problem());
    }
}
