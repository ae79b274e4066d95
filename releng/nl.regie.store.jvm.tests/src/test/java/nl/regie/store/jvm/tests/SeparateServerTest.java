// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.jvm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.model.Municipality;
import nl.regie.store.ConflictException;
import nl.regie.store.SignalQuery;
import nl.regie.store.StoreException;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * A team's shared database as it really runs: the Derby network server in a JVM of its own on loopback, clients in
 * this one. The store creates, seeds, saves and imports signals there (a server cannot see a client's memory, so
 * batches go as JDBC batches), and concurrent saves conflict instead of overwriting.
 */
class SeparateServerTest {

    @TempDir
    Path dir;

    private Process server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Dderby.system.home=" + dir.resolve("server"),
                "org.apache.derby.drda.NetworkServerControl", "start", "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-noSecurityManager").redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        NetworkServerControl control = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                control.ping();
                return;
            } catch (Exception notYet) {
                if (Instant.now().isAfter(deadline) || !server.isAlive()) {
                    throw new AssertionError("the Derby network server did not start on 127.0.0.1:" + port, notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    @AfterEach
    void stopServer() throws Exception {
        try {
            new NetworkServerControl(InetAddress.getLoopbackAddress(), port).shutdown();
        } catch (Exception alreadyDown) {
            // the test may have stopped it
        }
        server.waitFor(30, TimeUnit.SECONDS);
        server.destroyForcibly();
    }

    private DerbyStore client(String author) throws StoreException {
        return DerbyStore.open(DerbySettings.embedded(dir.resolve("client-" + author))
                .withJdbcUrl("jdbc:derby://127.0.0.1:" + port + "/regie;create=true").withAuthor(author));
    }

    @Test
    void theStoreWorksAgainstAServerInAnotherJvm() throws Exception {
        try (DerbyStore ana = client("ana"); DerbyStore bram = client("bram")) {
            assertEquals("Gemeente X", ana.load().municipality().getName(), "created and seeded on the server");
            assertEquals(4, bram.count(SignalQuery.ALL));

            ana.append(Child.signals("team-", 5_000), "ana's import");
            assertEquals(5_004, bram.count(SignalQuery.ALL), "what one client imports, the other sees");

            Municipality anas = ana.load().municipality();
            Municipality brams = bram.load().municipality();
            anas.setDescription("Ana");
            brams.setDescription("Bram");
            ana.save(anas, 1, null);
            ConflictException conflict = assertThrows(ConflictException.class, () -> bram.save(brams, 1, null));
            assertEquals("ana", conflict.latest().author());
            assertEquals("Ana", bram.load().municipality().getDescription(), "no lost update");

            StoreException duplicate = assertThrows(StoreException.class,
                    () -> bram.append(List.of(Child.signals("team-", 1).get(0)), "bram's import"));
            assertEquals(StoreException.Problem.INVALID_INPUT, duplicate.problem(), duplicate.getMessage());
            assertEquals(5_004, ana.count(SignalQuery.ALL));
        }
        assertTrue(server.isAlive(), "the server kept running");
    }
}
