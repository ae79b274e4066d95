// SPDX-License-Identifier: EPL-2.0
package nl.regie.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.regie.catalog.internal.RegieCatalogue;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Intervention;
import nl.regie.model.Municipality;
import nl.regie.model.Pillar;
import nl.regie.model.Track;
import nl.regie.model.validation.RegieModelValidator;
import nl.regie.planning.Coherence;
import nl.regie.planning.Recommender;
import nl.regie.sample.GemeenteX;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.store.SignalDimension;

/**
 * Coherence checks and recommendations on a plan of N actions (Gemeente X's seven actions copied round its five tracks,
 * with their owners, partners and linked signals), against EMF's own validation of the same plan with the model's
 * rules (the Diagnostician), in the same run: median of 5 timed runs after 2 warm-up runs. The catalogue is Regie's
 * seven entries plus 1,000 copies, so the ranking has work to do.
 */
public final class PlanningBenchmark {

    private PlanningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/benchmark-planning").toAbsolutePath();
        Files.createDirectories(work);
        Municipality x = GemeenteX.create();
        ActionPlan plan = x.getPolicies().get(0).getActionPlans().get(0);
        grow(plan, count);
        int actions = plan.getTracks().stream().mapToInt(t -> t.getActions().size()).sum();
        List<Intervention> catalogue = new ArrayList<>(new RegieCatalogue().interventions());
        List<Intervention> base = List.copyOf(catalogue);
        for (int i = 0; i < 1000; i++) {
            Intervention copy = EcoreUtil.copy(base.get(i % base.size()));
            copy.setId(copy.getId() + "-" + i);
            catalogue.add(copy);
        }
        List<Cluster> worrying = List.of(new Cluster(Map.of(SignalDimension.SUBSTANCE, "gemx-middel-3mmc"), 3, 0, 0.25,
                0.002, true), new Cluster(Map.of(SignalDimension.SUBSTANCE, "gemx-middel-3mmc",
                        SignalDimension.SETTING, "gemx-setting-straat"), 3, 0, 0.25, 0.002, true));
        Recommender.Need need = new Recommender.Need(x.getTargetGroups().get(0), x.getSettings().get(0),
                EnumSet.of(Pillar.DEMAND_REDUCTION));
        Coherence coherence = new Coherence(Locale.ENGLISH);
        Recommender recommender = new Recommender(Locale.ENGLISH);
        LocalDate today = LocalDate.of(2026, 11, 28);

        double[] validate = new double[7];
        double[] check = new double[7];
        double[] recommend = new double[7];
        double[] heatmap = new double[7];
        Diagnostic result = null;
        int ranked = 0;
        for (int run = 0; run < 7; run++) {
            long t = System.nanoTime();
            RegieModelValidator.validateAll(plan);
            validate[run] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            result = coherence.check(plan, worrying, id -> id);
            check[run] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            ranked = recommender.recommend(need, catalogue, plan, today).size();
            recommend[run] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            new nl.regie.planning.Coverage(x, plan).pillarGaps();
            heatmap[run] = (System.nanoTime() - t) / 1e6;
        }
        double v = StoreBenchmark.median(Arrays.copyOfRange(validate, 2, 7));
        double c = StoreBenchmark.median(Arrays.copyOfRange(check, 2, 7));
        double r = StoreBenchmark.median(Arrays.copyOfRange(recommend, 2, 7));
        double h = StoreBenchmark.median(Arrays.copyOfRange(heatmap, 2, 7));
        String text = String.format(Locale.ROOT, "Regie planning benchmark: a plan of %d actions, a catalogue of %d"
                + " entries.%n%s%n%n| measurement | Regie | baseline | ratio |%n|---|---|---|---|%n"
                + "| coherence check of the plan (model rules and plan checks; %d findings) | %.0f ms | %.0f ms (EMF"
                + " Diagnostician with the model's rules alone) | %.2f (check time / validation time) |%n"
                + "| recommendations for one need, %d entries ranked with reasons | %.0f ms | %.0f ms (the same"
                + " validation) | %.2f |%n"
                + "| coverage for the heatmap (pillar x domain, setting x target group) | %.1f ms | %.0f ms (the same"
                + " validation) | %.2f |%n", actions, catalogue.size(), StoreBenchmark.environment(),
                result.getChildren().size(), c, v, c / v, ranked, r, v, r / v, h, v, h / v);
        System.out.println(text);
        Files.writeString(work.resolve("results.md"), text);
    }

    /** Gemeente X's seven actions copied round its five tracks until the plan has {@code count} actions. */
    static void grow(ActionPlan plan, int count) {
        List<Action> seed = new ArrayList<>();
        plan.getTracks().forEach(track -> seed.addAll(track.getActions()));
        for (int i = plan.getTracks().stream().mapToInt(t -> t.getActions().size()).sum(); i < count; i++) {
            Action original = seed.get(i % seed.size());
            Action copy = EcoreUtil.copy(original);
            copy.setId(original.getId() + "-" + i);
            copy.setTitle(original.getTitle() + " (" + i + ")");
            copy.setOwner(original.getOwner());
            copy.setIntervention(original.getIntervention());
            copy.setTargetGroup(original.getTargetGroup());
            copy.setSetting(original.getSetting());
            copy.getSignals().addAll(original.getSignals());
            copy.getGoals().addAll(original.getGoals());
            for (int k = 0; k < copy.getInvolvements().size(); k++) {
                copy.getInvolvements().get(k).setPartner(original.getInvolvements().get(k).getPartner());
            }
            ((Track) original.eContainer()).getActions().add(copy);
        }
    }
}
