// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.signals.IntakeReport;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.clusters.ClusterDetector;
import nl.regie.signals.sources.CsvSource;
import nl.regie.store.SignalQuery;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * Signal intake of a generated partner file of N rows (parse, validate, privacy screen, dedup, commit) against Derby's
 * own {@code SYSCS_UTIL.SYSCS_IMPORT_TABLE} of N rows of the same shape, in the same run; peak heap of the intake; and
 * the cluster computation over the stored signals. One warm-up intake of a tenth of the rows first; then one timed
 * intake, since a million-row run is long enough not to need a median.
 */
public final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/benchmark-intake").toAbsolutePath();
        StoreBenchmark.deleteTree(work);
        Files.createDirectories(work);
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());

        Path warmupFile = work.resolve("warmup.csv");
        write(Math.max(1000, rows / 10), warmupFile, 7);
        intake(warmupFile, work.resolve("warmup-store"));
        StoreBenchmark.deleteTree(work.resolve("warmup-store"));

        Path file = work.resolve("signalen.csv");
        write(rows, file, 0);
        Result result = intake(file, work.resolve("intake-store"));
        double[] rawMs = StoreBenchmark.rawImport(rows, work);

        double intakeRate = rows / (result.millis / 1000);
        double rawRate = rows / (rawMs[0] / 1000);
        double seededRate = rows / (rawMs[1] / 1000);
        StringBuilder report = new StringBuilder();
        report.append("| measurement | Regie | baseline | ratio |\n|---|---|---|---|\n");
        report.append(String.format(Locale.ROOT, "| signal intake, %d CSV rows (%s) | %.0f rows/s (%.0f ms) |"
                + " %.0f rows/s (%.0f ms, SYSCS_IMPORT_TABLE of %d rows into an empty database) | %.2f (intake rate / raw"
                + " import rate) |%n", rows, result.report.summaryLine(), intakeRate, result.millis, rawRate, rawMs[0],
                rows, intakeRate / rawRate));
        report.append(String.format(Locale.ROOT, "| the same intake | %.0f rows/s | %.0f rows/s (%.0f ms,"
                + " SYSCS_IMPORT_TABLE of %d rows into a database holding the example's signals, as the intake's does)"
                + " | %.2f |%n", intakeRate, seededRate, rawMs[1], rows, intakeRate / seededRate));
        report.append(String.format(Locale.ROOT, "| peak heap during the intake | %d MB (max heap %d MB) | | |%n",
                result.peakHeapMb, Runtime.getRuntime().maxMemory() >> 20));
        report.append(String.format(Locale.ROOT, "| cluster computation over %d stored signals | %.0f ms (median of 3 after 1 warm-up),"
                + " %d worrying clusters | | |%n", result.stored, result.clusterMs, result.clusters));
        report.append(result.inboxQueries);
        String text = "Regie signal intake benchmark: " + rows + " rows.\n" + StoreBenchmark.environment() + "\n\n" + report;
        System.out.println();
        System.out.println(text);
        Files.writeString(work.resolve("results.md"), text);
    }

    private record Result(IntakeReport report, double millis, long peakHeapMb, long stored, double clusterMs, int clusters,
            String inboxQueries) {
    }

    private static Result intake(Path file, Path folder) throws Exception {
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(folder))) {
            Municipality vocabulary = store.load().municipality();
            long before = store.count(SignalQuery.ALL);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            IntakeReport report = new SignalIntake(vocabulary).run(file, new CsvSource(), store);
            double millis = (System.nanoTime() - start) / 1e6;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
            long stored = store.count(SignalQuery.ALL);
            if (stored != before + report.accepted()) {
                throw new IllegalStateException("stored " + stored + ", expected " + (before + report.accepted()));
            }
            System.out.printf(Locale.ROOT, "intake of %s: %s in %.0f ms, peak heap %d MB%n", file.getFileName(),
                    report.summaryLine(), millis, peak);
            ClusterDetector detector = new ClusterDetector();
            double[] times = new double[4];
            int clusters = 0;
            for (int run = 0; run < times.length; run++) {
                long t = System.nanoTime();
                clusters = (int) detector.clusters(store, LocalDate.of(2026, 10, 31)).stream()
                        .filter(ClusterDetector.Cluster::flagged).count();
                times[run] = (System.nanoTime() - t) / 1e6;
            }
            // What the Signal Inbox asks of the store: a count and one page of 200 at a time, at any depth
            String[] names = {"count all", "first page", "page at row 500,000", "count 3-MMC", "first page of 3-MMC",
                    "first page of one partner in one month"};
            SignalQuery mmc = SignalQuery.ALL.substances("gemx-middel-3mmc");
            SignalQuery partnerMonth = SignalQuery.ALL.sources("gemx-partner-jongerenwerk")
                    .observed(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
            double[] inbox = new double[names.length];
            for (int q = 0; q < names.length; q++) {
                double[] runs = new double[4];
                for (int run = 0; run < runs.length; run++) {
                    long t = System.nanoTime();
                    switch (q) {
                        case 0 -> store.count(SignalQuery.ALL);
                        case 1 -> store.query(SignalQuery.ALL, 0, 200);
                        case 2 -> store.query(SignalQuery.ALL, 500_000, 200);
                        case 3 -> store.count(mmc);
                        case 4 -> store.query(mmc, 0, 200);
                        default -> store.query(partnerMonth, 0, 200);
                    }
                    runs[run] = (System.nanoTime() - t) / 1e6;
                }
                inbox[q] = StoreBenchmark.median(Arrays.copyOfRange(runs, 1, 4));
            }
            StringBuilder queries = new StringBuilder();
            for (int q = 0; q < names.length; q++) {
                queries.append(String.format(Locale.ROOT, "| Signal Inbox over %d signals: %s | %.0f ms (median of 3"
                        + " after 1 warm-up) | | |%n", stored, names[q], inbox[q]));
            }
            return new Result(report, millis, peak, stored, StoreBenchmark.median(Arrays.copyOfRange(times, 1, 4)), clusters,
                    queries.toString());
        }
    }

    /**
     * A partner export as it arrives: Dutch headings, semicolons, Dutch dates, names from the example municipality
     * drawn at random (seeded, so every run reads the same file) over 700 days;
     * 1 in 100 rows has an impossible date (rejected), 1 in 100 a phone number in the text (screened), 1 in 200 repeats
     * the row before it (a duplicate).
     */
    static void write(int rows, Path file, int seed) throws IOException {
        Municipality x = nl.regie.sample.GemeenteX.create();
        List<String> partners = names(x.getPartners());
        List<String> substances = names(x.getSubstances());
        List<String> groups = names(x.getTargetGroups());
        List<String> settings = names(x.getSettings());
        List<String> areas = names(x.getAreas());
        LocalDate first = LocalDate.of(2024, 12, 1);
        java.util.Random random = new java.util.Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Datum;Bron;Middel;Doelgroep;Setting;Wijk;Mate van zorg;Omschrijving\n");
            String previous = null;
            for (int i = 0; i < rows; i++) {
                if (i % 200 == 199 && previous != null) {
                    out.write(previous);
                    continue;
                }
                int n = i + seed;
                LocalDate day = first.plusDays(n % 700);
                String date = n % 100 == 42 ? "31-2-2026" : day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
                String text = "Melding " + n + " code " + Integer.toString(n * 7919 + 13, 36) + " over gebruik bij "
                        + (n % 2 == 0 ? "het plein" : "de school") + (n % 100 == 7 ? ", bel 06-" + (10_000_000 + n % 89_999_999) : "");
                String line = String.join(";", date, pick(partners, random), pick(substances, random), pick(groups, random),
                        pick(settings, random), pick(areas, random),
                        n % 3 == 0 ? "hoog" : "matig", text) + "\n";
                out.write(line);
                previous = line;
            }
        }
    }

    private static String pick(List<String> names, java.util.Random random) {
        return names.get(random.nextInt(names.size()));
    }

    private static List<String> names(List<? extends NamedElement> elements) {
        List<String> names = new ArrayList<>();
        elements.forEach(element -> names.add(element.getName()));
        return names;
    }
}
