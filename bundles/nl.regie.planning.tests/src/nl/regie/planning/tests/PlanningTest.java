// SPDX-License-Identifier: EPL-2.0
package nl.regie.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.catalog.internal.RegieCatalogue;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.Pillar;
import nl.regie.model.RegieObject;
import nl.regie.model.Setting;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;
import nl.regie.model.validation.RegieModelValidator;
import nl.regie.model.validation.Rule;
import nl.regie.planning.Coherence;
import nl.regie.planning.Recommender;
import nl.regie.planning.Recommender.Recommendation;
import nl.regie.signals.clusters.ClusterDetector;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * The seed scenario through the public API: Gemeente X's flagged 3-MMC cluster, its five-track plan checked for
 * coherence, what breaks the check, and the interventions recommended for the group on the street.
 */
class PlanningTest {

    @TempDir
    Path dir;

    private DerbyStore store;
    private Municipality x;
    private ActionPlan plan;
    private List<Cluster> worrying;
    private final Map<String, String> names = new HashMap<>();

    @BeforeEach
    void open() throws Exception {
        store = DerbyStore.open(DerbySettings.embedded(dir));
        x = store.load().municipality();
        plan = x.getPolicies().get(0).getActionPlans().get(0);
        worrying = new ClusterDetector().clusters(store, LocalDate.of(2026, 3, 31)).stream().filter(Cluster::flagged)
                .toList();
        for (TreeIterator<EObject> it = x.eAllContents(); it.hasNext();) {
            if (it.next() instanceof NamedElement named && named instanceof RegieObject object) {
                names.put(object.getId(), named.getName());
            }
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Diagnostic check() {
        return new Coherence(Locale.ENGLISH).check(plan, worrying, id -> names.getOrDefault(id, id));
    }

    private List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        for (Track track : plan.getTracks()) {
            actions.addAll(track.getActions());
        }
        return actions;
    }

    private static List<Diagnostic> findings(Diagnostic diagnostic, String source, int code) {
        return diagnostic.getChildren().stream().filter(d -> d.getSource().equals(source) && d.getCode() == code).toList();
    }

    @Test
    void theSeedPlanIsCoherentAndEveryActionHasAnOwner() {
        assertFalse(worrying.isEmpty(), "the seed flags the 3-MMC cluster");
        assertEquals(5, plan.getTracks().size(), "five tracks");
        assertTrue(actions().stream().allMatch(a -> a.getOwner() != null), "every action has an owner");
        assertTrue(plan.getTracks().stream().allMatch(t -> t.getOwner() != null), "every track has a lead");
        Diagnostic diagnostic = check();
        // the seed plan answers everything but what police, youth care and youth work said they lack in knowledge
        assertEquals(Diagnostic.WARNING, diagnostic.getSeverity(), diagnostic.getChildren().toString());
        List<Diagnostic> gaps = findings(diagnostic, Coherence.SOURCE, Coherence.Check.GAP_UNANSWERED.code());
        assertEquals(3, gaps.size(), diagnostic.getChildren().toString());
        assertEquals(3, diagnostic.getChildren().size(), diagnostic.getChildren().toString());
        assertTrue(gaps.get(0).getMessage().startsWith("Wijkpolitie said at 'Om tafel over 3-MMC': Lacks knowledge: "),
                gaps.get(0).getMessage());
    }

    @Test
    void removingTheOwnerOfAnActionFailsTheCheckWithItsMessage() {
        Action action = actions().get(0);
        action.setOwner(null);
        Diagnostic diagnostic = check();
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        List<Diagnostic> owner = findings(diagnostic, RegieModelValidator.DIAGNOSTIC_SOURCE,
                Rule.ACTION_OWNER_REQUIRED.code());
        assertEquals(1, owner.size(), diagnostic.getChildren().toString());
        assertTrue(owner.get(0).getMessage().contains(action.getTitle()), owner.get(0).getMessage());
        assertEquals(action, owner.get(0).getData().get(0));
    }

    @Test
    void anEmptyPillarASupplyOnlySettingAndAnUnansweredClusterAreNamed() {
        // the nightlife track keeps only the agreements on dealers: supply reduction alone in that setting
        Action dealers = actions().stream().filter(a -> a.getPillar() == Pillar.SUPPLY_REDUCTION).findFirst().orElseThrow();
        Setting nightlife = dealers.getSetting();
        for (Action action : actions()) {
            if (action != dealers && action.getSetting() == nightlife) {
                ((Track) action.eContainer()).getActions().remove(action);
            }
        }
        Diagnostic supplyAlone = check();
        List<Diagnostic> alone = findings(supplyAlone, Coherence.SOURCE, Coherence.Check.SUPPLY_ALONE.code());
        assertEquals(1, alone.size(), supplyAlone.getChildren().toString());
        assertTrue(alone.get(0).getMessage().contains(nightlife.getName()), alone.get(0).getMessage());

        ((Track) dealers.eContainer()).getActions().remove(dealers);
        actions().forEach(action -> {
            action.getSignals().clear();
            action.getClusters().clear();
        });
        Diagnostic diagnostic = check();
        List<Diagnostic> pillar = findings(diagnostic, Coherence.SOURCE, Coherence.Check.PILLAR_EMPTY.code());
        assertEquals(1, pillar.size(), diagnostic.getChildren().toString());
        assertEquals(Diagnostic.WARNING, pillar.get(0).getSeverity());
        List<Diagnostic> unanswered = findings(diagnostic, Coherence.SOURCE, Coherence.Check.CLUSTER_UNANSWERED.code());
        assertEquals(worrying.size(), unanswered.size(), diagnostic.getChildren().toString());
        assertTrue(unanswered.get(0).getMessage().contains("3-MMC"), unanswered.get(0).getMessage());
        String dutch = new Coherence(Locale.forLanguageTag("nl")).check(plan, worrying, id -> names.getOrDefault(id, id))
                .getChildren().stream().filter(d -> d.getCode() == Coherence.Check.CLUSTER_UNANSWERED.code()).findFirst()
                .orElseThrow().getMessage();
        assertTrue(dutch.startsWith("Geen actie beantwoordt het zorgwekkende cluster"), dutch);
    }

    /**
     * A check an organisation contributes (every action of the nightlife setting needs a budget) adds its findings
     * to Regie's; a contributed check that crashes is named as a finding, not a failure of the whole check.
     */
    @Test
    void coherenceChecksOrganisationsContributeAddTheirFindingsAndABrokenOneIsNamed() {
        nl.regie.planning.CoherenceCheck budgets = new nl.regie.planning.CoherenceCheck() {
            @Override
            public String name(Locale locale) {
                return "Uitgaansgebied heeft budget";
            }

            @Override
            public List<Diagnostic> check(ActionPlan checked, List<Cluster> flagged, Locale locale) {
                List<Diagnostic> findings = new ArrayList<>();
                for (Track track : checked.getTracks()) {
                    for (Action action : track.getActions()) {
                        if (action.getBudget() == null) {
                            findings.add(new org.eclipse.emf.common.util.BasicDiagnostic(Diagnostic.WARNING, "org.example.regio",
                                    1, "Geen budget: " + action.getTitle(), new Object[] {action}));
                        }
                    }
                }
                return findings;
            }
        };
        nl.regie.planning.CoherenceCheck broken = new nl.regie.planning.CoherenceCheck() {
            @Override
            public String name(Locale locale) {
                return "Kapotte regel";
            }

            @Override
            public List<Diagnostic> check(ActionPlan checked, List<Cluster> flagged, Locale locale) {
                throw new IllegalStateException("bestand ontbreekt");
            }
        };
        Action first = actions().get(0);
        first.setBudget(null);
        Diagnostic result = new Coherence(Locale.forLanguageTag("nl"), List.of(budgets, broken)).check(plan, worrying,
                id -> names.getOrDefault(id, id));
        List<String> messages = result.getChildren().stream().map(Diagnostic::getMessage).toList();
        assertTrue(result.getChildren().stream().anyMatch(d -> "org.example.regio".equals(d.getSource())
                && d.getMessage().equals("Geen budget: " + first.getTitle()) && d.getData().get(0) == first), messages.toString());
        assertTrue(result.getChildren().stream().anyMatch(d -> d.getCode() == Coherence.CHECK_FAILED
                && d.getMessage().equals("De controle Kapotte regel liep vast: bestand ontbreekt")), messages.toString());
        assertEquals(new Coherence(Locale.forLanguageTag("nl")).check(plan, worrying, id -> names.getOrDefault(id, id))
                .getChildren().size() + actions().stream().filter(a -> a.getBudget() == null).count() + 1,
                result.getChildren().size(), "Regie's findings, one per action without budget, and the broken check");
    }

    @Test
    void recommendationsForTheGroupOnTheStreetSayWhyAndPutWhatIsAdvisedAgainstLast() {
        TargetGroup minors = x.getTargetGroups().stream().filter(g -> g.getId().equals("gemx-doelgroep-minderjarigen-straat"))
                .findFirst().orElseThrow();
        Setting home = x.getSettings().stream().filter(s -> s.getKind() == nl.regie.model.SettingKind.HOME).findFirst()
                .orElseThrow();
        List<Recommendation> ranked = new Recommender(Locale.ENGLISH).recommend(
                new Recommender.Need(minors, home, Set.of(Pillar.DEMAND_REDUCTION)), new RegieCatalogue().interventions(),
                plan, LocalDate.of(2026, 11, 28));
        assertEquals(7, ranked.size());
        Recommendation last = ranked.get(ranked.size() - 1);
        assertTrue(last.advisedAgainst(), "advised against comes last: " + last);
        assertTrue(last.reasons().stream().anyMatch(r -> r.startsWith("advised against: ") && r.contains("2023")));
        Recommendation first = ranked.get(0);
        assertEquals("Help, mijn kind kan niet zonder", first.intervention().getName(),
                "recognised (well founded) and delivered at home: " + ranked);
        assertTrue(first.reasons().contains("delivered in the setting " + home.getName()), first.reasons().toString());
        assertTrue(first.reasons().stream().anyMatch(r -> r.startsWith("recognised: ")), first.reasons().toString());
        for (int i = 1; i < ranked.size() - 1; i++) {
            assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score(), "best first");
            assertFalse(ranked.get(i).reasons().isEmpty(), "every rank has its reasons");
        }
    }

    @Test
    void twoFrozenVersionsOfThePlanAreComparedInWordsAPolicyOfficerReads() throws Exception {
        long first = store.load().version().number();
        Municipality next = org.eclipse.emf.ecore.util.EcoreUtil.copy(x);
        ActionPlan changed = next.getPolicies().get(0).getActionPlans().get(0);
        List<Action> actions = new ArrayList<>();
        changed.getTracks().forEach(track -> actions.addAll(track.getActions()));
        Action dropped = actions.get(5);
        ((Track) dropped.eContainer()).getActions().remove(dropped);
        Action moved = actions.get(0);
        java.math.BigDecimal expectedDelta = new java.math.BigDecimal("16500")
                .subtract(moved.getBudget() == null ? java.math.BigDecimal.ZERO : moved.getBudget())
                .subtract(dropped.getBudget() == null ? java.math.BigDecimal.ZERO : dropped.getBudget());
        moved.setOwner(next.getPartners().stream().filter(p -> p.getName().equals("Jeugdzorg")).findFirst().orElseThrow());
        moved.setBudget(new java.math.BigDecimal("12500"));
        Action added = nl.regie.model.RegieFactory.eINSTANCE.createAction();
        added.setId("a-deskundigheid-3mmc");
        added.setTitle("Deskundigheidsbevordering over 3-MMC voor jongerenwerkers");
        added.setOwner(next.getPartners().stream().filter(p -> p.getName().startsWith("Preventie")).findFirst().orElseThrow());
        added.setPillar(Pillar.DEMAND_REDUCTION);
        added.setDomain(nl.regie.model.Domain.SOCIAL);
        added.setBudget(new java.math.BigDecimal("4000"));
        changed.getTracks().get(3).getActions().add(added);
        long second = store.save(next, first, "Plan na het overleg van april").number();

        ActionPlan before = store.loadVersion(first).getPolicies().get(0).getActionPlans().get(0);
        ActionPlan after = store.loadVersion(second).getPolicies().get(0).getActionPlans().get(0);
        nl.regie.planning.PlanComparison.Difference difference = nl.regie.planning.PlanComparison.compare(before, after);
        assertEquals(List.of("a-deskundigheid-3mmc"), difference.added().stream().map(Action::getId).toList());
        assertEquals(List.of(dropped.getId()), difference.removed().stream().map(Action::getId).toList());
        assertEquals(1, difference.changed().size());
        assertEquals(0, expectedDelta.compareTo(difference.budgetDelta()), difference.budgetDelta().toString());
        List<String> lines = difference.describe(Locale.forLanguageTag("nl-NL"));
        assertTrue(lines.get(1).startsWith("Toegevoegd: Deskundigheidsbevordering over 3-MMC voor jongerenwerkers (eigenaar"
                + " Preventie"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Vervallen: " + dropped.getTitle())), lines.toString());
        String change = lines.stream().filter(l -> l.startsWith("Gewijzigd: ")).findFirst().orElseThrow();
        assertTrue(change.contains("Jeugdzorg") && change.contains("12500"), change);
        assertTrue(lines.get(lines.size() - 1).startsWith("Budget van alle acties: "), lines.toString());
        assertTrue(nl.regie.planning.PlanComparison.compare(before, before).same());
    }
}
