// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.derby.drda.NetworkServerControl;

import nl.regie.store.derby.DerbySettings;

/**
 * The database the backend-independent store tests run against, chosen by the system property
 * {@code regie.test.backend}: {@code embedded} (the default), {@code derby-server} (a Derby network server this JVM
 * starts on loopback) or {@code postgresql} (a PostgreSQL server on loopback; {@code regie.test.postgresql} is the
 * JDBC URL of a database where the test user may create databases). Each test folder gets a database of its own;
 * opening the same folder again reaches the same database, as two clients of one server would.
 */
final class Backends {

    private static final String BACKEND = System.getProperty("regie.test.backend", "embedded");
    private static final String POSTGRESQL = System.getProperty("regie.test.postgresql",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=regie&password=regie");
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static NetworkServerControl server;
    private static int port;

    private Backends() {
    }

    static String name() {
        return BACKEND;
    }

    static boolean embedded() {
        return "embedded".equals(BACKEND);
    }

    /** Settings for the database of the test folder {@code dir} on this run's backend, seeded with the example. */
    static DerbySettings settings(Path dir) {
        return settings(dir, BACKEND);
    }

    /** Settings for the database of the test folder {@code dir} on {@code backend}, whatever this run's is. */
    static DerbySettings settings(Path dir, String backend) {
        DerbySettings embedded = DerbySettings.embedded(dir);
        return switch (backend) {
            case "embedded" -> embedded;
            case "derby-server" -> embedded.withJdbcUrl("jdbc:derby://127.0.0.1:" + derbyServer() + "/"
                    + dir.resolve("db").toAbsolutePath());
            case "postgresql" -> embedded.withJdbcUrl(postgresqlDatabase(dir));
            default -> throw new IllegalStateException("regie.test.backend: embedded, derby-server or postgresql, not "
                    + backend);
        };
    }

    private static synchronized int derbyServer() {
        if (server == null) {
            try {
                try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = free.getLocalPort();
                }
                NetworkServerControl control = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
                control.start(new PrintWriter(new StringWriter()));
                for (int i = 0; i < 100; i++) {
                    try {
                        control.ping();
                        server = control;
                        return port;
                    } catch (Exception notYet) {
                        Thread.sleep(100);
                    }
                }
                throw new IllegalStateException("the Derby network server did not start on port " + port);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start a Derby network server: " + e, e);
            }
        }
        return port;
    }

    /** A new, empty PostgreSQL database for {@code dir} (the same one for the same folder), as a JDBC URL. */
    private static String postgresqlDatabase(Path dir) {
        synchronized (Backends.class) {
            if (DATABASES.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(Backends::dropDatabases, "drop test databases"));
            }
        }
        String name = DATABASES.computeIfAbsent(dir.toAbsolutePath(), folder -> {
            String database = "regie_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Connection admin = postgresqlDriver().connect(POSTGRESQL, new Properties());
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("no PostgreSQL to test against at " + POSTGRESQL.replaceAll("\\?.*", "")
                        + " (start one on loopback with a role that may create databases; README.md, .ci/run): " + e, e);
            }
            return database;
        });
        int query = POSTGRESQL.indexOf('?');
        String base = query < 0 ? POSTGRESQL : POSTGRESQL.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : POSTGRESQL.substring(query));
    }

    /** The test databases go when the test JVM ends (FORCE: a store a failed test left open does not keep one). */
    private static void dropDatabases() {
        try (Connection admin = postgresqlDriver().connect(POSTGRESQL, new Properties());
                Statement statement = admin.createStatement()) {
            for (String database : DATABASES.values()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("regie tests: could not drop the PostgreSQL test databases: " + e);
        }
    }

    /**
     * Drops the PostgreSQL database of {@code dir} now, then the roles named (logins and groups a test created: roles
     * belong to the whole server, and a role with privileges cannot go while their database exists).
     */
    static void dropPostgresql(Path dir, java.util.List<String> roles) {
        String database = DATABASES.remove(dir.toAbsolutePath());
        try (Connection admin = postgresqlDriver().connect(POSTGRESQL, new Properties());
                Statement statement = admin.createStatement()) {
            if (database != null) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            for (String role : roles) {
                statement.execute("DROP ROLE IF EXISTS " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the PostgreSQL test database and roles: " + e, e);
        }
    }

    /** The name of the PostgreSQL database of {@code dir}, or null. */
    static String postgresqlName(Path dir) {
        return DATABASES.get(dir.toAbsolutePath());
    }

    /** A JDBC driver for a raw connection to {@code backend} (as a modified client would make). */
    static Driver driver(String backend) throws SQLException {
        if ("postgresql".equals(backend)) {
            return postgresqlDriver();
        }
        try {
            return (Driver) Class.forName("org.apache.derby.client.ClientAutoloadedDriver", true,
                    Backends.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("no Derby network client in the test runtime", "08001", e);
        }
    }

    private static Driver postgresqlDriver() throws SQLException {
        try {
            return (Driver) Class.forName("org.postgresql.Driver", true, Backends.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("no PostgreSQL JDBC driver in the test runtime", "08001", e);
        }
    }

    /** For messages: which backend a run is on. */
    static String describe() {
        return BACKEND.toLowerCase(Locale.ROOT);
    }
}
