// SPDX-License-Identifier: EPL-2.0
package nl.regie.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.catalog.internal.RegieCatalogue;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Concern;
import nl.regie.model.ConcernKind;
import nl.regie.model.Domain;
import nl.regie.model.Intervention;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.Partner;
import nl.regie.model.Pillar;
import nl.regie.model.Policy;
import nl.regie.model.RegieObject;
import nl.regie.model.RegiePackage;
import nl.regie.model.RoundTable;
import nl.regie.model.Setting;
import nl.regie.model.Signal;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;
import nl.regie.model.edit.RegieEditAdapterFactory;
import nl.regie.model.validation.RegieModelValidator;
import nl.regie.model.validation.Rule;
import nl.regie.planning.Coherence;
import nl.regie.planning.Coverage;
import nl.regie.planning.PlanEditing;
import nl.regie.planning.PlanEditing.Created;
import nl.regie.planning.Recommender;
import nl.regie.planning.Recommender.Need;
import nl.regie.planning.Recommender.Recommendation;
import nl.regie.signals.clusters.ClusterDetector;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * The seed scenario end to end through the public API, as an analyst would go: Gemeente X's store flags the 3-MMC
 * cluster; the example plan is set aside and the five-track plan is built again from the cluster and the round table,
 * every step an EMF command on an editing domain; each track's intervention is taken from the recommendations; the
 * round table's knowledge gap flows into the plan; the coherence check passes, the heatmap shows the coverage the seed
 * describes, removing an owner fails the check with its message and undo mends it; the plan is saved and read back.
 */
class SeedScenarioTest {

    private static final RegiePackage P = RegiePackage.eINSTANCE;

    @TempDir
    Path dir;

    private DerbyStore store;
    private Municipality x;
    private long version;
    private List<Cluster> worrying;
    private final Map<String, String> names = new HashMap<>();
    private EditingDomain domain;
    private PlanEditing editing;

    @BeforeEach
    void open() throws Exception {
        store = DerbyStore.open(DerbySettings.embedded(dir));
        var loaded = store.load();
        x = loaded.municipality();
        version = loaded.version().number();
        worrying = new ClusterDetector().clusters(store, LocalDate.of(2026, 3, 31)).stream().filter(Cluster::flagged)
                .toList();
        for (TreeIterator<EObject> it = x.eAllContents(); it.hasNext();) {
            if (it.next() instanceof NamedElement named && named instanceof RegieObject object) {
                names.put(object.getId(), named.getName());
            }
        }
        domain = new AdapterFactoryEditingDomain(new RegieEditAdapterFactory(), new BasicCommandStack(),
                x.eResource().getResourceSet());
        editing = new PlanEditing(domain, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void run(Command command) {
        assertTrue(command.canExecute(), () -> "cannot execute " + command.getLabel());
        domain.getCommandStack().execute(command);
    }

    private <T extends EObject> T run(Created<T> created) {
        run(created.command());
        return created.object();
    }

    private <T extends RegieObject> T byId(List<T> list, String id) {
        return list.stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private Diagnostic check(ActionPlan plan) {
        return new Coherence(Locale.ENGLISH).check(plan, worrying, id -> names.getOrDefault(id, id));
    }

    private static List<Diagnostic> findings(Diagnostic diagnostic, int code) {
        return diagnostic.getChildren().stream().filter(d -> d.getCode() == code).toList();
    }

    /** One track of the seed: the need, the intervention expected in the first three places (ties included), lead and owner. */
    private Action track(ActionPlan plan, String name, String lead, String group, String setting, Pillar pillar,
            String expected, String owner, List<Signal> answers) {
        Partner leader = byId(x.getPartners(), "gemx-partner-" + lead);
        Track track = run(editing.addTrack(plan, name, leader));
        Need need = new Need(byId(x.getTargetGroups(), "gemx-doelgroep-" + group),
                setting == null ? null : byId(x.getSettings(), "gemx-setting-" + setting), Set.of(pillar));
        List<Recommendation> ranked = new Recommender(Locale.ENGLISH).recommend(need, new RegieCatalogue().interventions(),
                plan, LocalDate.of(2026, 11, 28));
        int third = ranked.get(2).score();
        Intervention chosen = ranked.stream().filter(r -> !r.advisedAgainst() && r.score() >= third)
                .map(Recommendation::intervention)
                .filter(i -> i.getId().equals(expected)).findFirst()
                .orElseThrow(() -> new AssertionError(expected + " does not rank in the first three places for " + name + ": "
                        + ranked.stream().map(r -> r.intervention().getId() + " " + r.score()).toList()));
        return run(editing.addAction(track, chosen, need, byId(x.getPartners(), "gemx-partner-" + owner), answers));
    }

    @Test
    void fromTheFlaggedClusterTheFiveTrackPlanIsBuiltCheckedAndSaved() throws Exception {
        Cluster mmc = worrying.stream().filter(c -> "gemx-middel-3mmc".equals(c.key().get(
                nl.regie.store.SignalDimension.SUBSTANCE))).findFirst().orElseThrow(() -> new AssertionError(
                        "the seed flags a 3-MMC cluster: " + worrying));
        Policy policy = x.getPolicies().get(0);
        ActionPlan example = policy.getActionPlans().get(0);
        Coverage seedCoverage = new Coverage(x, example);
        RoundTable table = x.getRoundTables().get(0);
        assertTrue(table.getClusters().stream().anyMatch(key -> PlanEditing.covers(key, mmc)),
                "the round table's shared picture holds the flagged cluster " + PlanEditing.key(mmc));
        run(DeleteCommand.create(domain, example));
        assertTrue(table.getConcerns().stream().allMatch(c -> c.getAnsweredBy() == null), "no plan answers anything yet");

        List<Signal> mmcSignals = x.getSignals().stream()
                .filter(s -> s.getSubstances().stream().anyMatch(m -> m.getId().equals("gemx-middel-3mmc"))).toList();
        assertFalse(mmcSignals.isEmpty());
        Signal street = byId(x.getSignals(), "gemx-signaal-s2");
        Signal nightlife = byId(x.getSignals(), "gemx-signaal-s1");
        Signal pattern = byId(x.getSignals(), "gemx-signaal-s4");
        Signal dealers = byId(x.getSignals(), "gemx-signaal-s3");

        ActionPlan plan = run(editing.newPlan(policy, "Meersporenplan 3-MMC", LocalDate.of(2026, 6, 1),
                LocalDate.of(2027, 12, 31), new BigDecimal("60000")));
        Action parents = track(plan, "Opvoedondersteuning voor ouders", "ivz", "ouders", "thuis", Pillar.DEMAND_REDUCTION,
                "regie-help-mijn-kind-kan-niet-zonder", "ivz", List.of(street, pattern));
        run(SetCommand.create(domain, parents, P.getAction_Domain(), Domain.SOCIAL));
        Action training = track(plan, "Deskundigheidsbevordering horeca", "ivz", "horecapersoneel", "uitgaansleven",
                Pillar.DEMAND_REDUCTION, "regie-training-horecapersoneel", "ivz", List.of(nightlife));
        run(SetCommand.create(domain, training, P.getAction_Domain(), Domain.SAFETY));
        Track nightlifeTrack = (Track) training.eContainer();
        Action rules = run(editing.addAction(nightlifeTrack, byId(new RegieCatalogue().interventions(),
                "regie-huisregels-en-afspraken-uitgaansgebied"), new Need(byId(x.getTargetGroups(),
                        "gemx-doelgroep-uitgaanders"), byId(x.getSettings(), "gemx-setting-uitgaansleven"),
                        Set.of(Pillar.SUPPLY_REDUCTION)), byId(x.getPartners(), "gemx-partner-wijkpolitie"),
                List.of(dealers)));
        assertEquals(Pillar.SUPPLY_REDUCTION, rules.getPillar());
        assertEquals(Domain.SAFETY, rules.getDomain(), "the police's domain");
        Action school = track(plan, "Helder op School in het voortgezet onderwijs", "scholen-vo", "leerlingen-vo", "school",
                Pillar.DEMAND_REDUCTION, "regie-helder-op-school", "scholen-vo", List.of());
        run(SetCommand.create(domain, school, P.getAction_Domain(), Domain.HEALTH));
        Action offer = track(plan, "Verslavingspreventie-aanbod bekender maken", "gemeente", "ouders", null,
                Pillar.DEMAND_REDUCTION, "regie-preventieaanbod-verslavingszorg", "gemeente", List.of());
        Action care = track(plan, "Samenwerking jeugdzorg en verslavingszorg", "jeugdzorg", "minderjarigen-straat", "zorg",
                Pillar.HARM_REDUCTION, "regie-jeugdzorg-met-verslavingszorg", "jeugdzorg", List.of(pattern));
        run(SetCommand.create(domain, care, P.getAction_Domain(), Domain.HEALTH));

        // the round table: the nightlife staff's lack of a course of action is answered by their training; the rest
        // of what partners lack flows into the plan as one expertise-promotion action in the fourth track
        Concern horeca = table.getConcerns().stream().filter(c -> c.getKind() == ConcernKind.SKILL_GAP).findFirst()
                .orElseThrow();
        run(SetCommand.create(domain, horeca, P.getConcern_AnsweredBy(), training));
        run(SetCommand.create(domain, table, P.getRoundTable_Plan(), plan));
        Diagnostic beforeFlow = check(plan);
        assertEquals(3, findings(beforeFlow, Coherence.Check.GAP_UNANSWERED.code()).size(), beforeFlow.toString());
        run(editing.flowIntoPlan(table, plan, (Track) offer.eContainer()));
        Action expertise = ((Track) offer.eContainer()).getActions().get(1);
        assertEquals("Expertise on 3-MMC for Wijkpolitie, Jeugdzorg, Jongerenwerk", expertise.getTitle());
        assertEquals(3, expertise.getInvolvements().size());
        assertEquals("gemx-partner-ivz", expertise.getOwner().getId());
        assertTrue(table.getConcerns().stream().filter(c -> c.getKind() != ConcernKind.WORRY)
                .allMatch(c -> c.getAnsweredBy() != null));
        assertSame(plan, table.getPlan());

        // five tracks, each with a lead; every action has an owner; the plan answers the cluster and is coherent
        assertEquals(5, plan.getTracks().size());
        assertTrue(plan.getTracks().stream().allMatch(t -> t.getOwner() != null));
        List<Action> actions = new ArrayList<>();
        plan.getTracks().forEach(t -> actions.addAll(t.getActions()));
        assertEquals(7, actions.size(), "six from the catalogue, one from the round table");
        assertTrue(actions.stream().allMatch(a -> a.getOwner() != null));
        Diagnostic diagnostic = check(plan);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());

        // the heatmap shows the coverage the seed describes: the same pillar x domain cells as the example plan
        Coverage coverage = new Coverage(x, plan);
        Set<String> built = new LinkedHashSet<>();
        Set<String> seed = new LinkedHashSet<>();
        for (Pillar pillar : Pillar.VALUES) {
            for (Domain d : Domain.VALUES) {
                if (!coverage.actions(pillar, d).isEmpty()) {
                    built.add(pillar + "/" + d);
                }
                if (!seedCoverage.actions(pillar, d).isEmpty()) {
                    seed.add(pillar + "/" + d);
                }
            }
        }
        assertEquals(seed, built);
        assertTrue(built.containsAll(List.of("DEMAND_REDUCTION/SOCIAL", "DEMAND_REDUCTION/SAFETY",
                "SUPPLY_REDUCTION/SAFETY", "DEMAND_REDUCTION/HEALTH", "HARM_REDUCTION/HEALTH")), built.toString());
        assertEquals(EnumSet.allOf(Pillar.class).size() * EnumSet.allOf(Domain.class).size() - built.size(),
                coverage.pillarGaps().size());

        // removing an owner fails the check with its message; undo mends it
        run(editing.setOwner(school, null));
        Diagnostic broken = check(plan);
        assertEquals(Diagnostic.ERROR, broken.getSeverity());
        List<Diagnostic> owner = broken.getChildren().stream()
                .filter(d -> d.getSource().equals(RegieModelValidator.DIAGNOSTIC_SOURCE)
                        && d.getCode() == Rule.ACTION_OWNER_REQUIRED.code()).toList();
        assertEquals(1, owner.size(), broken.getChildren().toString());
        assertEquals("Action 'Helder op School' has no owner: name the partner that carries it.",
                owner.get(0).getMessage());
        domain.getCommandStack().undo();
        assertNotNull(school.getOwner());
        assertEquals(Diagnostic.OK, check(plan).getSeverity());

        // over budget: the actions together cost more than the plan may spend
        run(SetCommand.create(domain, parents, P.getAction_Budget(), new BigDecimal("45000")));
        run(SetCommand.create(domain, school, P.getAction_Budget(), new BigDecimal("20000")));
        List<Diagnostic> over = findings(check(plan), Coherence.Check.OVER_BUDGET.code());
        assertEquals(1, over.size());
        assertTrue(over.get(0).getMessage().contains("5,000.00"), over.get(0).getMessage());
        domain.getCommandStack().undo();
        assertTrue(findings(check(plan), Coherence.Check.OVER_BUDGET.code()).isEmpty());

        // the whole plan was built by commands: undo all of it and the workspace has no plan; redo brings it back
        int steps = 0;
        while (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
            steps++;
        }
        assertTrue(policy.getActionPlans().contains(example) && !policy.getActionPlans().contains(plan), "undone");
        for (int i = 0; i < steps; i++) {
            domain.getCommandStack().redo();
        }
        assertEquals(List.of(plan), policy.getActionPlans());

        // saved and read back, with the catalogue entries the plan uses copied into the workspace
        store.save(x, version, "Meersporenplan opgebouwd vanuit het 3-MMC-cluster");
        Municipality again = store.load().municipality();
        ActionPlan saved = again.getPolicies().get(0).getActionPlans().get(0);
        assertEquals(5, saved.getTracks().size());
        Action savedSchool = saved.getTracks().get(2).getActions().get(0);
        assertFalse(savedSchool.getIntervention().eIsProxy());
        assertSame(again, savedSchool.getIntervention().eContainer());
        assertEquals("Helder op School", savedSchool.getIntervention().getName());
        assertSame(saved, again.getRoundTables().get(0).getPlan());
    }

    @Test
    void aRoundTableIsRecordedWithConcernsAndAgreementsAndFlowsIntoTheExamplePlan() {
        Cluster mmc = worrying.stream().filter(c -> "gemx-middel-3mmc".equals(c.key().get(
                nl.regie.store.SignalDimension.SUBSTANCE))).findFirst().orElseThrow();
        Partner ggd = byId(x.getPartners(), "gemx-partner-ggd");
        Partner scholen = byId(x.getPartners(), "gemx-partner-scholen-vo");
        RoundTable table = run(editing.newRoundTable(x, "Vervolgoverleg scholen", LocalDate.of(2026, 9, 15),
                List.of(ggd, scholen), "Leerlingen vragen naar 3-MMC.", List.of(PlanEditing.key(mmc))));
        run(editing.addConcern(table, scholen, ConcernKind.KNOWLEDGE_GAP, "Mentoren weten te weinig van 3-MMC."));
        run(editing.addAgreement(table, "Signalen van school via de GGD", null, List.of(ggd, scholen)));
        assertEquals(Diagnostic.OK, RegieModelValidator.validateAll(table).getSeverity());
        ActionPlan example = x.getPolicies().get(0).getActionPlans().get(0);
        Track school = example.getTracks().get(2);
        run(editing.flowIntoPlan(table, example, school));
        Action made = school.getActions().get(school.getActions().size() - 1);
        assertEquals("Expertise on 3-MMC for Scholen voortgezet onderwijs", made.getTitle());
        assertTrue(made.getClusters().isEmpty(), "an expertise action does not claim to answer the table's clusters");
        assertTrue(example.getAgreements().stream().anyMatch(a -> a.getTitle().equals("Signalen van school via de GGD")));
        assertTrue(findings(check(example), Coherence.Check.GAP_UNANSWERED.code()).stream()
                .noneMatch(d -> d.getMessage().contains("Mentoren")));
        // undo takes the flow back as one step: no action, the gap open again, the table feeding no plan
        domain.getCommandStack().undo();
        assertTrue(school.getActions().stream().noneMatch(a -> a == made));
        assertEquals(null, table.getConcerns().get(0).getAnsweredBy());
        assertEquals(null, table.getPlan());
        assertTrue(example.getAgreements().stream().noneMatch(a -> a.getTitle().equals("Signalen van school via de GGD")));
    }

    @Test
    void aClusterKeyAnswersTheSameSignalsAtAnyLevelOfDetailAndNoOthers() {
        java.util.function.Function<Map<nl.regie.store.SignalDimension, String>, Cluster> cluster = key -> new Cluster(key, 5,
                1, 1.0, 0.001, true);
        Map<nl.regie.store.SignalDimension, String> minors = new java.util.EnumMap<>(nl.regie.store.SignalDimension.class);
        minors.put(nl.regie.store.SignalDimension.SUBSTANCE, "m");
        minors.put(nl.regie.store.SignalDimension.TARGET_GROUP, "minors");
        Map<nl.regie.store.SignalDimension, String> unknownGroup = new java.util.EnumMap<>(nl.regie.store.SignalDimension.class);
        unknownGroup.put(nl.regie.store.SignalDimension.SUBSTANCE, "m");
        unknownGroup.put(nl.regie.store.SignalDimension.TARGET_GROUP, null);
        String key = PlanEditing.key(cluster.apply(minors));
        assertEquals("SUBSTANCE=m;TARGET_GROUP=minors", key);
        assertEquals("SUBSTANCE=m;TARGET_GROUP=", PlanEditing.key(cluster.apply(unknownGroup)));
        assertTrue(PlanEditing.covers(key, cluster.apply(Map.of(nl.regie.store.SignalDimension.SUBSTANCE, "m"))), "wider");
        assertTrue(PlanEditing.covers(key, cluster.apply(Map.of(nl.regie.store.SignalDimension.SUBSTANCE, "m",
                nl.regie.store.SignalDimension.TARGET_GROUP, "minors", nl.regie.store.SignalDimension.AREA, "centre"))), "narrower");
        assertFalse(PlanEditing.covers(key, cluster.apply(Map.of(nl.regie.store.SignalDimension.SUBSTANCE, "m",
                nl.regie.store.SignalDimension.TARGET_GROUP, "nightlife"))), "another group");
        assertFalse(PlanEditing.covers(key, cluster.apply(unknownGroup)), "signals that do not name a group");
        assertFalse(PlanEditing.covers(key, cluster.apply(Map.of(nl.regie.store.SignalDimension.SUBSTANCE, "x"))), "another substance");
        assertFalse(PlanEditing.covers("TARGET_GROUP=minors", cluster.apply(minors)), "a key without a substance answers nothing");
        assertFalse(PlanEditing.covers("NOT_A_DIMENSION=1;SUBSTANCE=m", cluster.apply(minors)));
    }
}
