// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.Domain;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Involvement;
import nl.regie.model.Measurement;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.PartnerRole;
import nl.regie.model.Pillar;
import nl.regie.model.Policy;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegiePackage;
import nl.regie.model.SignalStatus;
import nl.regie.model.Track;
import nl.regie.model.resource.RegieResources;
import nl.regie.sample.GemeenteX;
import nl.regie.store.SignalRecord;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;
import nl.regie.store.derby.internal.Connections;
import nl.regie.store.derby.internal.Schema;

/**
 * Measures, in one run and on one machine, the store against its baselines:
 * <ol>
 * <li>workspace load and save of N model objects: the Derby store (EMF binary in a BLOB, in a transaction) against
 * an XMI file loaded with EMF's recommended options (intrinsic-id map, deferred IDREF resolution, parser pool,
 * name-to-feature map);</li>
 * <li>signal inserts: {@code DerbyStore.append} against Derby's own {@code SYSCS_UTIL.SYSCS_IMPORT_TABLE} of the
 * same rows from CSV into an identical, freshly migrated database (CSV writing not timed).</li>
 * </ol>
 * Each figure is the median of several timed runs after warm-up runs. Output: a Markdown table on stdout and in
 * {@code results.md} of the work folder.
 */
public final class StoreBenchmark {

    private static final int WARMUP = 2;
    private static final int RUNS = 5;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path work = Path.of(args.length > 2 ? args[2] : "target/benchmark").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());

        StringBuilder report = new StringBuilder();
        report.append("| measurement | Regie store | baseline | ratio |\n|---|---|---|---|\n");
        workspace(objects, work, report);
        signals(rows, work, report);
        String environment = environment();
        String text = "Regie store benchmark: " + objects + " model objects, " + rows + " signals; median of " + RUNS
                + " runs after " + WARMUP + " warm-up runs.\n" + environment + "\n\n" + report;
        System.out.println();
        System.out.println(text);
        Files.writeString(work.resolve("results.md"), text);
    }

    /** The JVM, cores, heap and system the figures were measured on. */
    static String environment() {
        return String.format(Locale.ROOT, "%s %s, %d cores, max heap %d MB, %s", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    // ------------------------------------------------------------------------------------------------ workspace

    private static void workspace(int objects, Path work, StringBuilder report) throws Exception {
        Municipality municipality = workspaceOf(objects);
        int count = countObjects(municipality);
        System.out.println("workspace with " + count + " objects");

        Path xmi = work.resolve("workspace.regie");
        Municipality forStore = EcoreUtil.copy(municipality);
        double xmiSave = median(() -> saveXmi(municipality, xmi));
        double xmiLoad = median(() -> {
            Municipality loaded = loadXmi(xmi);
            check(loaded, count);
        });

        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(work.resolve("workspace-store")).withSeedExample(false))) {
            long[] version = {store.load().version().number()};
            Municipality copy = forStore;
            double storeSave = median(() -> version[0] = store.save(copy, version[0], null).number());
            double storeLoad = median(() -> check(store.load().municipality(), count));
            report.append(row("workspace load, " + count + " objects", storeLoad, xmiLoad, "ms", xmiLoad / storeLoad,
                    " (XMI time / store time)"));
            report.append(row("workspace save, " + count + " objects", storeSave, xmiSave, "ms", xmiSave / storeSave,
                    " (XMI time / store time)"));
            report.append(String.format(Locale.ROOT, "| size on disk | %.1f MB per version (binary) | %.1f MB (XMI) | |%n",
                    RegieResources.toBinary(copy).length / 1e6, Files.size(xmi) / 1e6));
        }
    }

    private static void check(Municipality loaded, int expected) {
        if (countObjects(loaded) != expected) {
            throw new IllegalStateException("loaded " + countObjects(loaded) + " objects, expected " + expected);
        }
    }

    private static int countObjects(Municipality municipality) {
        int count = 1;
        for (var it = municipality.eAllContents(); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    /** Writes the XMI file; the model is attached to that file's resource on the first (warm-up) run. */
    private static void saveXmi(Municipality municipality, Path file) throws IOException {
        RegieResources.save(municipality, file);
    }

    /** XMI with the load options EMF recommends for large models. */
    private static Municipality loadXmi(Path file) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(RegiePackage.eNS_URI, RegiePackage.eINSTANCE);
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resourceSet.getResources().add(resource);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        resource.load(options);
        return (Municipality) resource.getContents().get(0);
    }

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

    /**
     * The example municipality grown to about {@code objects} objects: partners, goals with indicators and
     * measurements, and tracks of actions with involvements, all cross-referenced as in real use.
     */
    static Municipality workspaceOf(int objects) {
        RegieFactory f = RegieFactory.eINSTANCE;
        Municipality municipality = GemeenteX.create();
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Partner partner = f.createPartner();
            partner.setId("p" + i);
            partner.setName("Partner " + i);
            partner.setDomain(Domain.get(i % 3));
            municipality.getPartners().add(partner);
            partners.add(partner);
        }
        Policy policy = municipality.getPolicies().get(0);
        ActionPlan plan = policy.getActionPlans().get(0);
        int created = 300;
        int goalNumber = 0;
        while (created < objects) {
            Goal goal = f.createGoal();
            goal.setId("g" + goalNumber);
            goal.setStatement("Doel " + goalNumber);
            goal.getPillars().add(Pillar.get(goalNumber % 3));
            goal.getDomains().add(Domain.get(goalNumber % 3));
            policy.getGoals().add(goal);
            Indicator indicator = f.createIndicator();
            indicator.setId("i" + goalNumber);
            indicator.setName("Indicator " + goalNumber);
            indicator.setUnit("aantal");
            goal.getIndicators().add(indicator);
            for (int m = 0; m < 20; m++) {
                Measurement measurement = f.createMeasurement();
                measurement.setId("m" + goalNumber + "-" + m);
                measurement.setMeasuredOn(LocalDate.of(2026, 1, 1).plusMonths(m));
                measurement.setValue(m * 1.5);
                indicator.getMeasurements().add(measurement);
            }
            Track track = f.createTrack();
            track.setId("t" + goalNumber);
            track.setName("Spoor " + goalNumber);
            plan.getTracks().add(track);
            for (int a = 0; a < 5; a++) {
                Action action = f.createAction();
                action.setId("a" + goalNumber + "-" + a);
                action.setTitle("Actie " + goalNumber + "-" + a);
                action.setPillar(Pillar.get(a % 3));
                action.setDomain(Domain.get(a % 3));
                action.setOwner(partners.get((goalNumber + a) % partners.size()));
                action.setBudget(new BigDecimal(1000 + a));
                action.setStartDate(LocalDate.of(2026, 6, 1));
                action.setEndDate(LocalDate.of(2027, 6, 1));
                action.getGoals().add(goal);
                for (int p = 0; p < 2; p++) {
                    Involvement involvement = f.createInvolvement();
                    involvement.setId("v" + goalNumber + "-" + a + "-" + p);
                    involvement.setPartner(partners.get((goalNumber + a + p + 1) % partners.size()));
                    involvement.setRole(PartnerRole.get(p));
                    action.getInvolvements().add(involvement);
                }
                track.getActions().add(action);
            }
            created += 1 + 1 + 20 + 1 + 5 * 3;
            goalNumber++;
        }
        return municipality;
    }

    // ------------------------------------------------------------------------------------------------ signals

    private static void signals(int rows, Path work, StringBuilder report) throws Exception {
        List<SignalRecord> records = signalsOf(rows);
        Path csv = work.resolve("signals.csv");
        Path substancesCsv = work.resolve("signal-substances.csv");
        writeCsv(records, csv, substancesCsv);

        double[] store = new double[WARMUP + RUNS];
        double[] raw = new double[WARMUP + RUNS];
        for (int run = 0; run < WARMUP + RUNS; run++) {
            Path storeFolder = work.resolve("signals-store-" + run);
            try (DerbyStore signalStore = DerbyStore.open(DerbySettings.embedded(storeFolder).withSeedExample(false))) {
                long start = System.nanoTime();
                signalStore.append(records, "benchmark");
                store[run] = (System.nanoTime() - start) / 1e6;
            }
            deleteTree(storeFolder);

            raw[run] = importRaw(rows, csv, substancesCsv, work.resolve("signals-raw-" + run));
            System.out.printf(Locale.ROOT, "signals run %d: store %.0f ms, SYSCS_IMPORT_TABLE %.0f ms%n", run, store[run],
                    raw[run]);
        }
        double storeMs = median(Arrays.copyOfRange(store, WARMUP, store.length));
        double rawMs = median(Arrays.copyOfRange(raw, WARMUP, raw.length));
        double storeRate = rows / (storeMs / 1000);
        double rawRate = rows / (rawMs / 1000);
        report.append(String.format(Locale.ROOT, "| signal insert, %d rows | %.0f rows/s (%.0f ms) | %.0f rows/s (%.0f ms,"
                + " SYSCS_IMPORT_TABLE) | %.2f (store rate / raw import rate) |%n", rows, storeRate, storeMs, rawRate, rawMs,
                storeRate / rawRate));
    }

    /** Writes {@code records} as CSV (not timed), then times Derby's own import of them into a fresh database. */
    static double rawImport(List<SignalRecord> records, Path work) throws Exception {
        Path csv = work.resolve("raw-signals.csv");
        Path substancesCsv = work.resolve("raw-signal-substances.csv");
        writeCsv(records, csv, substancesCsv);
        return importRaw(records.size(), csv, substancesCsv, work.resolve("raw-store"));
    }

    /** Milliseconds of {@code SYSCS_IMPORT_TABLE} of both files into a freshly migrated database in {@code folder}. */
    private static double importRaw(int rows, Path csv, Path substancesCsv, Path folder) throws Exception {
        Connections connections = new Connections(DerbySettings.embedded(folder).withSeedExample(false));
        try (Connection connection = connections.openCreating()) {
            // a database seeded before is at the latest schema already; migrating again does nothing
            Schema.migrate(connection, Schema.LATEST);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO IMPORT_BATCH (IMPORTED_AT, SOURCE, ROW_COUNT) VALUES"
                        + " (CURRENT_TIMESTAMP, 'benchmark', " + rows + ")");
            }
            long start = System.nanoTime();
            importTable(connection, "SIGNAL", csv);
            importTable(connection, "SIGNAL_SUBSTANCE", substancesCsv);
            return (System.nanoTime() - start) / 1e6;
        } finally {
            connections.shutdown();
            deleteTree(folder);
        }
    }

    private static void importTable(Connection connection, String table, Path csv) throws Exception {
        try (CallableStatement call = connection.prepareCall(
                "CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE('APP', ?, ?, ',', '\"', 'UTF-8', 0)")) {
            call.setString(1, table);
            call.setString(2, csv.toString());
            call.execute();
        }
    }

    static List<SignalRecord> signalsOf(int rows) {
        List<SignalRecord> records = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            records.add(signalOf(i));
        }
        return records;
    }

    /** Signal number {@code i} of the generated rows. */
    static SignalRecord signalOf(int i) {
        LocalDate observed = LocalDate.of(2025, 1, 1).plusDays(i % 700);
        return new SignalRecord("sig-" + i, observed, observed.plusDays(2), "partner-" + (i % 9),
                List.of(i % 3 == 0 ? "gemx-middel-3mmc" : "gemx-middel-cannabis"), "group-" + (i % 5),
                "setting-" + (i % 5), "area-" + (i % 12), ConcernLevel.get(i % 4), Confidence.get(i % 2),
                SignalStatus.get(i % 5), "Signaal " + i + " over middelengebruik in de wijk", null);
    }

    /**
     * {@link #rawImport(List, Path)} of {@code rows} generated rows, written to the files one at a time (little heap):
     * milliseconds into an empty database (Derby's bulk path: unlogged rows, indexes built by sorting) and into a
     * database that already holds the example municipality's signals, as the intake's does (Derby's ordinary insert
     * path, every index updated row by row).
     */
    static double[] rawImport(int rows, Path work) throws Exception {
        Path csv = work.resolve("raw-signals.csv");
        Path substancesCsv = work.resolve("raw-signal-substances.csv");
        writeCsv(java.util.stream.IntStream.range(0, rows).mapToObj(StoreBenchmark::signalOf)::iterator, csv,
                substancesCsv);
        double empty = importRaw(rows, csv, substancesCsv, work.resolve("raw-store"));
        Path seeded = work.resolve("raw-store-seeded");
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(seeded))) {
            // created, migrated and seeded with Gemeente X, like the store the intake writes into
        }
        double notEmpty = importRaw(rows, csv, substancesCsv, seeded);
        return new double[] {empty, notEmpty};
    }

    /** The same rows as CSV in the column order of the tables (BATCH_ID 1, as the store's first batch gets). */
    private static void writeCsv(Iterable<SignalRecord> records, Path signals, Path substances) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(signals, StandardCharsets.UTF_8);
                BufferedWriter sub = Files.newBufferedWriter(substances, StandardCharsets.UTF_8)) {
            for (SignalRecord r : records) {
                out.write(String.join(",", quote(r.id()), r.observedOn().toString(), r.reportedOn().toString(),
                        quote(r.sourceId()), quote(r.targetGroupId()), quote(r.settingId()), quote(r.areaId()),
                        String.valueOf(r.concern().getValue()), String.valueOf(r.confidence().getValue()),
                        String.valueOf(r.status().getValue()), quote(r.description()), "", "1"));
                out.newLine();
                for (String substance : r.substanceIds()) {
                    sub.write(quote(r.id()) + "," + quote(substance));
                    sub.newLine();
                }
            }
        }
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    // ------------------------------------------------------------------------------------------------ helpers

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        double[] times = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            System.gc();
            long start = System.nanoTime();
            work.run();
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= WARMUP) {
                times[i - WARMUP] = ms;
            }
        }
        return median(times);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String row(String what, double store, double baseline, String unit, double ratio, String meaning) {
        return String.format(Locale.ROOT, "| %s | %.0f %s | %.0f %s | %.2f%s |%n", what, store, unit, baseline, unit, ratio,
                meaning);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
