// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.Municipality;
import nl.regie.model.RegieFactory;
import nl.regie.model.Signal;
import nl.regie.model.SignalStatus;
import nl.regie.model.resource.RegieResources;
import nl.regie.sample.GemeenteX;
import nl.regie.store.ConflictException;
import nl.regie.store.ImportReceipt;
import nl.regie.store.LoadedWorkspace;
import nl.regie.store.SignalCount;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.store.StoreException.Problem;
import nl.regie.store.StoreInfo;
import nl.regie.store.StoreMaintenance;
import nl.regie.store.WorkspaceStore;
import nl.regie.store.WorkspaceVersion;
import nl.regie.store.derby.internal.Audits;
import nl.regie.store.AuditEntry;
import nl.regie.store.AuditTrail;
import nl.regie.store.derby.internal.Connections;
import nl.regie.store.derby.internal.Dialect;
import nl.regie.store.derby.internal.Errors;
import nl.regie.store.derby.internal.Fingerprints;
import nl.regie.store.derby.internal.Schema;
import nl.regie.store.derby.internal.WeekCounts;
import nl.regie.store.QuarantinedRecord;
import nl.regie.store.SignalWriter;
import nl.regie.store.derby.internal.SignalRows;
import nl.regie.store.derby.internal.Team;
import nl.regie.store.Account;
import nl.regie.store.Accounts;
import nl.regie.store.ActionReport;
import nl.regie.store.ActionReports;
import nl.regie.store.Role;

/**
 * The Regie store on Apache Derby: embedded in the user's data folder by default, or against a Derby network server.
 * Workspace versions are EMF binary resources in BLOBs (the fastest to load, see docs/benchmarks.md); signals are
 * rows with the indexes the filters need. Every save and every batch is one transaction.
 *
 * <p>Used through OSGi as the {@code nl.regie.store.derby} component; tools and tests outside OSGi open one with
 * {@link #open(DerbySettings)} and close it when done.
 */
public final class DerbyStore implements WorkspaceStore, SignalStore, StoreMaintenance, AuditTrail, Accounts,
        ActionReports, AutoCloseable {

    private final DerbySettings settings;
    private final Connections connections;
    private Fingerprints fingerprints;
    private long fingerprintVersion = -1;

    private final Dialect dialect;
    /** Who this store works as (the administrator when the database has no accounts). */
    private volatile Account account;

    private DerbyStore(DerbySettings settings, Credentials credentials) throws SQLException {
        this.settings = settings;
        this.connections = new Connections(settings, credentials);
        this.dialect = connections.dialect();
    }

    /**
     * {@link #open(DerbySettings)} logging in to a shared database with accounts ({@link Accounts}); the
     * credentials are kept in memory only.
     */
    public static DerbyStore open(DerbySettings settings, Credentials credentials) throws StoreException {
        if (credentials != null && settings.embedded()) {
            throw new StoreException(Problem.INVALID_INPUT, "an embedded database has no accounts: a login needs a"
                    + " shared database (a Derby network server or PostgreSQL, jdbcUrl)");
        }
        return openWith(settings, credentials);
    }

    /**
     * Opens (and on first use creates, migrates and seeds) the database the settings name. A database written by a
     * newer Regie is refused and left as it is.
     */
    public static DerbyStore open(DerbySettings settings) throws StoreException {
        return openWith(settings, null);
    }

    /**
     * Opens another municipality's database for reading (the region view): a JDBC URL of a shared database, logged in
     * with {@code credentials} when given, or the data folder of an embedded one. Nothing is created or seeded.
     */
    public static DerbyStore openOther(String jdbcUrlOrFolder, Credentials credentials) throws StoreException {
        if (jdbcUrlOrFolder.startsWith("jdbc:")) {
            DerbySettings settings = DerbySettings.embedded(Path.of(System.getProperty("java.io.tmpdir")))
                    .withJdbcUrl(jdbcUrlOrFolder).withSeedExample(false);
            return credentials == null ? open(settings) : open(settings, credentials);
        }
        Path folder = Path.of(jdbcUrlOrFolder).toAbsolutePath();
        if (!Files.exists(folder.resolve("db").resolve("service.properties"))) {
            throw new StoreException(Problem.MISSING_DATA, folder, "no Regie database in this folder");
        }
        return open(DerbySettings.embedded(folder).withSeedExample(false));
    }

    private static DerbyStore openWith(DerbySettings settings, Credentials credentials)
            throws StoreException {
        if (settings.embedded()) {
            prepareDataFolder(settings);
        } else if (Dialect.of(settings) == Dialect.POSTGRESQL && (settings.bootPassword() != null || settings.encrypt())) {
            throw new StoreException(Problem.INVALID_INPUT, "a PostgreSQL database has no boot password: encryption at"
                    + " rest is the database server's (its disks); leave bootPassword and encrypt unset");
        }
        DerbyStore store;
        try {
            store = new DerbyStore(settings, credentials);
        } catch (SQLException e) {
            throw Errors.translate(e, Connections.location(settings));
        }
        store.start();
        return store;
    }

    private static void prepareDataFolder(DerbySettings settings) throws StoreException {
        Path folder = settings.dataFolder().toAbsolutePath();
        if (folder.getParent() != null && !Files.isDirectory(folder.getParent())) {
            // A data folder whose parent is gone is an unmounted disk or a typo, not a first start.
            throw new StoreException(Problem.MISSING_DATA, folder, "the folder that should hold it, "
                    + folder.getParent() + ", does not exist (an unmounted disk?)");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Problem.MISSING_DATA, e, folder, e.toString());
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException(Problem.MISSING_DATA, folder, "not writable");
        }
        Path db = settings.databaseFolder();
        if (Files.isDirectory(db) && !Files.exists(db.resolve("service.properties"))) {
            throw new StoreException(Problem.DAMAGED, db, "service.properties is missing");
        }
        // Derby's page cache holds 1,000 pages by default; a large import updates several indexes at once and
        // spends a fifth of its time evicting pages with that (docs/benchmarks.md). Read when the engine boots.
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            System.setProperty("derby.storage.pageCacheSize", "6000");
        }
        // derby.log goes to the data folder, not the working directory; Derby reads this when its engine boots.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        }
    }

    private void start() throws StoreException {
        // a login works on a database its owner created: only the owner (or a store without login) creates one
        try (Connection connection = connections.loggedIn() ? connections.open() : connections.openCreating()) {
            int version = Schema.version(connection);
            if (version > Schema.LATEST) {
                connection.close();
                connections.shutdown();
                throw new StoreException(Problem.SCHEMA_TOO_NEW, connections.location(), version, Schema.LATEST);
            }
            if (version < Schema.LATEST) {
                Schema.migrate(connection, Schema.LATEST);
            }
            takeRole(Team.current(connection), connection);
            boolean own = settings.municipality() != null && !settings.municipality().isBlank();
            if (account.role().mayEdit() && (settings.seedExample() || own) && headVersion(connection) == 0) {
                try {
                    if (settings.seedExample()) {
                        seed(connection);
                    } else {
                        start(connection, settings.municipality().strip());
                    }
                } catch (ConflictException seededByAnother) {
                    // Two clients opened a new shared database at once; the other one seeded it.
                }
            }
        } catch (SQLException e) {
            connections.shutdown();
            throw Errors.translate(e, connections.location());
        } catch (StoreException e) {
            connections.shutdown();
            throw e;
        }
    }

    /**
     * Works as {@code who} from now on: a partner's connections read the partner views, and on Derby every connection
     * takes on the role's group.
     */
    private void takeRole(Account who, Connection connection) throws SQLException {
        account = who;
        if (!connections.loggedIn() || who.role() == Role.ADMINISTRATOR) {
            connections.scope(Connections.Scope.REGIE);
            return;
        }
        String group = dialect == Dialect.DERBY ? Team.group(who.role(), connection, dialect) : null;
        connections.scope(new Connections.Scope(who.role() == Role.PARTNER, group));
    }

    /** Refuses what the account's role may not do, with a clear message (the database would refuse it too). */
    private void allow(boolean allowed, String what) throws StoreException {
        if (!allowed) {
            throw new StoreException(Problem.FORBIDDEN, connections.location(), account.login() + " ("
                    + account.role().name().toLowerCase(java.util.Locale.ROOT) + ") may not " + what);
        }
    }

    /** The example workspace and its signals, in one transaction: a crash leaves both or neither. */
    private void seed(Connection connection) throws SQLException, StoreException {
        Municipality example = GemeenteX.create();
        List<SignalRecord> signals = example.getSignals().stream().map(SignalRecord::of).toList();
        transaction(connection, () -> {
            Written written = writeVersion(connection, example, 0, "Voorbeeldgemeente Gemeente X");
            writeSignals(connection, signals, "example municipality", null);
            return written;
        });
    }

    /**
     * A new database for a municipality of its own (an IT department's configured product): an empty workspace with
     * its name, as version 1. Its policy, partners, substances and areas come in with {@code ./regie import-workspace}
     * (the workbench does not create them yet); until then signals naming a substance or area are refused as unknown.
     */
    private void start(Connection connection, String name) throws SQLException, StoreException {
        Municipality own = nl.regie.model.RegieFactory.eINSTANCE.createMunicipality();
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        own.setId(slug.isEmpty() ? "gemeente" : slug);
        own.setName(name);
        transaction(connection, () -> writeVersion(connection, own, 0, "Nieuwe werkruimte voor " + name));
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    private interface InTransaction<T> {
        T run() throws SQLException, StoreException;
    }

    /** Runs {@code work} as one transaction: committed when it returns, rolled back when it throws. */
    private static <T> T transaction(Connection connection, InTransaction<T> work) throws SQLException, StoreException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | StoreException | RuntimeException e) {
            rollback(connection, e);
            throw e;
        } finally {
            resetAutoCommit(connection, autoCommit);
        }
    }

    /** A version as written, with the fingerprints to remember once it is committed. */
    private record Written(WorkspaceVersion version, Fingerprints fingerprints) {
    }

    /** The settings this store was opened with. */
    public DerbySettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------------------------------------- workspace

    @Override
    public LoadedWorkspace load() throws StoreException {
        try (Connection connection = connections.open()) {
            return readHead(connection);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    /** The latest version (for a partner: its own copy of it). */
    private LoadedWorkspace readHead(Connection connection) throws SQLException, StoreException {
        try (PreparedStatement select = connection.prepareStatement("SELECT v.VERSION, v.SAVED_AT, v.AUTHOR,"
                + " v.SUMMARY, v.OBJECT_COUNT, v.CONTENT FROM WORKSPACE_VERSION v JOIN WORKSPACE_HEAD h"
                + " ON v.VERSION = h.VERSION WHERE h.ID = 1");
                ResultSet result = select.executeQuery()) {
            if (!result.next()) {
                Municipality empty = RegieResources.inOwnResource(RegieFactory.eINSTANCE.createMunicipality());
                return new LoadedWorkspace(empty, new WorkspaceVersion(0, Instant.EPOCH, "", "empty", 0));
            }
            WorkspaceVersion version = version(result);
            return new LoadedWorkspace(read(result.getBinaryStream("CONTENT")), version);
        }
    }

    @Override
    public WorkspaceVersion save(Municipality municipality, long basedOn, String note) throws StoreException {
        allow(account.role().mayEdit(), "save the workspace");
        try (Connection connection = connections.open()) {
            return saveVersion(connection, municipality, basedOn, note);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    private WorkspaceVersion saveVersion(Connection connection, Municipality municipality, long basedOn, String note)
            throws SQLException, StoreException {
        Written written = transaction(connection, () -> writeVersion(connection, municipality, basedOn, note));
        synchronized (this) {
            fingerprints = written.fingerprints();
            fingerprintVersion = written.version().number();
        }
        return written.version();
    }

    /** Writes a new version inside the caller's transaction; throws a ConflictException when basedOn is stale. */
    private Written writeVersion(Connection connection, Municipality municipality, long basedOn, String note)
            throws SQLException, StoreException {
        byte[] content;
        try {
            content = RegieResources.toBinary(municipality);
        } catch (IOException e) {
            throw new StoreException(Problem.OTHER, e, connections.location(), e.toString());
        }
        Fingerprints next = Fingerprints.of(municipality);
        byte[] nextFingerprints = next.toBytes();
        long number = basedOn + 1;
        Instant now = Instant.now();
        Fingerprints previous = previousFingerprints(connection, basedOn);
        String summary = previous != null ? previous.summaryTo(next)
                : basedOn == 0 ? "+" + next.size() + " objects" : next.size() + " objects";
        if (note != null && !note.isBlank()) {
            summary = note.strip() + " (" + summary + ")";
        }
        if (summary.length() > 4000) {
            summary = summary.substring(0, 3997) + "...";
        }
        try (PreparedStatement head = connection.prepareStatement(
                "UPDATE WORKSPACE_HEAD SET VERSION = ? WHERE ID = 1 AND VERSION = ?")) {
            head.setLong(1, number);
            head.setLong(2, basedOn);
            if (head.executeUpdate() == 0) {
                connection.rollback();
                throw new ConflictException(basedOn, latest(connection));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO WORKSPACE_VERSION (VERSION,"
                + " SAVED_AT, AUTHOR, SUMMARY, OBJECT_COUNT, CONTENT) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, number);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, author());
            insert.setString(4, summary);
            insert.setInt(5, next.size());
            insert.setBinaryStream(6, new ByteArrayInputStream(content), content.length);
            insert.executeUpdate();
        }
        Audits.write(connection, auditRows(connection, municipality, basedOn, next), now, author(), number);
        try {
            Team.writePartnerCopies(connection, municipality, number, now, author(), summary);
        } catch (IOException e) {
            throw new StoreException(Problem.OTHER, e, connections.location(), e.toString());
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM WORKSPACE_FINGERPRINT");
                PreparedStatement keep = connection.prepareStatement(
                        "INSERT INTO WORKSPACE_FINGERPRINT (ID, VERSION, CONTENT) VALUES (1, ?, ?)")) {
            delete.executeUpdate();
            keep.setLong(1, number);
            keep.setBinaryStream(2, new ByteArrayInputStream(nextFingerprints), nextFingerprints.length);
            keep.executeUpdate();
        }
        return new Written(new WorkspaceVersion(number, now, author(), summary, next.size()), next);
    }

    /**
     * The audit entries of a new version: per object and property against version {@code basedOn} (read back from
     * the database); for the first version one entry for the workspace as a whole.
     */
    private List<Audits.Row> auditRows(Connection connection, Municipality municipality, long basedOn, Fingerprints next)
            throws SQLException, StoreException {
        if (basedOn == 0) {
            return List.of(new Audits.Row(municipality.getId() == null ? "workspace" : municipality.getId(),
                    municipality.eClass().getName(), AuditEntry.Change.CREATED, null, null,
                    municipality.getName() + ", " + next.size() + " objects"));
        }
        Municipality previous;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT CONTENT FROM WORKSPACE_VERSION WHERE VERSION = ?")) {
            select.setLong(1, basedOn);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return List.of();
                }
                previous = read(result.getBinaryStream(1));
            }
        }
        return Audits.diff(previous, municipality);
    }

    /** The fingerprints of version {@code basedOn}: kept in memory after a save here, else from the database. */
    private Fingerprints previousFingerprints(Connection connection, long basedOn) throws SQLException {
        synchronized (this) {
            if (fingerprints != null && fingerprintVersion == basedOn) {
                return fingerprints;
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT CONTENT FROM WORKSPACE_FINGERPRINT WHERE ID = 1 AND VERSION = ?")) {
            select.setLong(1, basedOn);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                try (InputStream in = result.getBinaryStream(1)) {
                    return Fingerprints.fromBytes(in);
                } catch (IOException e) {
                    return null; // only the summary suffers
                }
            }
        }
    }

    @Override
    public WorkspaceVersion importWorkspace(Municipality municipality, long basedOn, String note) throws StoreException {
        allow(account.role().mayEdit(), "import a workspace");
        List<SignalRecord> signals = records(municipality);
        Set<Signal> referenced = new java.util.HashSet<>();
        for (TreeIterator<EObject> it = municipality.eAllContents(); it.hasNext();) {
            if (it.next() instanceof nl.regie.model.Action action) {
                referenced.addAll(action.getSignals());
            }
        }
        // The model keeps the signals that its actions refer to; all of them become rows.
        municipality.getSignals().retainAll(referenced);
        try (Connection connection = connections.open()) {
            Written written = transaction(connection, () -> {
                Written version = writeVersion(connection, municipality, basedOn, note);
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM SIGNAL_SUBSTANCE");
                    statement.executeUpdate("DELETE FROM SIGNAL");
                    statement.executeUpdate("DELETE FROM SIGNAL_WEEK");
                }
                writeSignals(connection, signals, note == null ? "workspace import" : note, null);
                return version;
            });
            synchronized (this) {
                fingerprints = written.fingerprints();
                fingerprintVersion = written.version().number();
            }
            return written.version();
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public List<WorkspaceVersion> history() throws StoreException {
        try (Connection connection = connections.open();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT VERSION, SAVED_AT, AUTHOR, SUMMARY, OBJECT_COUNT"
                        + " FROM WORKSPACE_VERSION ORDER BY VERSION DESC")) {
            List<WorkspaceVersion> versions = new ArrayList<>();
            while (result.next()) {
                versions.add(version(result));
            }
            return versions;
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public Municipality loadVersion(long number) throws StoreException {
        try (Connection connection = connections.open();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT CONTENT FROM WORKSPACE_VERSION WHERE VERSION = ?")) {
            select.setLong(1, number);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new StoreException(Problem.INVALID_INPUT, "version " + number + " does not exist");
                }
                return read(result.getBinaryStream(1));
            }
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public WorkspaceVersion restoreVersion(long number, long basedOn) throws StoreException {
        Municipality old = loadVersion(number);
        return save(old, basedOn, "Restored version " + number);
    }

    @Override
    public StoreInfo info() {
        boolean encrypted = false;
        if (settings.embedded()) {
            Properties service = new Properties();
            try (InputStream in = Files.newInputStream(settings.databaseFolder().resolve("service.properties"))) {
                service.load(in);
                encrypted = Boolean.parseBoolean(service.getProperty("dataEncryption"));
            } catch (IOException e) {
                encrypted = settings.encrypt();
            }
        }
        return new StoreInfo(connections.location(), !settings.embedded(), encrypted, Schema.LATEST);
    }

    private Municipality read(InputStream content) throws StoreException {
        try (InputStream in = content) {
            return RegieResources.fromBinary(in);
        } catch (IOException e) {
            throw new StoreException(Problem.DAMAGED, e, connections.location(), e.toString());
        }
    }

    private static long headVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT VERSION FROM WORKSPACE_HEAD WHERE ID = 1")) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static WorkspaceVersion latest(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT v.VERSION, v.SAVED_AT, v.AUTHOR, v.SUMMARY,"
                        + " v.OBJECT_COUNT FROM WORKSPACE_VERSION v JOIN WORKSPACE_HEAD h ON v.VERSION = h.VERSION")) {
            return result.next() ? version(result) : new WorkspaceVersion(0, Instant.EPOCH, "", "empty", 0);
        }
    }

    private static WorkspaceVersion version(ResultSet result) throws SQLException {
        return new WorkspaceVersion(result.getLong("VERSION"), result.getTimestamp("SAVED_AT").toInstant(),
                result.getString("AUTHOR"), result.getString("SUMMARY"), result.getInt("OBJECT_COUNT"));
    }

    private String author() {
        if (connections.loggedIn()) {
            return account.login();
        }
        return settings.author() == null || settings.author().isBlank() ? "regie" : settings.author();
    }

    /** The number of model objects in {@code root}, itself included. */
    static int count(EObject root) {
        int count = 1;
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------- signals

    @Override
    public ImportReceipt append(List<SignalRecord> batch, String source) throws StoreException {
        return append(batch, source, null);
    }

    /**
     * {@link #append(List, String)} that reports, after every chunk written inside the transaction, how many rows
     * it has written so far (for progress monitors, and for the crash test).
     */
    public ImportReceipt append(List<SignalRecord> batch, String source, LongConsumer progress) throws StoreException {
        allow(account.role().mayImport(), "import signals");
        Set<String> ids = new HashSet<>();
        for (SignalRecord record : batch) {
            if (!ids.add(record.id())) {
                throw new StoreException(Problem.INVALID_INPUT,
                        "signal id " + record.id() + " occurs twice in the batch from " + source);
            }
        }
        try (Connection connection = connections.open()) {
            return insertSignals(connection, batch, source, progress);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState()) || (e.getNextException() != null
                    && "23505".equals(e.getNextException().getSQLState()))) {
                throw new StoreException(Problem.INVALID_INPUT, e, duplicateMessage(batch, source));
            }
            throw Errors.translate(e, connections.location());
        }
    }

    private String duplicateMessage(List<SignalRecord> batch, String source) {
        try (Connection connection = connections.open();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM SIGNAL WHERE ID = ?")) {
            for (SignalRecord record : batch) {
                exists.setString(1, record.id());
                try (ResultSet result = exists.executeQuery()) {
                    if (result.next()) {
                        return "signal id " + record.id() + " from " + source
                                + " is already stored; nothing of this batch was stored";
                    }
                }
            }
        } catch (SQLException e) {
            // fall through to the general message
        }
        return "a signal id from " + source + " is already stored; nothing of this batch was stored";
    }

    private ImportReceipt insertSignals(Connection connection, List<SignalRecord> batch, String source,
            LongConsumer progress) throws SQLException, StoreException {
        return transaction(connection, () -> writeSignals(connection, batch, source, progress));
    }

    /** Writes a batch inside the caller's transaction. */
    private ImportReceipt writeSignals(Connection connection, List<SignalRecord> batch, String source,
            LongConsumer progress) throws SQLException {
        Instant now = Instant.now();
        long batchId = newBatch(connection, source, batch.size(), now);
        insertRows(connection, batch, batchId, progress);
        auditImport(connection, batchId, batch.size(), source, now);
        WeekCounts weeks = new WeekCounts();
        batch.stream().filter(record -> record.status() != SignalStatus.RETRACTED).forEach(record -> weeks.add(record, 1));
        applyWeeks(connection, weeks);
        return new ImportReceipt(batchId, batch.size(), now);
    }

    /**
     * Brings the weekly summary up to date inside the caller's transaction; a partner, who may not read it, marks it
     * behind instead and an analyst's store rebuilds it before reading it.
     */
    private void applyWeeks(Connection connection, WeekCounts weeks) throws SQLException {
        if (account.role() == Role.PARTNER) {
            Team.markSummaryStale(connection);
        } else {
            weeks.apply(connection);
        }
    }

    private void auditImport(Connection connection, long batchId, int rows, String source, Instant now)
            throws SQLException {
        Audits.write(connection, List.of(new Audits.Row(Audits.batchId(batchId), "ImportBatch",
                AuditEntry.Change.IMPORTED, null, null, rows + " signals from " + source)), now, author(), 0);
    }

    private long newBatch(Connection connection, String source, int rows, Instant now) throws SQLException {
        String sql = "INSERT INTO APP.IMPORT_BATCH (IMPORTED_AT, SOURCE, ROW_COUNT) VALUES (?, ?, ?)";
        // PostgreSQL's driver returns every column unless told which; a partner may read only the id
        try (PreparedStatement insert = dialect == Dialect.POSTGRESQL ? connection.prepareStatement(sql,
                new String[] { "id" }) : connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setString(2, source == null ? "" : source.length() > 1000 ? source.substring(0, 1000) : source);
            insert.setInt(3, rows);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void insertRows(Connection connection, List<SignalRecord> batch, long batchId, LongConsumer progress)
            throws SQLException {
        if (settings.embedded()) {
            insertThroughTableFunctions(connection, batch, batchId, progress);
        } else {
            insertInJdbcBatches(connection, batch, batchId, progress);
        }
    }

    @Override
    public SignalWriter writer(String source) throws StoreException {
        allow(account.role().mayImport(), "import signals");
        try {
            return new Writer(source);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    /**
     * One transaction on its own connection for the whole stream. Dedup reads go through the same connection (and
     * skip this writer's own rows by batch id): a second connection would wait for the table lock that Derby takes
     * for a large insert. That lock also means other readers of the signals wait until the import commits.
     * Derby's connections are synchronised, so a read from another thread waits for a chunk being written.
     */
    private final class Writer implements SignalWriter {
        private final Connection connection;
        private final String source;
        private final long batchId;
        private final Instant started = Instant.now();
        private final WeekCounts weeks = new WeekCounts();
        private int rows;
        private volatile boolean finished;
        private volatile SQLException failure;

        Writer(String source) throws SQLException {
            this.source = source;
            this.connection = connections.open();
            try {
                connection.setAutoCommit(false);
                batchId = newBatch(connection, source, 0, started);
            } catch (SQLException e) {
                rollback(connection, e);
                connection.close();
                throw e;
            }
        }

        @Override
        public void write(List<SignalRecord> chunk) throws StoreException {
            check();
            try {
                // in key order: consecutive inserts land on the same index pages, which are then still cached
                List<SignalRecord> sorted = new ArrayList<>(chunk);
                sorted.sort(Comparator.comparing(SignalRecord::id));
                insertRows(connection, sorted, batchId, null);
            } catch (SQLException e) {
                fail(e);
                if (isDuplicate(e)) {
                    throw new StoreException(Problem.INVALID_INPUT, e, "a signal id from " + source
                            + " is already stored or occurs twice; nothing of this import was stored");
                }
                throw Errors.translate(e, connections.location());
            }
            chunk.stream().filter(record -> record.status() != SignalStatus.RETRACTED).forEach(record -> weeks.add(record, 1));
            rows += chunk.size();
        }

        @Override
        public void quarantine(List<QuarantinedRecord> records) throws StoreException {
            check();
            try {
                insertQuarantine(connection, records, batchId);
            } catch (SQLException e) {
                fail(e);
                throw Errors.translate(e, connections.location());
            }
        }

        @Override
        public List<SignalRecord> stored(SignalQuery query) throws StoreException {
            check();
            try {
                return select(connection, query, " (s.BATCH_ID IS NULL OR s.BATCH_ID <> " + batchId + ")", 0,
                        Integer.MAX_VALUE);
            } catch (SQLException e) {
                throw Errors.translate(e, connections.location());
            }
        }

        @Override
        public Set<String> storedIds(java.util.Collection<String> ids) throws StoreException {
            check();
            Set<String> stored = new HashSet<>();
            List<String> all = new ArrayList<>(ids);
            try {
                for (int from = 0; from < all.size(); from += 500) {
                    List<String> part = all.subList(from, Math.min(all.size(), from + 500));
                    try (PreparedStatement select = connection.prepareStatement("SELECT ID FROM SIGNAL WHERE ID IN ("
                            + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")")) {
                        for (int i = 0; i < part.size(); i++) {
                            select.setString(i + 1, part.get(i));
                        }
                        try (ResultSet result = select.executeQuery()) {
                            while (result.next()) {
                                stored.add(result.getString(1));
                            }
                        }
                    }
                }
                return stored;
            } catch (SQLException e) {
                throw Errors.translate(e, connections.location());
            }
        }

        @Override
        public ImportReceipt commit() throws StoreException {
            check();
            try {
                applyWeeks(connection, weeks);
                try (PreparedStatement count = connection.prepareStatement(
                        "UPDATE APP.IMPORT_BATCH SET ROW_COUNT = ?, IMPORTED_AT = ? WHERE ID = ?")) {
                    Instant now = Instant.now();
                    count.setInt(1, rows);
                    count.setTimestamp(2, Timestamp.from(now));
                    count.setLong(3, batchId);
                    count.executeUpdate();
                    auditImport(connection, batchId, rows, source, now);
                    connection.commit();
                    finished = true;
                    return new ImportReceipt(batchId, rows, now);
                }
            } catch (SQLException e) {
                fail(e);
                throw Errors.translate(e, connections.location());
            } finally {
                closeQuietly();
            }
        }

        @Override
        public void close() {
            if (!finished) {
                finished = true;
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    // the connection is gone; Derby rolls back what was not committed
                }
            }
            closeQuietly();
        }

        private void check() throws StoreException {
            if (failure != null) {
                throw Errors.translate(failure, connections.location());
            }
            if (finished) {
                throw new StoreException(Problem.INVALID_INPUT, "the signal writer for " + source + " has ended");
            }
        }

        private void fail(SQLException e) {
            failure = failure == null ? e : failure;
            finished = true;
            rollback(connection, e);
            closeQuietly();
        }

        private void closeQuietly() {
            try {
                if (!connection.isClosed()) {
                    connection.close();
                }
            } catch (SQLException e) {
                // nothing more to do with it
            }
        }
    }

    private static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState())
                || (e.getNextException() != null && "23505".equals(e.getNextException().getSQLState()));
    }

    /**
     * Two INSERT ... SELECT statements over table functions that stream the batch from memory (schema migration
     * 3): Derby's own import path, inside the caller's transaction. The functions run in the JVM of the database
     * engine, which holds the batch only for the embedded database. Derby may load their class through the
     * context class loader, so it is ours for the duration.
     */
    private static void insertThroughTableFunctions(Connection connection, List<SignalRecord> batch, long batchId,
            LongConsumer progress) throws SQLException {
        String token = SignalRows.register(batch, progress);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SignalRows.class.getClassLoader());
        try (PreparedStatement signals = connection.prepareStatement("INSERT INTO APP.SIGNAL (ID, OBSERVED_ON,"
                + " REPORTED_ON, SOURCE_ID, TARGET_GROUP_ID, SETTING_ID, AREA_ID, CONCERN, CONFIDENCE, STATUS,"
                + " DESCRIPTION, RETRACTION_REASON, BATCH_ID) SELECT t.ID, t.OBSERVED_ON, t.REPORTED_ON, t.SOURCE_ID,"
                + " t.TARGET_GROUP_ID, t.SETTING_ID, t.AREA_ID, t.CONCERN, t.CONFIDENCE, t.STATUS, t.DESCRIPTION,"
                + " t.RETRACTION_REASON, CAST(? AS BIGINT) FROM TABLE (REGIE_SIGNAL_ROWS(?)) t");
                PreparedStatement substances = connection.prepareStatement("INSERT INTO APP.SIGNAL_SUBSTANCE"
                        + " (SIGNAL_ID, SUBSTANCE_ID) SELECT t.SIGNAL_ID, t.SUBSTANCE_ID"
                        + " FROM TABLE (REGIE_SIGNAL_SUBSTANCE_ROWS(?)) t")) {
            signals.setLong(1, batchId);
            signals.setString(2, token);
            signals.executeUpdate();
            substances.setString(1, token);
            substances.executeUpdate();
        } finally {
            thread.setContextClassLoader(previous);
            SignalRows.unregister(token);
        }
    }

    /** Row by row in JDBC batches of 1,000: what works against a network server, whose JVM cannot see the batch. */
    private static void insertInJdbcBatches(Connection connection, List<SignalRecord> batch, long batchId,
            LongConsumer progress) throws SQLException {
        try (PreparedStatement signals = connection.prepareStatement("INSERT INTO APP.SIGNAL (ID, OBSERVED_ON,"
                + " REPORTED_ON, SOURCE_ID, TARGET_GROUP_ID, SETTING_ID, AREA_ID, CONCERN, CONFIDENCE, STATUS,"
                + " DESCRIPTION, RETRACTION_REASON, BATCH_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement substances = connection.prepareStatement(
                        "INSERT INTO APP.SIGNAL_SUBSTANCE (SIGNAL_ID, SUBSTANCE_ID) VALUES (?, ?)")) {
            int pending = 0;
            long written = 0;
            for (SignalRecord record : batch) {
                signals.setString(1, record.id());
                signals.setDate(2, Date.valueOf(record.observedOn()));
                setDate(signals, 3, record.reportedOn());
                signals.setString(4, record.sourceId());
                signals.setString(5, record.targetGroupId());
                signals.setString(6, record.settingId());
                signals.setString(7, record.areaId());
                signals.setShort(8, (short) record.concern().getValue());
                signals.setShort(9, (short) record.confidence().getValue());
                signals.setShort(10, (short) record.status().getValue());
                signals.setString(11, record.description());
                signals.setString(12, record.retractionReason());
                signals.setLong(13, batchId);
                signals.addBatch();
                for (String substance : record.substanceIds()) {
                    substances.setString(1, record.id());
                    substances.setString(2, substance);
                    substances.addBatch();
                }
                if (++pending == 1000) {
                    signals.executeBatch();
                    substances.executeBatch();
                    written += pending;
                    pending = 0;
                    if (progress != null) {
                        progress.accept(written);
                    }
                }
            }
            signals.executeBatch();
            substances.executeBatch();
            if (progress != null) {
                progress.accept(written + pending);
            }
        }
    }

    /**
     * Rolls back after {@code failure} without hiding it: when Derby has shut the database down (a full disk, say),
     * the rollback itself fails, and the original error is the one the user must see.
     */
    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void resetAutoCommit(Connection connection, boolean autoCommit) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // the connection is gone; closing it below is all that is left to do
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    @Override
    public List<SignalRecord> query(SignalQuery query, int offset, int limit) throws StoreException {
        if (offset < 0 || limit < 0) {
            throw new StoreException(Problem.INVALID_INPUT, "offset and limit must not be negative");
        }
        if (limit == 0) {
            return List.of();
        }
        try (Connection connection = connections.open()) {
            return select(connection, query, null, offset, limit);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    /** The matching signals, with {@code extra} (SQL over alias s) added to the conditions when not null. */
    /**
     * Derby's hint to read signals through the newest-first index (a comment to PostgreSQL); none for a partner, whose
     * SIGNAL is a view (Derby takes index hints on tables only).
     */
    private String newestFirst() {
        return account != null && account.role() == Role.PARTNER ? "" : " --DERBY-PROPERTIES index=SIGNAL_NEWEST\n";
    }

    private List<SignalRecord> select(Connection connection, SignalQuery query, String extra, int offset,
            int limit) throws SQLException {
        Where where = where(query);
        String condition = extra == null ? where.sql
                : where.sql.isEmpty() ? " WHERE" + extra : where.sql + " AND" + extra;
        // Read in the order of the newest-first index, so a page stops after its rows instead of sorting all that
        // match; left to itself, Derby's optimizer prefers a sort whenever a filter is given (docs/benchmarks.md).
        String order = " ORDER BY s.OBSERVED_ON DESC, s.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        String columns = "SELECT s.ID, s.OBSERVED_ON, s.REPORTED_ON, s.SOURCE_ID, s.TARGET_GROUP_ID, s.SETTING_ID,"
                + " s.AREA_ID, s.CONCERN, s.CONFIDENCE, s.STATUS, s.DESCRIPTION, s.RETRACTION_REASON FROM SIGNAL s";
        List<String> page = null;
        if (limit <= 1000 && condition.isEmpty()) {
            // A page deep in all signals: its ids from the index alone (which holds date and id), then those rows;
            // reading every skipped row from the table made a page at row 500,000 take 2.5 s.
            page = new ArrayList<>();
            try (PreparedStatement ids = connection.prepareStatement("SELECT s.ID FROM SIGNAL s" + newestFirst()
                    + order)) {
                ids.setInt(1, offset);
                ids.setInt(2, limit);
                try (ResultSet result = ids.executeQuery()) {
                    while (result.next()) {
                        page.add(result.getString(1));
                    }
                }
            }
            if (page.isEmpty()) {
                return List.of();
            }
        }
        String sql = page != null
                ? columns + " WHERE s.ID IN (" + String.join(", ", java.util.Collections.nCopies(page.size(), "?")) + ")"
                : columns + newestFirst() + condition + order;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (page != null) {
                for (int i = 0; i < page.size(); i++) {
                    select.setString(i + 1, page.get(i));
                }
            } else {
                int index = where.bind(select);
                select.setInt(index++, offset);
                select.setInt(index, limit);
            }
            Map<String, Object[]> rows = new LinkedHashMap<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), new Object[] {result.getDate(2), result.getDate(3),
                            result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                            result.getShort(8), result.getShort(9), result.getShort(10), result.getString(11),
                            result.getString(12)});
                }
            }
            if (page != null) {
                Map<String, Object[]> ordered = new LinkedHashMap<>();
                page.stream().filter(rows::containsKey).forEach(id -> ordered.put(id, rows.get(id)));
                rows.clear();
                rows.putAll(ordered);
            }
            Map<String, List<String>> substances = substancesOf(connection, rows.keySet());
            List<SignalRecord> records = new ArrayList<>(rows.size());
            rows.forEach((id, row) -> records.add(new SignalRecord(id, ((Date) row[0]).toLocalDate(),
                    row[1] == null ? null : ((Date) row[1]).toLocalDate(), (String) row[2],
                    substances.getOrDefault(id, List.of()), (String) row[3], (String) row[4], (String) row[5],
                    ConcernLevel.get((Short) row[6]), Confidence.get((Short) row[7]), SignalStatus.get((Short) row[8]),
                    (String) row[9], (String) row[10])));
            return records;
        }
    }

    @Override
    public Optional<SignalRecord> find(String id) throws StoreException {
        try (Connection connection = connections.open()) {
            return find(connection, id);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    private Optional<SignalRecord> find(Connection connection, String id) throws SQLException {
        // the id is a quoted literal (quotes doubled): the shared select takes its extra condition as SQL
        return select(connection, SignalQuery.ALL, " s.ID = '" + id.replace("'", "''") + "'", 0, 1).stream().findFirst();
    }

    @Override
    public SignalRecord retract(String id, String reason) throws StoreException {
        if (reason == null || reason.isBlank()) {
            throw new StoreException(Problem.INVALID_INPUT, "a retraction needs a reason");
        }
        allow(account.role().mayEdit(), "retract a signal");
        try (Connection connection = connections.open()) {
            return transaction(connection, () -> {
                SignalRecord before = find(connection, id).orElseThrow(() -> new StoreException(Problem.INVALID_INPUT,
                        "there is no signal " + id));
                if (before.status() == SignalStatus.RETRACTED) {
                    return before;
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE SIGNAL SET STATUS = ?, RETRACTION_REASON = ? WHERE ID = ?")) {
                    update.setShort(1, (short) SignalStatus.RETRACTED.getValue());
                    update.setString(2, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                    update.setString(3, id);
                    update.executeUpdate();
                }
                WeekCounts weeks = new WeekCounts();
                weeks.add(before, -1);
                weeks.apply(connection);
                Audits.write(connection, List.of(new Audits.Row(id, "Signal", AuditEntry.Change.RETRACTED, "status",
                        before.status().getLiteral(), SignalStatus.RETRACTED.getLiteral() + ": " + reason.strip())),
                        Instant.now(), author(), 0);
                return find(connection, id).orElseThrow();
            });
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public List<SignalCount> weeklyCounts(LocalDate fromWeek, LocalDate toWeek) throws StoreException {
        try (Connection connection = connections.open()) {
            if (account.role().mayEdit()) {
                Team.refreshSummary(connection); // a partner's import left the summary behind
            }
            return weeklyCounts(connection, fromWeek, toWeek);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    private static List<SignalCount> weeklyCounts(Connection connection, LocalDate fromWeek, LocalDate toWeek)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT WEEK_START, SUBSTANCE_ID, TARGET_GROUP_ID,"
                + " SETTING_ID, AREA_ID, N FROM SIGNAL_WEEK WHERE WEEK_START >= ? AND WEEK_START <= ?")) {
            select.setDate(1, Date.valueOf(WeekCounts.week(fromWeek)));
            select.setDate(2, Date.valueOf(toWeek));
            List<SignalCount> counts = new ArrayList<>();
            Map<String, String> interned = new java.util.HashMap<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Map<SignalDimension, String> key = new EnumMap<>(SignalDimension.class);
                    key.put(SignalDimension.WEEK, interned.computeIfAbsent(result.getString(1), k -> k));
                    key.put(SignalDimension.SUBSTANCE, orNull(result.getString(2), interned));
                    key.put(SignalDimension.TARGET_GROUP, orNull(result.getString(3), interned));
                    key.put(SignalDimension.SETTING, orNull(result.getString(4), interned));
                    key.put(SignalDimension.AREA, orNull(result.getString(5), interned));
                    counts.add(new SignalCount(key, result.getInt(6)));
                }
            }
            return counts;
        }
    }

    private static String orNull(String value, Map<String, String> interned) {
        return value == null || value.isEmpty() ? null : interned.computeIfAbsent(value, k -> k);
    }

    // ---------------------------------------------------------------------------------------------- quarantine

    @Override
    public void quarantine(List<QuarantinedRecord> records) throws StoreException {
        if (records.isEmpty()) {
            return;
        }
        try (Connection connection = connections.open()) {
            transaction(connection, () -> {
                insertQuarantine(connection, records, null);
                return null;
            });
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    private static void insertQuarantine(Connection connection, List<QuarantinedRecord> records, Long batchId)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO APP.QUARANTINE (FILE_NAME, LINE_NUMBER,"
                + " FIELD, REASON, FIELDS, QUARANTINED_AT, BATCH_ID) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (QuarantinedRecord record : records) {
                insert.setString(1, cut(record.file(), 1000));
                insert.setLong(2, record.line());
                insert.setString(3, record.field() == null ? null : cut(record.field(), 100));
                insert.setString(4, cut(record.reason(), 2000));
                insert.setString(5, encode(record.fields()));
                insert.setTimestamp(6, Timestamp.from(record.quarantinedAt() == null ? Instant.now()
                        : record.quarantinedAt()));
                if (batchId == null) {
                    insert.setNull(7, Types.BIGINT);
                } else {
                    insert.setLong(7, batchId);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<QuarantinedRecord> quarantined(int offset, int limit) throws StoreException {
        try (Connection connection = connections.open();
                PreparedStatement select = connection.prepareStatement("SELECT ID, FILE_NAME, LINE_NUMBER, FIELD, REASON,"
                        + " FIELDS, QUARANTINED_AT FROM QUARANTINE ORDER BY ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            select.setInt(1, offset);
            select.setInt(2, limit);
            List<QuarantinedRecord> records = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    records.add(new QuarantinedRecord(result.getLong(1), result.getString(2), result.getLong(3),
                            result.getString(4), result.getString(5), decode(result.getString(6)),
                            result.getTimestamp(7).toInstant()));
                }
            }
            return records;
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public long quarantineCount() throws StoreException {
        try (Connection connection = connections.open();
                Statement count = connection.createStatement();
                ResultSet result = count.executeQuery("SELECT COUNT(*) FROM QUARANTINE")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public boolean release(long quarantineId) throws StoreException {
        allow(account.role().mayEdit(), "release a quarantined record");
        try (Connection connection = connections.open();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM QUARANTINE WHERE ID = ?")) {
            delete.setLong(1, quarantineId);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    private static String cut(String text, int length) {
        return text == null ? "" : text.length() > length ? text.substring(0, length) : text;
    }

    /** field=value lines, with backslash, newline and '=' in names escaped. */
    static String encode(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(fields).forEach((field, value) -> text.append(escape(field).replace("=", "\\e"))
                .append('=').append(escape(value)).append('\n'));
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static Map<String, String> decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(unescape(line.substring(0, equals)), unescape(line.substring(equals + 1)));
            }
        }
        return fields;
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next == 'e' ? '=' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static Map<String, List<String>> substancesOf(Connection connection, Set<String> ids) throws SQLException {
        Map<String, List<String>> substances = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return substances;
        }
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql = "SELECT SIGNAL_ID, SUBSTANCE_ID FROM SIGNAL_SUBSTANCE WHERE SIGNAL_ID IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") ORDER BY SUBSTANCE_ID";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        substances.computeIfAbsent(result.getString(1), k -> new ArrayList<>()).add(result.getString(2));
                    }
                }
            }
        }
        return substances;
    }

    @Override
    public long count(SignalQuery query) throws StoreException {
        Where where = where(query);
        try (Connection connection = connections.open();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM SIGNAL s" + where.sql)) {
            where.bind(select);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public List<SignalCount> countBy(SignalQuery query, Set<SignalDimension> dimensions) throws StoreException {
        List<SignalDimension> dims = dimensions.stream().sorted(Comparator.naturalOrder()).toList();
        List<String> columns = new ArrayList<>();
        for (SignalDimension dimension : dims) {
            switch (dimension) {
                case MONTH -> {
                    columns.add(dialect.year("s.OBSERVED_ON"));
                    columns.add(dialect.month("s.OBSERVED_ON"));
                }
                case YEAR -> columns.add(dialect.year("s.OBSERVED_ON"));
                // weeks since Monday 1970-01-05
                case WEEK -> columns.add(dialect.weekNumber("s.OBSERVED_ON"));
                case SUBSTANCE -> columns.add("ss.SUBSTANCE_ID");
                case TARGET_GROUP -> columns.add("s.TARGET_GROUP_ID");
                case SETTING -> columns.add("s.SETTING_ID");
                case AREA -> columns.add("s.AREA_ID");
                case SOURCE -> columns.add("s.SOURCE_ID");
                case CONCERN -> columns.add("s.CONCERN");
                case STATUS -> columns.add("s.STATUS");
            }
        }
        Where where = where(query);
        String join = dims.contains(SignalDimension.SUBSTANCE) ? " LEFT JOIN SIGNAL_SUBSTANCE ss ON ss.SIGNAL_ID = s.ID"
                : "";
        String select = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
        String group = columns.isEmpty() ? "" : " GROUP BY " + String.join(", ", columns);
        String sql = "SELECT " + select + "COUNT(*) AS N FROM SIGNAL s" + join + where.sql + group + " ORDER BY N DESC";
        try (Connection connection = connections.open();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            where.bind(statement);
            List<SignalCount> counts = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<SignalDimension, String> key = new EnumMap<>(SignalDimension.class);
                    int column = 1;
                    for (SignalDimension dimension : dims) {
                        switch (dimension) {
                            case MONTH -> {
                                int year = result.getInt(column++);
                                int month = result.getInt(column++);
                                key.put(dimension, result.wasNull() ? null : String.format("%04d-%02d", year, month));
                            }
                            case YEAR -> key.put(dimension, result.getString(column++));
                            case WEEK -> key.put(dimension,
                                    LocalDate.of(1970, 1, 5).plusWeeks(result.getLong(column++)).toString());
                            case CONCERN -> key.put(dimension, name(ConcernLevel.get(result.getShort(column++)), result));
                            case STATUS -> key.put(dimension, name(SignalStatus.get(result.getShort(column++)), result));
                            default -> key.put(dimension, result.getString(column++));
                        }
                    }
                    counts.add(new SignalCount(key, result.getLong(column)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    private static String name(Enum<?> value, ResultSet result) throws SQLException {
        return result.wasNull() || value == null ? null : value.name();
    }

    /** A WHERE clause with its parameters. */
    private record Where(String sql, List<Object> parameters) {
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object parameter : parameters) {
                if (parameter instanceof LocalDate date) {
                    statement.setDate(index++, Date.valueOf(date));
                } else if (parameter instanceof Integer number) {
                    statement.setInt(index++, number);
                } else {
                    statement.setString(index++, (String) parameter);
                }
            }
            return index;
        }
    }

    private static Where where(SignalQuery query) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (query.observedFrom() != null) {
            sql.append(" AND s.OBSERVED_ON >= ?");
            parameters.add(query.observedFrom());
        }
        if (query.observedTo() != null) {
            sql.append(" AND s.OBSERVED_ON <= ?");
            parameters.add(query.observedTo());
        }
        in(sql, parameters, "s.SOURCE_ID", query.sourceIds().stream());
        in(sql, parameters, "s.TARGET_GROUP_ID", query.targetGroupIds().stream());
        in(sql, parameters, "s.SETTING_ID", query.settingIds().stream());
        in(sql, parameters, "s.AREA_ID", query.areaIds().stream());
        in(sql, parameters, "s.CONCERN", query.concerns().stream().map(c -> (Object) c.getValue()));
        in(sql, parameters, "s.STATUS", query.statuses().stream().map(c -> (Object) c.getValue()));
        if (!query.substanceIds().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM SIGNAL_SUBSTANCE x WHERE x.SIGNAL_ID = s.ID");
            in(sql, parameters, "x.SUBSTANCE_ID", query.substanceIds().stream());
            sql.append(')');
        }
        String clause = sql.length() == 0 ? "" : " WHERE" + sql.substring(4);
        return new Where(clause, parameters);
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, Stream<?> values) {
        List<?> list = values.toList();
        if (list.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", java.util.Collections.nCopies(list.size(), "?"))).append(')');
        for (Object value : list) {
            parameters.add(value instanceof String ? value : (Object) Integer.valueOf(((Number) value).intValue()));
        }
    }

    // ---------------------------------------------------------------------------------------------- audit trail

    @Override
    public List<AuditEntry> of(String objectId) throws StoreException {
        try (Connection connection = connections.open()) {
            return Audits.of(connection, objectId);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant until, int offset, int limit) throws StoreException {
        try (Connection connection = connections.open()) {
            return Audits.between(connection, from, until, offset, limit);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    // ---------------------------------------------------------------------------------------------- maintenance

    // ---------------------------------------------------------------------------------------------- action reports

    @Override
    public ActionReport report(String actionId, nl.regie.model.ActionStatus status, String note)
            throws StoreException {
        allow(account.role() == Role.PARTNER, "report on an action (partners report; analysts change the plan)");
        if (actionId == null || actionId.isBlank() || (status == null && (note == null || note.isBlank()))) {
            throw new StoreException(Problem.INVALID_INPUT, "a report names an action and gives a status or a note");
        }
        String text = note == null ? null : cut(note.strip(), 2000);
        String sql = "INSERT INTO APP.ACTION_REPORT (ACTION_ID, PARTNER_ID, STATUS, NOTE, REPORTED_BY, REPORTED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        Instant now = Instant.now();
        try (Connection connection = connections.open();
                PreparedStatement insert = dialect == Dialect.POSTGRESQL
                        ? connection.prepareStatement(sql, new String[] { "id" })
                        : connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, actionId);
            insert.setString(2, account.partnerId());
            insert.setString(3, status == null ? null : status.getName());
            insert.setString(4, text);
            insert.setString(5, account.login());
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            return new ActionReport(id, actionId, account.partnerId(), status, text, account.login(), now, null, null,
                    false);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public List<ActionReport> reports(boolean openOnly) throws StoreException {
        try (Connection connection = connections.open();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT ID, ACTION_ID, PARTNER_ID, STATUS, NOTE, REPORTED_BY,"
                        + " REPORTED_AT, HANDLED_BY, HANDLED_AT, TAKEN_OVER FROM ACTION_REPORT"
                        + (openOnly ? " WHERE HANDLED_AT IS NULL" : "") + " ORDER BY ID DESC")) {
            List<ActionReport> reports = new ArrayList<>();
            while (result.next()) {
                String status = result.getString(4);
                Timestamp handled = result.getTimestamp(9);
                reports.add(new ActionReport(result.getLong(1), result.getString(2), result.getString(3),
                        status == null ? null : nl.regie.model.ActionStatus.get(status), result.getString(5),
                        result.getString(6), result.getTimestamp(7).toInstant(), result.getString(8),
                        handled == null ? null : handled.toInstant(), result.getInt(10) == 1));
            }
            return reports;
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public void handle(long reportId, boolean takenOver) throws StoreException {
        allow(account.role().mayEdit(), "handle a partner's report");
        try (Connection connection = connections.open();
                PreparedStatement update = connection.prepareStatement("UPDATE ACTION_REPORT SET HANDLED_BY = ?,"
                        + " HANDLED_AT = ?, TAKEN_OVER = ? WHERE ID = ? AND HANDLED_AT IS NULL")) {
            update.setString(1, author());
            update.setTimestamp(2, Timestamp.from(Instant.now()));
            update.setInt(3, takenOver ? 1 : 0);
            update.setLong(4, reportId);
            if (update.executeUpdate() == 0) {
                throw new StoreException(Problem.INVALID_INPUT, "report " + reportId + " does not exist or was handled");
            }
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    // ---------------------------------------------------------------------------------------------- accounts

    @Override
    public Account current() {
        return account;
    }

    @Override
    public boolean enabled() throws StoreException {
        try (Connection connection = connections.open()) {
            return Team.enabled(connection);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public synchronized void enable(char[] password) throws StoreException {
        if (settings.embedded()) {
            throw new StoreException(Problem.INVALID_INPUT, "accounts need a shared database (a Derby network server"
                    + " or PostgreSQL); an embedded database belongs to whoever can open its data folder");
        }
        allow(account.role() == Role.ADMINISTRATOR, "turn accounts on");
        String owner;
        try (Connection connection = connections.open()) {
            if (Team.enabled(connection)) {
                throw new StoreException(Problem.INVALID_INPUT, "accounts are on already for " + connections.location());
            }
            owner = Team.sessionUser(connection);
            if (dialect == Dialect.DERBY) {
                if (password == null || password.length < 8) {
                    throw new StoreException(Problem.INVALID_INPUT,
                            "the administrator's password needs at least 8 characters");
                }
                Team.enableDerbyAuthentication(connection, owner, password);
            }
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
        try {
            if (dialect == Dialect.DERBY) {
                connections.credentials(new Credentials(owner, password));
                connections.restartServerDatabase();
            }
            try (Connection connection = connections.open()) {
                transaction(connection, () -> {
                    Team.grant(connection, dialect, owner);
                    return null;
                });
                takeRole(Team.current(connection), connection);
            }
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public List<Account> list() throws StoreException {
        allow(account.role() == Role.ADMINISTRATOR, "list the accounts");
        try (Connection connection = connections.open()) {
            return Team.list(connection);
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public void add(Account newAccount, char[] password) throws StoreException {
        allow(account.role() == Role.ADMINISTRATOR, "add accounts");
        if (newAccount.role() == Role.ADMINISTRATOR) {
            throw new StoreException(Problem.INVALID_INPUT, "the administrator is the database's owner; add analysts,"
                    + " partners and viewers");
        }
        if (password == null || password.length < 8) {
            throw new StoreException(Problem.INVALID_INPUT, "a password needs at least 8 characters");
        }
        String login;
        try {
            login = Team.normalize(newAccount.login(), dialect);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Problem.INVALID_INPUT, e.getMessage());
        }
        Account normalized = new Account(login, newAccount.role(), newAccount.partnerId());
        try (Connection connection = connections.open()) {
            if (!Team.enabled(connection)) {
                throw new StoreException(Problem.INVALID_INPUT, "accounts are not on for " + connections.location()
                        + ": turn them on first (regie accounts enable)");
            }
            transaction(connection, () -> {
                LoadedWorkspace head = readHead(connection);
                if (normalized.role() == Role.PARTNER && head.municipality().getPartners().stream()
                        .noneMatch(partner -> normalized.partnerId().equals(partner.getId()))) {
                    throw new StoreException(Problem.INVALID_INPUT, "the workspace has no partner with id "
                            + normalized.partnerId() + "; its partners: " + head.municipality().getPartners().stream()
                                    .map(partner -> partner.getId()).sorted().toList());
                }
                Team.add(connection, dialect, normalized, password);
                try {
                    Team.writePartnerCopies(connection, head.municipality(), head.version().number(),
                            head.version().savedAt(), head.version().author(), head.version().summary());
                } catch (IOException e) {
                    throw new StoreException(Problem.OTHER, e, connections.location(), e.toString());
                }
                return null;
            });
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public void remove(String login) throws StoreException {
        allow(account.role() == Role.ADMINISTRATOR, "remove accounts");
        try (Connection connection = connections.open()) {
            String normalized = Team.normalize(login, dialect);
            Account existing = Team.list(connection).stream().filter(a -> a.login().equals(normalized)).findFirst()
                    .orElseThrow(() -> new StoreException(Problem.INVALID_INPUT, "there is no account " + login));
            if (existing.role() == Role.ADMINISTRATOR) {
                throw new StoreException(Problem.INVALID_INPUT, "the administrator (the database's owner) stays");
            }
            transaction(connection, () -> {
                Team.remove(connection, dialect, existing);
                return null;
            });
        } catch (IllegalArgumentException e) {
            throw new StoreException(Problem.INVALID_INPUT, e.getMessage());
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
    }

    @Override
    public Path backup(Path folder) throws StoreException {
        allow(account.role() == Role.ADMINISTRATOR, "make a backup");
        if (dialect == Dialect.POSTGRESQL) {
            throw new StoreException(Problem.INVALID_INPUT, "a PostgreSQL database is backed up on the server, by its"
                    + " administrator (pg_dump or the server's own backups)");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Problem.MISSING_DATA, e, folder, e.toString());
        }
        try (Connection connection = connections.open();
                PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
        } catch (SQLException e) {
            throw Errors.translate(e, connections.location());
        }
        return folder.resolve(databaseName());
    }

    @Override
    public void restore(Path backup) throws StoreException {
        restore(settings, backup, connections);
        synchronized (this) {
            fingerprints = null;
            fingerprintVersion = -1;
        }
    }

    /**
     * Replaces the embedded database of {@code settings} with a backup, without opening the current database first:
     * this is how a damaged database is recovered. The current files are set aside until the restored database has
     * opened (and been migrated when the backup is older), then removed; on failure they are put back.
     */
    public static void restore(DerbySettings settings, Path backup) throws StoreException {
        try {
            restore(settings, backup, new Connections(settings));
        } catch (SQLException e) {
            throw Errors.translate(e, settings.databaseFolder().toString());
        }
    }

    private static void restore(DerbySettings settings, Path backup, Connections connections) throws StoreException {
        if (!settings.embedded()) {
            throw new StoreException(Problem.INVALID_INPUT,
                    "a shared database is restored on the server's machine, by its administrator");
        }
        String name = settings.databaseFolder().getFileName().toString();
        Path source = Files.exists(backup.resolve("service.properties")) ? backup : backup.resolve(name);
        if (!Files.exists(source.resolve("service.properties"))) {
            throw new StoreException(Problem.MISSING_DATA, backup, "no Regie database backup in this folder");
        }
        Path current = settings.databaseFolder();
        Path aside = current.resolveSibling(name + ".before-restore-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now()));
        connections.exclusively(() -> {
            connections.shutdown();
            try {
                Files.createDirectories(settings.dataFolder());
                if (Files.exists(current)) {
                    Files.move(current, aside);
                }
            } catch (IOException e) {
                throw new StoreException(Problem.OTHER, e, current, "could not set the current database aside: " + e);
            }
            try (Connection connection = connections.restoreFrom(source)) {
                int version = Schema.version(connection);
                if (version > Schema.LATEST) {
                    throw new StoreException(Problem.SCHEMA_TOO_NEW, source, version, Schema.LATEST);
                }
                if (version < Schema.LATEST) {
                    Schema.migrate(connection, Schema.LATEST);
                }
            } catch (SQLException | StoreException e) {
                connections.shutdown();
                deleteTree(current);
                try {
                    if (Files.exists(aside)) {
                        Files.move(aside, current);
                    }
                } catch (IOException moveBack) {
                    e.addSuppressed(moveBack);
                }
                throw e instanceof StoreException store ? store : Errors.translate((SQLException) e, source.toString());
            }
            deleteTree(aside);
        });
    }

    private String databaseName() {
        if (settings.embedded()) {
            return settings.databaseFolder().getFileName().toString();
        }
        String path = settings.jdbcUrl().replaceFirst(";.*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Left for the user to remove; the restored database is in place.
        }
    }

    /** Shuts the embedded database down; a store cannot be used after this. */
    @Override
    public void close() {
        connections.shutdown();
    }

    /** The signals of {@code municipality} as records, e.g. to seed a store. */
    public static List<SignalRecord> records(Municipality municipality) {
        List<SignalRecord> records = new ArrayList<>();
        for (Signal signal : municipality.getSignals()) {
            records.add(SignalRecord.of(signal));
        }
        return records;
    }
}
