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

    @AfterEach
    void removeConfiguration() throws Exception {
        if (configuration != null) {
            configuration.delete();
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
            configuration.update(properties);

            WorkspaceStore store = waitForStoreIn(context, dir);
            LoadedWorkspace loaded = store.load();
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
                assertSame(store.getClass(), maintenance.waitForService(10_000).getClass(), "one component, three services");
            } finally {
                signals.close();
                maintenance.close();
            }
        } finally {
            admin.close();
        }
    }

    private static WorkspaceStore waitForStoreIn(BundleContext context, Path dir) throws Exception {
        ServiceTracker<WorkspaceStore, WorkspaceStore> tracker = new ServiceTracker<>(context, WorkspaceStore.class, null);
        tracker.open();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (Instant.now().isBefore(deadline)) {
                WorkspaceStore store = tracker.getService();
                if (store != null && store.info().location().startsWith(dir.toString())) {
                    return store;
                }
                Thread.sleep(50);
            }
        } finally {
            tracker.close();
        }
        throw new AssertionError("no WorkspaceStore on " + dir + " within 20 s");
    }
}
