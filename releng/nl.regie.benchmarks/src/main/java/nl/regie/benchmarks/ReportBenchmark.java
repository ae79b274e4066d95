// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import nl.regie.model.ActionPlan;
import nl.regie.model.Municipality;
import nl.regie.reports.Monitor;
import nl.regie.reports.Reports;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.sources.CsvSource;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalQuery;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * The council letter (PDF, with its charts) and the policy plan (HTML) for a municipality with N signals and a plan of
 * M actions, against one aggregate query of the same store in the same run (the signals per substance over all of
 * them, the heaviest single question a report asks): median of 3 timed runs after 1 warm-up.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int actions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path work = Path.of(args.length > 2 ? args[2] : "target/benchmark-report").toAbsolutePath();
        StoreBenchmark.deleteTree(work);
        Files.createDirectories(work);
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        Path file = work.resolve("signalen.csv");
        IntakeBenchmark.write(rows, file, 3);
        try (DerbyStore store = DerbyStore.open(DerbySettings.embedded(work.resolve("store")))) {
            Municipality x = store.load().municipality();
            new SignalIntake(x).run(file, new CsvSource(), store);
            long stored = store.count(SignalQuery.ALL);
            ActionPlan plan = x.getPolicies().get(0).getActionPlans().get(0);
            PlanningBenchmark.grow(plan, actions);
            int planned = plan.getTracks().stream().mapToInt(t -> t.getActions().size()).sum();
            // with Regie's own evaluation checks and computed indicators, as the product runs them (services there)
            Reports reports = new Reports(x, plan, store, LocalDate.of(2026, 11, 28), Locale.forLanguageTag("nl"),
                    List.of(new nl.regie.evaluation.internal.RegieEvaluationChecks()),
                    List.of(new nl.regie.evaluation.internal.RegieIndicators()));
            double[] letter = new double[4];
            double[] policy = new double[4];
            double[] query = new double[4];
            for (int run = 0; run < 4; run++) {
                long t = System.nanoTime();
                reports.write(Reports.Kind.COUNCIL_LETTER, Reports.Format.PDF, work.resolve("brief.pdf"), false, Monitor.NONE);
                letter[run] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                reports.write(Reports.Kind.POLICY_PLAN, Reports.Format.HTML, work.resolve("plan.html"), false, Monitor.NONE);
                policy[run] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                store.countBy(SignalQuery.ALL, EnumSet.of(SignalDimension.SUBSTANCE));
                query[run] = (System.nanoTime() - t) / 1e6;
            }
            double l = StoreBenchmark.median(Arrays.copyOfRange(letter, 1, 4));
            double p = StoreBenchmark.median(Arrays.copyOfRange(policy, 1, 4));
            double q = StoreBenchmark.median(Arrays.copyOfRange(query, 1, 4));
            String text = String.format(Locale.ROOT, "Regie report benchmark: %d signals, a plan of %d actions.%n%s%n%n"
                    + "| measurement | Regie | baseline | ratio |%n|---|---|---|---|%n"
                    + "| council letter as PDF (%d KB, charts included) | %.0f ms | %.0f ms (one query: signals per substance"
                    + " over all %d) | %.1f |%n"
                    + "| policy plan as HTML (%d KB) | %.0f ms | %.0f ms (the same query) | %.1f |%n", stored, planned,
                    StoreBenchmark.environment(), Files.size(work.resolve("brief.pdf")) / 1024, l, q, stored, l / q,
                    Files.size(work.resolve("plan.html")) / 1024, p, q, p / q);
            System.out.println(text);
            Files.writeString(work.resolve("results.md"), text);
        }
    }
}
