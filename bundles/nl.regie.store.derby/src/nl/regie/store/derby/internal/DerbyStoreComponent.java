// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;

import nl.regie.model.Municipality;
import nl.regie.store.ImportReceipt;
import nl.regie.store.LoadedWorkspace;
import nl.regie.store.SignalCount;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.AuditTrail;
import nl.regie.store.Account;
import nl.regie.store.Accounts;
import nl.regie.store.derby.Credentials;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.store.StoreInfo;
import nl.regie.store.StoreMaintenance;
import nl.regie.store.WorkspaceStore;
import nl.regie.store.WorkspaceVersion;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * The Derby store as an OSGi service, configured through Configuration Admin under the PID
 * {@value #PID}. Without configuration it uses the embedded database in the user's Regie data folder (the
 * {@code regie.data} system property that the launcher sets, or {@code ~/.local/share/regie}); each setting not
 * configured may also come from a system property {@code regie.store.<name>} (jdbcUrl, bootPasswordSource,
 * encrypt, author, municipality), e.g. through the launcher's {@code REGIE_VM_ARGS}. A product's configuration file
 * {@code services/nl.regie.store.derby.cfg} (read by Apache Felix File Install) sets the same names. A municipality
 * of its own replaces the example: a new database starts as an empty workspace with that name.
 *
 * <p>The database is opened on first use, not on activation: activation never fails, and a problem (the database
 * is in use, a wrong boot password) reaches the caller of the first operation as a {@link StoreException} it can
 * show, and is tried again on the next call.
 */
@Component(service = {WorkspaceStore.class, SignalStore.class, StoreMaintenance.class, AuditTrail.class,
        Accounts.class, nl.regie.store.ActionReports.class},
        configurationPid = DerbyStoreComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class DerbyStoreComponent implements WorkspaceStore, SignalStore, StoreMaintenance, AuditTrail, Accounts,
        nl.regie.store.ActionReports {

    /** The Configuration Admin PID. */
    public static final String PID = "nl.regie.store.derby";

    /** Typed configuration of the store. */
    public @interface Config {
        /** The data folder; empty for the {@code regie.data} system property or {@code ~/.local/share/regie}. */
        String dataFolder() default "";

        /** Empty for the embedded database, or a network server's URL, e.g. jdbc:derby://127.0.0.1:1527/regie. */
        String jdbcUrl() default "";

        /** Where the boot password of an encrypted database comes from: empty, env:NAME, file:PATH or prop:NAME. */
        String bootPasswordSource() default "";

        /** Create the database encrypted (or encrypt an existing one); needs a boot password. */
        boolean encrypt() default false;

        /** Seed a new database with the example municipality. */
        boolean seedExample() default true;

        /** The name saved with each version; empty for the operating-system user. */
        String author() default "";

        /**
         * The municipality a new database starts with when {@link #seedExample()} is false (an empty workspace with
         * this name); empty for none.
         */
        String municipality() default "";

        /**
         * The login on a shared database with accounts; empty to connect without one (embedded, or a server without
         * accounts).
         */
        String user() default "";

        /**
         * Where the login's password comes from: env:NAME, file:PATH or prop:NAME (never the configuration itself);
         * empty for env:REGIE_PASSWORD.
         */
        String passwordSource() default "";
    }

    private DerbySettings settings;
    private String user;
    private String passwordSource;
    private DerbyStore store;
    private StoreException configurationProblem;
    /** Set once the component is stopped (a new configuration starts a new one): a caller holding this one gets an error. */
    private boolean deactivated;

    @Activate
    void activate(Config config) {
        try {
            settings = settings(config);
            user = or(config.user(), "regie.store.user", "");
            passwordSource = config.passwordSource();
        } catch (StoreException e) {
            configurationProblem = e;
        }
    }

    @Deactivate
    synchronized void deactivate() {
        deactivated = true;
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** The settings a configuration stands for (public for tests; the package is internal). */
    public static DerbySettings settings(Config config) throws StoreException {
        String folder = config.dataFolder();
        if (folder == null || folder.isBlank()) {
            folder = System.getProperty("regie.data");
        }
        Path dataFolder = folder == null || folder.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "share", "regie") : Path.of(folder);
        String author = or(config.author(), "regie.store.author", System.getProperty("user.name", "regie"));
        String url = or(config.jdbcUrl(), "regie.store.jdbcUrl", "");
        boolean encrypt = config.encrypt() || Boolean.getBoolean("regie.store.encrypt");
        String municipality = or(config.municipality(), "regie.store.municipality", "");
        return new DerbySettings(dataFolder, url.isBlank() ? null : url,
                bootPassword(or(config.bootPasswordSource(), "regie.store.bootPasswordSource", "")), encrypt,
                config.seedExample() && municipality.isBlank(), author, municipality.isBlank() ? null : municipality);
    }

    /**
     * A configured value, else the system property of that name (how a product's launcher passes settings without
     * Configuration Admin files), else the default.
     */
    private static String or(String configured, String property, String fallback) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A password from its source: env:NAME, prop:NAME or file:PATH (the first line); null when empty or unset. */
    public static char[] bootPassword(String source) throws StoreException {
        if (source == null || source.isBlank()) {
            return null;
        }
        String value;
        if (source.startsWith("env:")) {
            value = System.getenv(source.substring(4));
        } else if (source.startsWith("prop:")) {
            value = System.getProperty(source.substring(5));
        } else if (source.startsWith("file:")) {
            Path file = Path.of(source.substring(5));
            try {
                value = Files.readAllLines(file).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new StoreException(StoreException.Problem.MISSING_DATA, e, file, "boot password file: " + e);
            }
        } else {
            throw new StoreException(StoreException.Problem.INVALID_INPUT,
                    "bootPasswordSource must be env:NAME, prop:NAME or file:PATH, not " + source);
        }
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    private synchronized DerbyStore store() throws StoreException {
        if (configurationProblem != null) {
            throw configurationProblem;
        }
        if (deactivated) {
            // never reopen a database with the settings of a stopped component: the new one has the current settings
            throw new StoreException(StoreException.Problem.OTHER, "the store", "the store was reconfigured or stopped;"
                    + " ask for the store service again");
        }
        if (store == null) {
            store = user.isBlank() ? DerbyStore.open(settings) : DerbyStore.open(settings, credentials());
        }
        return store;
    }

    @Override
    public LoadedWorkspace load() throws StoreException {
        return store().load();
    }

    @Override
    public WorkspaceVersion save(Municipality municipality, long basedOn, String note) throws StoreException {
        return store().save(municipality, basedOn, note);
    }

    @Override
    public WorkspaceVersion importWorkspace(Municipality municipality, long basedOn, String note) throws StoreException {
        return store().importWorkspace(municipality, basedOn, note);
    }

    @Override
    public List<WorkspaceVersion> history() throws StoreException {
        return store().history();
    }

    @Override
    public Municipality loadVersion(long number) throws StoreException {
        return store().loadVersion(number);
    }

    @Override
    public WorkspaceVersion restoreVersion(long number, long basedOn) throws StoreException {
        return store().restoreVersion(number, basedOn);
    }

    @Override
    public StoreInfo info() {
        try {
            return store().info();
        } catch (StoreException e) {
            return new StoreInfo(settings == null ? "?" : Connections.location(settings),
                    settings != null && !settings.embedded(),
                    settings != null && settings.encrypt(), 0);
        }
    }

    @Override
    public ImportReceipt append(List<SignalRecord> batch, String source) throws StoreException {
        return store().append(batch, source);
    }

    @Override
    public List<SignalRecord> query(SignalQuery query, int offset, int limit) throws StoreException {
        return store().query(query, offset, limit);
    }

    @Override
    public long count(SignalQuery query) throws StoreException {
        return store().count(query);
    }

    @Override
    public List<SignalCount> countBy(SignalQuery query, Set<SignalDimension> dimensions) throws StoreException {
        return store().countBy(query, dimensions);
    }

    @Override
    public java.util.Optional<SignalRecord> find(String id) throws StoreException {
        return store().find(id);
    }

    @Override
    public SignalRecord retract(String id, String reason) throws StoreException {
        return store().retract(id, reason);
    }

    @Override
    public List<SignalCount> weeklyCounts(java.time.LocalDate fromWeek, java.time.LocalDate toWeek)
            throws StoreException {
        return store().weeklyCounts(fromWeek, toWeek);
    }

    @Override
    public nl.regie.store.SignalWriter writer(String source) throws StoreException {
        return store().writer(source);
    }

    @Override
    public void quarantine(List<nl.regie.store.QuarantinedRecord> records) throws StoreException {
        store().quarantine(records);
    }

    @Override
    public List<nl.regie.store.QuarantinedRecord> quarantined(int offset, int limit) throws StoreException {
        return store().quarantined(offset, limit);
    }

    @Override
    public long quarantineCount() throws StoreException {
        return store().quarantineCount();
    }

    @Override
    public boolean release(long quarantineId) throws StoreException {
        return store().release(quarantineId);
    }

    @Override
    public Path backup(Path folder) throws StoreException {
        return store().backup(folder);
    }

    @Override
    public java.util.List<nl.regie.store.AuditEntry> of(String objectId) throws StoreException {
        return store().of(objectId);
    }

    @Override
    public java.util.List<nl.regie.store.AuditEntry> between(java.time.Instant from, java.time.Instant until, int offset,
            int limit) throws StoreException {
        return store().between(from, until, offset, limit);
    }

    /**
     * The login's credentials, read when the store first opens (not on activation): the workbench asks for the
     * password in its login dialog before it first uses the store.
     */
    private Credentials credentials() throws StoreException {
        return Credentials.configured(user, or(passwordSource, "regie.store.passwordSource", ""),
                Connections.location(settings));
    }

    @Override
    public Account current() throws StoreException {
        return store().current();
    }

    @Override
    public boolean enabled() throws StoreException {
        return store().enabled();
    }

    @Override
    public void enable(char[] password) throws StoreException {
        store().enable(password);
    }

    @Override
    public java.util.List<Account> list() throws StoreException {
        return store().list();
    }

    @Override
    public void add(Account account, char[] password) throws StoreException {
        store().add(account, password);
    }

    @Override
    public void remove(String login) throws StoreException {
        store().remove(login);
    }

    @Override
    public nl.regie.store.ActionReport report(String actionId, nl.regie.model.ActionStatus status, String note)
            throws StoreException {
        return store().report(actionId, status, note);
    }

    @Override
    public java.util.List<nl.regie.store.ActionReport> reports(boolean openOnly) throws StoreException {
        return store().reports(openOnly);
    }

    @Override
    public void handle(long reportId, boolean takenOver) throws StoreException {
        store().handle(reportId, takenOver);
    }

    /** Restores through the open store, or, when the database does not open (damaged), without opening it. */
    @Override
    public synchronized void restore(Path backup) throws StoreException {
        if (configurationProblem != null) {
            throw configurationProblem;
        }
        if (store != null) {
            store.restore(backup);
        } else {
            DerbyStore.restore(settings, backup);
        }
    }
}
