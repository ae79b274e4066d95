// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

import nl.regie.store.derby.Credentials;
import nl.regie.store.derby.DerbySettings;

/**
 * Opens connections to the embedded database or to a network server. Drivers are instantiated directly:
 * {@code DriverManager} cannot see drivers across OSGi bundles.
 */
public final class Connections {

    private final DerbySettings settings;
    private final Driver driver;
    private final String url;
    private final Dialect dialect;
    private final java.util.concurrent.locks.ReentrantReadWriteLock gate = new java.util.concurrent.locks.ReentrantReadWriteLock();
    /** The login, or null to connect without one (embedded, or a server without accounts); memory only. */
    private volatile Credentials credentials;
    /** Where a login's connections work once its role is known: set by the store after it started. */
    private volatile Scope scope = Scope.REGIE;

    /**
     * Where a connection works: Regie's schema, or the partner views; and on Derby, the role group to take on (its
     * roles are not in force until a session sets one).
     */
    public record Scope(boolean partner, String derbyRole) {
        /** Regie's own schema, no role. */
        public static final Scope REGIE = new Scope(false, null);
    }

    public Connections(DerbySettings settings) throws SQLException {
        this(settings, null);
    }

    public Connections(DerbySettings settings, Credentials credentials) throws SQLException {
        this.settings = settings;
        this.credentials = credentials;
        this.dialect = Dialect.of(settings);
        if (settings.embedded()) {
            this.driver = new EmbeddedDriver();
            this.url = "jdbc:derby:" + settings.databaseFolder().toAbsolutePath();
        } else {
            this.driver = dialect == Dialect.POSTGRESQL ? postgresqlDriver() : clientDriver();
            this.url = settings.jdbcUrl();
        }
    }

    /** Where the database is, for messages. */
    public String location() {
        return location(settings);
    }

    /** Where the database of {@code settings} is, for messages: never with a password from the URL's parameters. */
    public static String location(DerbySettings settings) {
        if (settings.embedded()) {
            return settings.databaseFolder().toString();
        }
        String url = settings.jdbcUrl();
        int parameters = url.startsWith("jdbc:postgresql:") ? url.indexOf('?') : url.indexOf(';');
        return parameters > 0 ? url.substring(0, parameters) : url;
    }

    /** True when the embedded database has been created before. */
    public boolean exists() {
        return !settings.embedded() || Files.exists(settings.databaseFolder().resolve("service.properties"));
    }

    /** A new connection to the existing database, in Regie's schema. Waits while a restore replaces the files. */
    public Connection open() throws SQLException {
        return connect(false);
    }

    /**
     * A new connection that creates the database when it does not exist yet (encrypted when the settings say so);
     * used once, when a store starts. Every other connection refuses to create one, so that a database that went
     * missing (a restore in progress, an unmounted disk) is reported instead of silently replaced by an empty one.
     */
    public Connection openCreating() throws SQLException {
        return connect(true);
    }

    /** Runs {@code work} while no connection can be opened (a restore). */
    public <E extends Exception> void exclusively(Work<E> work) throws E {
        gate.writeLock().lock();
        try {
            work.run();
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** Work done under {@link #exclusively(Work)}. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    private Connection connect(boolean create) throws SQLException {
        gate.readLock().lock();
        try {
            Connection connection = inRegieSchema(rawConnect(create), dialect, create);
            Scope current = scope;
            if (current != Scope.REGIE) {
                try (java.sql.Statement statement = connection.createStatement()) {
                    if (current.derbyRole() != null) {
                        statement.execute("SET ROLE " + current.derbyRole());
                    }
                    if (current.partner()) {
                        statement.execute(dialect.usePartnerSchema());
                    }
                } catch (SQLException e) {
                    connection.close();
                    throw e;
                }
            }
            return connection;
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Regie's tables live in the APP schema. On a server where users log in, a user's default schema is their own,
     * so every connection switches to APP explicitly.
     */
    private static Connection inRegieSchema(Connection connection, Dialect dialect, boolean create)
            throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                for (String sql : dialect.useSchema(create)) {
                    statement.execute(sql);
                }
                return connection;
            }
            try {
                statement.execute("SET SCHEMA APP");
            } catch (SQLException missing) {
                if (!"42Y07".equals(missing.getSQLState())) {
                    throw missing;
                }
                statement.execute("CREATE SCHEMA APP");
                statement.execute("SET SCHEMA APP");
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private Connection rawConnect(boolean create) throws SQLException {
        Properties properties = new Properties();
        Credentials login = credentials;
        if (login != null) {
            properties.setProperty("user", login.user());
            properties.setProperty("password", new String(login.password()));
        }
        if (dialect == Dialect.POSTGRESQL) {
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new SQLException("The PostgreSQL driver does not accept " + url, "08001");
            }
            return connection;
        }
        if (create) {
            properties.setProperty("create", "true");
        }
        if (settings.bootPassword() != null) {
            properties.setProperty("bootPassword", new String(settings.bootPassword()));
        }
        if (create && settings.encrypt() && settings.bootPassword() != null) {
            properties.setProperty("dataEncryption", "true");
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

    /** PostgreSQL's JDBC driver (the org.postgresql.jdbc bundle); loaded only when a PostgreSQL URL is configured. */
    private static Driver postgresqlDriver() throws SQLException {
        try {
            return (Driver) Class.forName("org.postgresql.Driver", true, Connections.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("The PostgreSQL JDBC driver is not installed: " + e, "08001", e);
        }
    }

    /** Connects from now on with {@code login} (after accounts were turned on). */
    public void credentials(Credentials login) {
        this.credentials = login;
    }

    /** True when connections log in with credentials. */
    public boolean loggedIn() {
        return credentials != null;
    }

    /** Sets where new connections work (the role's scope). */
    public void scope(Scope scope) {
        this.scope = scope == null ? Scope.REGIE : scope;
    }

    /**
     * Shuts a Derby network server's database down (as its owner), so that it boots again with the properties set
     * since (authentication, SQL authorization).
     */
    public void restartServerDatabase() throws SQLException {
        Properties properties = new Properties();
        Credentials login = credentials;
        if (login != null) {
            properties.setProperty("user", login.user());
            properties.setProperty("password", new String(login.password()));
        }
        try (Connection ignored = driver.connect(url + ";shutdown=true", properties)) {
            // not reached: a shut-down database answers with an exception
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw expected;
            }
        }
    }

    /** The database the settings point at. */
    public Dialect dialect() {
        return dialect;
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
