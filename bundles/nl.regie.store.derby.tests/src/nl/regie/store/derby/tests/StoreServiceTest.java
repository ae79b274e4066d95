// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import nl.regie.store.LoadedWorkspace;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreMaintenance;
import nl.regie.store.WorkspaceStore;
import nl.regie.store.WorkspaceVersion;

/**
 * The store as OSGi services: a Declarative Services component configured through Configuration Admin, the same on
 * Equinox and Felix.
 */
class StoreServiceTest {

    private static final String PID = "nl.regie.store.derby";

    @TempDir
    Path dir;

    private Configuration configuration;
    private final java.util.List<ServiceTracker<?, ?>> trackers = new java.util.ArrayList<>();

    @AfterEach
    void removeConfiguration() throws Exception {
        trackers.forEach(ServiceTracker::close);
        if (configuration != null) {
            configuration.delete();
            if (!Backends.embedded()) {
                return; // a server keeps its database open; nothing of it is in the test folder to wait for
            }
            // Configuration Admin tells SCR asynchronously; the component then shuts its database down. Wait for
            // that (Derby removes its lock file when the database is shut down), or the temporary folder is deleted
            // under a database that is still open.
            java.nio.file.Path lock = dir.resolve("db").resolve("db.lck");
            for (int i = 0; i < 300 && java.nio.file.Files.exists(lock); i++) {
                Thread.sleep(50);
            }
        }
    }

    @Test
    void theStoreIsConfiguredThroughConfigurationAdmin() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admin = new ServiceTracker<>(context, ConfigurationAdmin.class, null);
        admin.open();
        try {
            ConfigurationAdmin configurations = admin.waitForService(10_000);
            assertNotNull(configurations, "Configuration Admin runs");
            configuration = configurations.getConfiguration(PID, "?");
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("dataFolder", dir.toString());
            properties.put("author", "configured analyst");
            String expected = dir.toString();
            if (!Backends.embedded()) {
                // the same component on a server's database: chosen by the configuration alone
                nl.regie.store.derby.DerbySettings server = Backends.settings(dir);
                properties.put("jdbcUrl", server.jdbcUrl());
                expected = nl.regie.store.derby.internal.Connections.location(server);
            }
            configuration.update(properties);

            // Held for the whole test: a delayed DS component is disposed when nobody uses it.
            ServiceTracker<WorkspaceStore, WorkspaceStore> stores = new ServiceTracker<>(context, WorkspaceStore.class, null);
            stores.open();
            trackers.add(stores);
            WorkspaceStore store = waitForStoreIn(stores, expected);
            assertEquals(!Backends.embedded(), store.info().shared(), "embedded or a server's: " + store.info().location());
            // A late configuration event can replace the component once more (seen on Felix and with a server's
            // URL): the replaced one says so; ask the tracker for the current one, as a client would.
            LoadedWorkspace loaded = null;
            for (int i = 0; loaded == null; i++) {
                try {
                    loaded = store.load();
                } catch (nl.regie.store.StoreException replaced) {
                    if (i > 200 || !String.valueOf(replaced.getMessage()).contains("reconfigured")) {
                        throw replaced;
                    }
                    Thread.sleep(50);
                    store = waitForStoreIn(stores, expected);
                }
            }
            assertEquals("Gemeente X", loaded.municipality().getName());
            WorkspaceVersion saved = store.save(loaded.municipality(), loaded.version().number(), null);
            assertEquals("configured analyst", saved.author());

            ServiceTracker<SignalStore, SignalStore> signals = new ServiceTracker<>(context, SignalStore.class, null);
            signals.open();
            ServiceTracker<StoreMaintenance, StoreMaintenance> maintenance = new ServiceTracker<>(context,
                    StoreMaintenance.class, null);
            maintenance.open();
            try {
                assertEquals(4, signals.waitForService(10_000).count(SignalQuery.ALL));
                maintenance.waitForService(10_000);
                // A late configuration event can replace the component once more (seen on Felix): wait until the three
                // services are one instance again, then hold them to it.
                for (int i = 0; i < 200 && !(maintenance.getService() == stores.getService()
                        && signals.getService() == stores.getService()); i++) {
                    Thread.sleep(50);
                }
                store = stores.getService();
                assertSame(store, maintenance.getService(), "one component instance, three services");
                assertSame(store, signals.getService(), "one component instance, three services");
            } finally {
                signals.close();
                maintenance.close();
            }
        } finally {
            admin.close();
        }
    }

    @Test
    void settingsNotConfiguredComeFromSystemProperties() throws Exception {
        System.setProperty("regie.store.jdbcUrl", "jdbc:derby://127.0.0.1:1527/regie");
        System.setProperty("regie.store.bootPasswordSource", "prop:regie.test.password");
        System.setProperty("regie.test.password", "geheim");
        System.setProperty("regie.store.encrypt", "true");
        try {
            nl.regie.store.derby.DerbySettings settings = nl.regie.store.derby.internal.DerbyStoreComponent
                    .settings(config(dir.toString(), ""));
            assertEquals("jdbc:derby://127.0.0.1:1527/regie", settings.jdbcUrl());
            assertEquals("geheim", new String(settings.bootPassword()));
            org.junit.jupiter.api.Assertions.assertTrue(settings.encrypt());
            assertEquals(dir, settings.dataFolder());

            nl.regie.store.derby.DerbySettings configured = nl.regie.store.derby.internal.DerbyStoreComponent
                    .settings(config(dir.toString(), "jdbc:derby://server:1527/team"));
            assertEquals("jdbc:derby://server:1527/team", configured.jdbcUrl(), "configuration wins");
        } finally {
            for (String key : java.util.List.of("regie.store.jdbcUrl", "regie.store.bootPasswordSource",
                    "regie.test.password", "regie.store.encrypt")) {
                System.clearProperty(key);
            }
        }
    }

    private static nl.regie.store.derby.internal.DerbyStoreComponent.Config config(String folder, String url) {
        return new nl.regie.store.derby.internal.DerbyStoreComponent.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return nl.regie.store.derby.internal.DerbyStoreComponent.Config.class;
            }

            @Override
            public String dataFolder() {
                return folder;
            }

            @Override
            public String jdbcUrl() {
                return url;
            }

            @Override
            public String bootPasswordSource() {
                return "";
            }

            @Override
            public boolean encrypt() {
                return false;
            }

            @Override
            public boolean seedExample() {
                return true;
            }

            @Override
            public String author() {
                return "";
            }

            @Override
            public String municipality() {
                return "";
            }

            @Override
            public String user() {
                return "";
            }

            @Override
            public String passwordSource() {
                return "";
            }
        };
    }

    /**
     * A configured product for a municipality of its own (the setting {@code municipality}, from the component's
     * configuration or {@code regie.store.municipality}): a new database starts as an empty workspace with that name,
     * without the example's plan or signals; an existing database is left as it is.
     */
    @Test
    void aMunicipalityOfItsOwnStartsANewDatabaseWithAnEmptyWorkspace() throws Exception {
        System.setProperty("regie.store.municipality", "Gemeente Ûtrecht-Oost");
        nl.regie.store.derby.DerbySettings settings;
        try {
            settings = nl.regie.store.derby.internal.DerbyStoreComponent.settings(config(dir.toString(), ""));
        } finally {
            System.clearProperty("regie.store.municipality");
        }
        assertEquals("Gemeente Ûtrecht-Oost", settings.municipality());
        org.junit.jupiter.api.Assertions.assertFalse(settings.seedExample(), "its own municipality, not the example");
        try (nl.regie.store.derby.DerbyStore store = nl.regie.store.derby.DerbyStore.open(settings)) {
            LoadedWorkspace loaded = store.load();
            assertEquals("Gemeente Ûtrecht-Oost", loaded.municipality().getName());
            assertEquals("gemeente-utrecht-oost", loaded.municipality().getId());
            assertEquals(0, loaded.municipality().getPolicies().size());
            assertEquals(0, store.count(SignalQuery.ALL));
            assertEquals(java.util.List.of("Nieuwe werkruimte voor Gemeente Ûtrecht-Oost (+1 objects)"),
                    store.history().stream().map(WorkspaceVersion::summary).toList());
        }
        // opened again with the example asked for: the database has its workspace, nothing is seeded over it
        try (nl.regie.store.derby.DerbyStore store = nl.regie.store.derby.DerbyStore.open(
                nl.regie.store.derby.DerbySettings.embedded(dir))) {
            assertEquals("Gemeente Ûtrecht-Oost", store.load().municipality().getName());
        }
    }

    private static WorkspaceStore waitForStoreIn(ServiceTracker<WorkspaceStore, WorkspaceStore> tracker, String dir)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            WorkspaceStore store = tracker.getService();
            if (store != null && store.info().location().startsWith(dir)) {
                return store;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no WorkspaceStore on " + dir + " within 20 s");
    }
}
