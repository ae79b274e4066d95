// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.model.Municipality;
import nl.regie.store.ConflictException;
import nl.regie.store.LoadedWorkspace;
import nl.regie.store.StoreException;
import nl.regie.store.WorkspaceVersion;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * A team shares one database through a Derby network server on loopback: two clients that save the same version at
 * the same moment get one success and one clear conflict, never a lost update.
 */
class NetworkServerTest {

    @TempDir
    Path dir;

    private NetworkServerControl server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(new PrintWriter(new StringWriter()));
        for (int i = 0; i < 100; i++) {
            try {
                server.ping();
                return;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the Derby network server did not start on 127.0.0.1:" + port);
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.shutdown();
        }
    }

    private DerbyStore client(String author) throws StoreException {
        String url = "jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("shared").toAbsolutePath() + ";create=true";
        return DerbyStore.open(DerbySettings.embedded(dir.resolve("client-" + author)).withJdbcUrl(url).withAuthor(author));
    }

    @Test
    void twoClientsSavingTheSameVersionGetOneConflict() throws Exception {
        try (DerbyStore ana = client("ana"); DerbyStore bram = client("bram")) {
            assertTrue(ana.info().shared());
            LoadedWorkspace anasCopy = ana.load();
            LoadedWorkspace bramsCopy = bram.load();
            assertEquals(1, anasCopy.version().number());
            assertEquals(1, bramsCopy.version().number());
            anasCopy.municipality().setDescription("Ana's change");
            bramsCopy.municipality().setDescription("Bram's change");

            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<WorkspaceVersion>> saves = new ArrayList<>();
            try {
                saves.add(pool.submit(save(ana, anasCopy.municipality(), together)));
                saves.add(pool.submit(save(bram, bramsCopy.municipality(), together)));
                int won = 0;
                List<ConflictException> conflicts = new ArrayList<>();
                for (Future<WorkspaceVersion> save : saves) {
                    try {
                        assertEquals(2, save.get(60, TimeUnit.SECONDS).number());
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        conflicts.add((ConflictException) e.getCause());
                    }
                }
                assertEquals(1, won, "exactly one save wins");
                assertEquals(1, conflicts.size(), "the other gets a conflict");
                ConflictException conflict = conflicts.get(0);
                assertEquals(2, conflict.latest().number());
                assertTrue(conflict.getMessage().contains("version 2"), conflict.getMessage());

                String winner = conflict.latest().author().equals("ana") ? "Ana's change" : "Bram's change";
                assertEquals(winner, ana.load().municipality().getDescription(), "the winner's change is what is stored");
                assertEquals(winner, bram.load().municipality().getDescription());
                assertEquals(2, ana.history().size(), "no half-saved version");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Callable<WorkspaceVersion> save(DerbyStore store, Municipality municipality, CyclicBarrier together) {
        return () -> {
            together.await(30, TimeUnit.SECONDS);
            return store.save(municipality, 1, null);
        };
    }

    @Test
    void anUnreachableServerIsReported() throws Exception {
        server.shutdown();
        server = null;
        StoreException unreachable = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> client("ana"));
        assertEquals(StoreException.Problem.UNREACHABLE, unreachable.problem(), unreachable.getMessage());
        assertTrue(unreachable.getMessage().contains("127.0.0.1:" + port), unreachable.getMessage());
    }
}
