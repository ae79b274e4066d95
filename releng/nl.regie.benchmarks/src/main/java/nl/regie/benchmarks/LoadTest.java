// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.derby.drda.NetworkServerControl;

import nl.regie.model.Action;
import nl.regie.model.Municipality;
import nl.regie.store.AuditEntry;
import nl.regie.store.ConflictException;
import nl.regie.store.LoadedWorkspace;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.WorkspaceVersion;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * The team load test (issue 8), a runner and not a unit test: CLIENTS clients share one database on loopback for
 * SECONDS seconds, once on a Derby network server and once on PostgreSQL. Each client is a thread with a store and
 * database connections of its own (what one analyst's Regie has), and in turn imports a batch of 50 signals or edits
 * the plan: loads the workspace, retitles its own action and counts the save in the municipality's description, and
 * saves on the version it loaded; on a conflict it loads again and redoes the edit. Afterwards it checks that no
 * update was lost (the description counts every successful save; the history has one version per save), that every
 * save's change and every import is in the audit trail, and that the signal count is the seed's plus every imported
 * row. Results (throughput, latency percentiles, conflicts) go to OUTPUT/results.md.
 *
 * <pre>LoadTest CLIENTS SECONDS OUTPUT [POSTGRESQL_ADMIN_URL [derby-server,postgresql]]</pre>
 */
public final class LoadTest {

    private static final int BATCH = 50;

    private LoadTest() {
    }

    private record Save(String actionId, String title, long version) {
    }

    private record Outcome(String backend, int clients, double seconds, long imports, long rows, long saves,
            long conflicts, List<Long> importNanos, List<Long> saveNanos, List<Long> editNanos, List<String> problems) {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Path output = Path.of(args[2]);
        String admin = args.length > 3 ? args[3] : "jdbc:postgresql://127.0.0.1:5432/postgres?user=regie&password=regie";
        Files.createDirectories(output);
        List<String> backends = List.of((args.length > 4 ? args[4] : "derby-server,postgresql").split(","));
        List<Outcome> outcomes = new ArrayList<>();
        if (backends.contains("derby-server")) {
            outcomes.add(derbyServer(clients, seconds, output));
        }
        if (backends.contains("postgresql")) {
            outcomes.add(postgresql(clients, seconds, admin));
        }
        String report = report(outcomes);
        Files.writeString(output.resolve("results.md"), report);
        System.out.println(report);
        if (outcomes.stream().anyMatch(o -> !o.problems().isEmpty())) {
            System.exit(1);
        }
    }

    private static Outcome derbyServer(int clients, int seconds, Path output) throws Exception {
        Path home = Files.createTempDirectory(output, "derby-server");
        System.setProperty("derby.system.home", home.toString());
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(new PrintWriter(new StringWriter()));
        for (int i = 0; i < 100; i++) {
            try {
                server.ping();
                break;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        try {
            DerbySettings settings = DerbySettings.embedded(home).withJdbcUrl("jdbc:derby://127.0.0.1:" + port + "/"
                    + home.resolve("db").toAbsolutePath());
            return run("Derby network server 10.17.1.0", settings, clients, seconds);
        } finally {
            server.shutdown();
        }
    }

    private static Outcome postgresql(int clients, int seconds, String admin) throws Exception {
        Driver driver = (Driver) Class.forName("org.postgresql.Driver").getDeclaredConstructor().newInstance();
        String database = "regie_load_" + System.currentTimeMillis();
        try (Connection connection = driver.connect(admin, new Properties());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        int query = admin.indexOf('?');
        String base = query < 0 ? admin : admin.substring(0, query);
        String url = base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : admin.substring(query));
        try {
            String version;
            try (Connection connection = driver.connect(url, new Properties())) {
                version = connection.getMetaData().getDatabaseProductVersion();
            }
            return run("PostgreSQL " + version, DerbySettings.embedded(Files.createTempDirectory("pg"))
                    .withJdbcUrl(url), clients, seconds);
        } finally {
            try (Connection connection = driver.connect(admin, new Properties());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static Outcome run(String backend, DerbySettings settings, int clients, int seconds) throws Exception {
        long seeded;
        long seedImports;
        try (DerbyStore setup = DerbyStore.open(settings.withAuthor("setup"))) {
            seeded = setup.count(SignalQuery.ALL);
            seedImports = setup.between(null, null, 0, 1000).stream()
                    .filter(e -> e.change() == AuditEntry.Change.IMPORTED).count();
        }
        ConcurrentLinkedQueue<Save> saves = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> importNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> saveNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> editNanos = new ConcurrentLinkedQueue<>();
        AtomicLong rows = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                Random random = new Random(client);
                try (DerbyStore store = DerbyStore.open(settings.withAuthor("client-" + client))) {
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        if (random.nextBoolean()) {
                            List<SignalRecord> batch = new ArrayList<>();
                            for (int k = 0; k < BATCH; k++) {
                                batch.add(new SignalRecord("load-" + client + "-" + n + "-" + k,
                                        LocalDate.of(2026, 1, 5).plusDays(random.nextInt(120)), null, "gemx-partner-ggd",
                                        null, null, null, null, null, null, null, "load test", null));
                            }
                            long t = System.nanoTime();
                            store.append(batch, "client-" + client + ".csv");
                            importNanos.add(System.nanoTime() - t);
                            rows.addAndGet(BATCH);
                        } else {
                            long edit = System.nanoTime();
                            while (true) {
                                LoadedWorkspace loaded = store.load();
                                Municipality municipality = loaded.municipality();
                                List<Action> actions = new ArrayList<>();
                                municipality.eAllContents().forEachRemaining(o -> {
                                    if (o instanceof Action action) {
                                        actions.add(action);
                                    }
                                });
                                Action mine = actions.get(client % actions.size());
                                String title = "Actie van client " + client + ", wijziging " + n;
                                mine.setTitle(title);
                                String description = municipality.getDescription();
                                long counted = description != null && description.startsWith("saves=")
                                        ? Long.parseLong(description.substring(6)) : 0;
                                municipality.setDescription("saves=" + (counted + 1));
                                long t = System.nanoTime();
                                try {
                                    WorkspaceVersion saved = store.save(municipality, loaded.version().number(), null);
                                    saveNanos.add(System.nanoTime() - t);
                                    saves.add(new Save(mine.getId(), title, saved.number()));
                                    break;
                                } catch (ConflictException conflict) {
                                    conflicts.incrementAndGet();
                                    if (System.nanoTime() > deadline) {
                                        break;
                                    }
                                }
                            }
                            editNanos.add(System.nanoTime() - edit);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;

        List<String> problems = new ArrayList<>();
        List<Save> done = new ArrayList<>(saves);
        long imports = importNanos.size();
        try (DerbyStore check = DerbyStore.open(settings.withAuthor("check"))) {
            LoadedWorkspace latest = check.load();
            String description = latest.municipality().getDescription();
            long counted = description == null ? 0 : Long.parseLong(description.substring(6));
            if (counted != done.size()) {
                problems.add("lost update: the description counts " + counted + " saves, the clients made " + done.size());
            }
            if (check.history().size() != 1 + done.size()) {
                problems.add("history has " + check.history().size() + " versions, expected " + (1 + done.size()));
            }
            for (Save save : done) {
                boolean found = check.of(save.actionId()).stream().anyMatch(e -> e.change() == AuditEntry.Change.CHANGED
                        && "title".equals(e.feature()) && save.title().equals(e.after()) && e.version() == save.version());
                if (!found) {
                    problems.add("no audit entry for version " + save.version() + " (" + save.title() + ")");
                }
            }
            long imported = 0;
            for (int offset = 0;; offset += 10_000) {
                List<AuditEntry> page = check.between(null, null, offset, 10_000);
                imported += page.stream().filter(e -> e.change() == AuditEntry.Change.IMPORTED).count();
                if (page.size() < 10_000) {
                    break;
                }
            }
            if (imported != seedImports + imports) {
                problems.add(imported + " import entries in the audit trail for " + imports + " imports and "
                        + seedImports + " of the seed");
            }
            long count = check.count(SignalQuery.ALL);
            if (count != seeded + rows.get()) {
                problems.add(count + " signals stored, expected " + seeded + " + " + rows.get());
            }
        }
        return new Outcome(backend, clients, elapsed, imports, rows.get(), done.size(), conflicts.get(),
                new ArrayList<>(importNanos), new ArrayList<>(saveNanos), new ArrayList<>(editNanos), problems);
    }

    private static String report(List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        text.append("# Team load test (").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(Runtime.version().feature()).append(")\n\n");
        text.append("| database | clients | s | imports (50 rows) /s | saves /s | conflicts | import p50 / p95 / p99 ms"
                + " | save p50 / p95 / p99 ms | edit incl. retries p50 / p95 / p99 ms | checks |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %d | %s | %s | %s | %s |%n", o.backend(),
                    o.clients(), o.seconds(), o.imports() / o.seconds(), o.saves() / o.seconds(), o.conflicts(),
                    percentiles(o.importNanos()), percentiles(o.saveNanos()), percentiles(o.editNanos()),
                    o.problems().isEmpty() ? "no lost update; " + o.saves() + " saves and " + o.imports()
                            + " imports all in the audit trail; " + o.rows() + " rows counted"
                            : String.join("; ", o.problems())));
        }
        return text.toString();
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static double at(List<Long> sorted, double fraction) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

}
