// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

import nl.regie.store.derby.DerbySettings;

/**
 * Opens connections to the embedded database or to a network server. Drivers are instantiated directly:
 * {@code DriverManager} cannot see drivers across OSGi bundles.
 */
public final class Connections {

    private final DerbySettings settings;
    private final Driver driver;
    private final String url;

    public Connections(DerbySettings settings) throws SQLException {
        this.settings = settings;
        if (settings.embedded()) {
            this.driver = new EmbeddedDriver();
            this.url = "jdbc:derby:" + settings.databaseFolder().toAbsolutePath();
        } else {
            this.driver = clientDriver();
            this.url = settings.jdbcUrl();
        }
    }

    /** Where the database is, for messages. */
    public String location() {
        return settings.embedded() ? settings.databaseFolder().toString() : url;
    }

    /** True when the embedded database has been created before. */
    public boolean exists() {
        return !settings.embedded() || Files.exists(settings.databaseFolder().resolve("service.properties"));
    }

    /** A new connection; creates the database when it does not exist yet (encrypted when the settings say so). */
    public Connection open() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("create", "true");
        if (settings.bootPassword() != null) {
            properties.setProperty("bootPassword", new String(settings.bootPassword()));
            if (settings.encrypt()) {
                properties.setProperty("dataEncryption", "true");
            }
        }
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("No Derby driver accepts " + url, "08001");
        }
        return connection;
    }

    /** Shuts the embedded database down so that its files are closed; a no-op for a server. */
    public void shutdown() {
        if (!settings.embedded()) {
            return;
        }
        try {
            driver.connect(url + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // 08006: the database was shut down, which is what we asked for
        }
    }

    /** Boots the embedded database from a backup, replacing its files. */
    public Connection restoreFrom(Path backup) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("restoreFrom", backup.toAbsolutePath().toString());
        if (settings.bootPassword() != null) {
            properties.setProperty("bootPassword", new String(settings.bootPassword()));
        }
        return driver.connect(url, properties);
    }

    /**
     * The network client driver, from the derbyclient bundle (whose driver package the fragment
     * nl.regie.store.derby.client exports) or the class path. Loaded only when a server URL is configured, so the
     * embedded store does not need the client at all.
     */
    private static Driver clientDriver() throws SQLException {
        try {
            return (Driver) Class.forName("org.apache.derby.client.ClientAutoloadedDriver", true,
                    Connections.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("The Derby network client is not installed: " + e, "08001", e);
        }
    }
}
