// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.evaluation.EvaluationCheck;
import nl.regie.evaluation.EvaluationIndicator;
import nl.regie.evaluation.Evaluations;
import nl.regie.evaluation.Progress;
import nl.regie.evaluation.Progress.Standing;
import nl.regie.evaluation.Progress.TrackProgress;
import nl.regie.evaluation.Scorecard;
import nl.regie.evaluation.SignalTrends;
import nl.regie.evaluation.SignalTrends.TrackTrend;
import nl.regie.evaluation.internal.RegieEvaluationChecks;
import nl.regie.evaluation.internal.RegieIndicators;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.ActionStatus;
import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.Indicator;
import nl.regie.model.Measurement;
import nl.regie.model.Municipality;
import nl.regie.model.ReAimDimension;
import nl.regie.model.ReAimScore;
import nl.regie.model.RegieFactory;
import nl.regie.model.SignalStatus;
import nl.regie.store.SignalRecord;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * The seed scenario evaluated: Gemeente X's plan from the store, with measurements, RE-AIM scores and fidelity that
 * this test enters (the seed gives no figures, so none are in the example), and 3-MMC signals after the plan started.
 * Progress per track, the scorecard rolled up, the 3-MMC trend before and after, and the checks.
 */
class SeedEvaluationTest {

    private static final RegieFactory F = RegieFactory.eINSTANCE;

    @TempDir
    Path dir;

    private DerbyStore store;
    private Municipality x;
    private ActionPlan plan;

    @BeforeEach
    void open() throws Exception {
        store = DerbyStore.open(DerbySettings.embedded(dir));
        x = store.load().municipality();
        plan = x.getPolicies().get(0).getActionPlans().get(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Action action(String id) {
        List<Action> all = new ArrayList<>();
        plan.getTracks().forEach(t -> all.addAll(t.getActions()));
        return all.stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private Indicator indicator(String id) {
        return x.getPolicies().get(0).getGoals().stream().flatMap(g -> g.getIndicators().stream())
                .filter(i -> i.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static void measure(Indicator indicator, String date, double value, String breakdown) {
        Measurement m = F.createMeasurement();
        m.setId(indicator.getId() + "-" + date + (breakdown == null ? "" : "-" + breakdown));
        m.setMeasuredOn(LocalDate.parse(date));
        m.setValue(value);
        m.setBreakdown(breakdown);
        indicator.getMeasurements().add(m);
    }

    private static void score(Action action, ReAimDimension dimension, double value, String measure, String source) {
        ReAimScore score = F.createReAimScore();
        score.setId(action.getId() + "-" + dimension.getName());
        score.setDimension(dimension);
        score.setValue(value);
        score.setMeasure(measure);
        score.setDataSource(source);
        action.getReAim().add(score);
    }

    /** Test figures, entered as an analyst would after the first half year. */
    private void enterFigures() throws Exception {
        Indicator parents = indicator("gemx-ind-ouders-bereikt");
        parents.setBaseline(0.0);
        parents.setTarget(40.0);
        measure(parents, "2026-09-30", 12, null);
        measure(parents, "2026-11-15", 24, null);
        measure(parents, "2026-11-15", 3, "wijk=Noord");
        Indicator trained = indicator("gemx-ind-getraind-personeel");
        trained.setBaseline(10.0);
        trained.setTarget(80.0);
        measure(trained, "2026-11-01", 80, null);
        Action course = action("gemx-a-oudercursus");
        course.setStatus(ActionStatus.IN_PROGRESS);
        course.setFidelity(90);
        score(course, ReAimDimension.REACH, 60, "aandeel ouders van de groep dat de cursus volgt", "registratie verslavingszorg");
        score(course, ReAimDimension.IMPLEMENTATION, 80, "bijeenkomsten gegeven zoals bedoeld", "trainers");
        Action training = action("gemx-a-training-horeca");
        training.setStatus(ActionStatus.COMPLETED);
        training.setFidelity(70);
        score(training, ReAimDimension.REACH, 40, "aandeel horecapersoneel getraind", "presentielijsten");
        score(training, ReAimDimension.ADOPTION, 50, "aandeel zaken dat meedoet", "horeca-overleg");
        // three 3-MMC signals after the plan started, one of them about minors on the street
        List<SignalRecord> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            after.add(new SignalRecord("test-na-" + i, LocalDate.of(2026, 7, 6).plusWeeks(i), null,
                    "gemx-partner-jongerenwerk", List.of("gemx-middel-3mmc"), i == 0 ? "gemx-doelgroep-minderjarigen-straat"
                            : null, null, null, ConcernLevel.MODERATE, Confidence.SUSPECTED, SignalStatus.NEW,
                    "3-MMC gezien (testsignaal)", null));
        }
        store.append(after, "test");
    }

    @Test
    void progressPerTrackShowsStatusFidelityMilestonesAndTheIndicatorsOfItsGoals() throws Exception {
        enterFigures();
        List<TrackProgress> progress = Progress.of(plan);
        assertEquals(5, progress.size());
        TrackProgress parents = progress.get(0);
        assertEquals(1, parents.underway());
        assertEquals(90.0, parents.fidelity());
        Progress.IndicatorProgress reached = parents.indicators().stream()
                .filter(p -> p.indicator().getId().equals("gemx-ind-ouders-bereikt")).findFirst().orElseThrow();
        assertEquals(24.0, reached.latest().getValue(), "the latest total, not the breakdown by area");
        assertEquals(0.6, reached.share(), 1e-9);
        assertEquals(Standing.ON_TRACK, reached.standing());
        TrackProgress nightlife = progress.get(1);
        assertEquals(Standing.REACHED, nightlife.indicators().stream()
                .filter(p -> p.indicator().getId().equals("gemx-ind-getraind-personeel")).findFirst().orElseThrow().standing());
        assertTrue(nightlife.indicators().stream().anyMatch(p -> p.standing() == Standing.NO_DATA),
                "the dealers indicator has no measurement");
        assertNull(progress.get(2).fidelity(), "the school track is not assessed");
    }

    @Test
    void theScorecardRollsUpPerTrackPillarDomainAndPlanAndSaysHowManyActionsItRestsOn() throws Exception {
        enterFigures();
        List<Scorecard.Row> rows = Scorecard.of(plan);
        Scorecard.Row whole = rows.get(0);
        assertEquals(Scorecard.Level.PLAN, whole.level());
        assertEquals(7, whole.actions());
        assertEquals(2, whole.assessed());
        assertEquals(50.0, whole.score(ReAimDimension.REACH), 1e-9, "mean of 60 and 40");
        assertNull(whole.score(ReAimDimension.MAINTENANCE), "nobody scored maintenance");
        Scorecard.Row nightlife = rows.stream().filter(r -> r.level() == Scorecard.Level.TRACK
                && r.name().equals("Deskundigheidsbevordering horeca")).findFirst().orElseThrow();
        assertEquals(3, nightlife.actions());
        assertEquals(1, nightlife.assessed());
        assertEquals(50.0, nightlife.score(ReAimDimension.ADOPTION), 1e-9);
        assertEquals(3, rows.stream().filter(r -> r.level() == Scorecard.Level.PILLAR).count(), "a row per pillar");
        assertEquals(3, rows.stream().filter(r -> r.level() == Scorecard.Level.DOMAIN).count(), "a row per domain");
        Scorecard.Row supply = rows.stream().filter(r -> r.level() == Scorecard.Level.PILLAR && r.actions() == 1).findFirst()
                .orElseThrow();
        assertTrue(supply.scores().isEmpty(), "the one supply action has no scores: an empty row, not zeros");
        assertTrue(Scorecard.definition(ReAimDimension.REACH, Locale.forLanguageTag("nl")).startsWith("Bereik (Reach)"));
    }

    @Test
    void the3MmcTrendPerTrackComparesTheWeeksBeforeAndAfterItsStartAndStatesTheMethod() throws Exception {
        enterFigures();
        List<TrackTrend> trends = SignalTrends.of(plan, store, LocalDate.of(2026, 11, 28), 20, Locale.ENGLISH);
        TrackTrend parents = trends.get(0);
        assertEquals(LocalDate.of(2026, 6, 1), parents.start());
        assertTrue(parents.keys().contains("SUBSTANCE=gemx-middel-3mmc"), parents.keys().toString());
        assertEquals(20, parents.before().length);
        assertEquals(20, parents.after().length);
        assertEquals(3, parents.totalAfter(), "the three test signals after the start");
        assertTrue(parents.totalBefore() >= 2, "the seed's 3-MMC signals of February and March: " + parents.totalBefore());
        assertTrue(parents.method().contains("not a measure of use") && parents.method().contains("No significance test"),
                parents.method());
        TrackTrend school = trends.get(2);
        assertTrue(school.keys().isEmpty());
        assertNull(school.change());
        assertTrue(school.method().startsWith("The track's actions name no cluster"), school.method());
    }

    @Test
    void regiesChecksNameWhatIsMissingForAnEvaluationAndACrashingCheckIsAFinding() throws Exception {
        enterFigures();
        EvaluationCheck broken = new EvaluationCheck() {
            @Override
            public String name(Locale locale) {
                return "GGD-regel";
            }

            @Override
            public List<Finding> check(ActionPlan checked, Locale locale) {
                throw new IllegalStateException("bestand ontbreekt");
            }
        };
        List<EvaluationCheck.Finding> findings = Evaluations.check(List.of(new RegieEvaluationChecks(), broken), plan,
                Locale.forLanguageTag("nl"));
        assertTrue(findings.get(0).serious());
        assertTrue(findings.stream().anyMatch(f -> f.message().startsWith("De controle GGD-regel liep vast")),
                findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.message().equals(
                "Indicator 'Meldingen van overlast door dealers' heeft geen nulmeting of streefwaarde: voortgang valt niet te zeggen.")),
                findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.message().contains("Oudercursus") && f.message().contains("RE-AIM")),
                "the parent course has its scores");
        assertTrue(findings.stream().anyMatch(f -> f.message().startsWith("Actie 'Afspraken tussen politie")
                && f.message().contains("RE-AIM")), "the agreements on dealers are under way without scores: " + findings);
    }

    /**
     * Computed indicators are OSGi services: Regie's own (registered by Declarative Services) and one an organisation
     * registers from its own bundle are both found and measured; one that fails is named, not hidden.
     */
    @Test
    void computedIndicatorsComeFromServicesRegiesOwnAndAnOrganisationsAndABrokenOneIsNamed() throws Exception {
        enterFigures();
        org.osgi.framework.BundleContext bundles = org.osgi.framework.FrameworkUtil.getBundle(SeedEvaluationTest.class)
                .getBundleContext();
        EvaluationIndicator ggd = new EvaluationIndicator() {
            @Override
            public String name(Locale locale) {
                return "GGD-monitor";
            }

            @Override
            public List<Value> measure(Context context) {
                return List.of(new Value("Jongeren die 3-MMC ooit gebruikten", "%", 2.5, "klas 4", "GGD Jeugdmonitor 2025",
                        false));
            }
        };
        EvaluationIndicator broken = new EvaluationIndicator() {
            @Override
            public String name(Locale locale) {
                return "Kapotte bron";
            }

            @Override
            public List<Value> measure(Context context) {
                throw new IllegalStateException("bestand ontbreekt");
            }
        };
        var registrations = List.of(bundles.registerService(EvaluationIndicator.class, ggd, null),
                bundles.registerService(EvaluationIndicator.class, broken, null));
        org.osgi.util.tracker.ServiceTracker<EvaluationIndicator, EvaluationIndicator> tracker =
                new org.osgi.util.tracker.ServiceTracker<>(bundles, EvaluationIndicator.class, null);
        tracker.open();
        try {
            long until = System.nanoTime() + 10_000_000_000L;
            while (tracker.size() < 3 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            List<EvaluationIndicator> services = new ArrayList<>(List.of(tracker.getServices(new EvaluationIndicator[0])));
            assertTrue(services.stream().anyMatch(RegieIndicators.class::isInstance), "Regie's own, by Declarative Services");
            services.sort(java.util.Comparator.comparing(i -> i.name(Locale.ROOT)));
            List<EvaluationIndicator.Value> values = Evaluations.measure(services, new EvaluationIndicator.Context(x, plan,
                    store, LocalDate.of(2026, 11, 28), Locale.forLanguageTag("nl")));
            List<String> shown = values.stream().map(v -> v.indicator() + " | " + v.breakdown() + " | "
                    + (v.value() == null ? "-" : String.format(Locale.ROOT, "%.2f", v.value())) + " " + v.unit()).toList();
            assertTrue(shown.contains("Jongeren die 3-MMC ooit gebruikten | klas 4 | 2.50 %"), shown.toString());
            assertTrue(shown.contains("Kapotte bron |  | - "), shown.toString());
            assertTrue(values.stream().anyMatch(v -> v.method().equals("Kapotte bron kon niet worden berekend: bestand ontbreekt")),
                    values.toString());
            // the seed's plan has 7 actions; the test sets the parent course and the training under way, the seed the agreements on dealers
            long underway = plan.getTracks().stream().flatMap(t -> t.getActions().stream())
                    .filter(a -> a.getStatus() == ActionStatus.IN_PROGRESS || a.getStatus() == ActionStatus.COMPLETED).count();
            assertTrue(shown.contains(String.format(Locale.ROOT, "Acties in uitvoering |  | %.2f %%", 100.0 * underway / 7)),
                    shown.toString());
            // the parent-course track started on 1 June: 3 test signals after it and the seed's few before it are fewer
            // than 5, so the mean per week (which would give the count away) is not shown
            String track = plan.getTracks().get(0).getName();
            assertTrue(shown.contains("Signalen in de clusters van het spoor | " + track + " | - per week"), shown.toString());
            assertTrue(values.stream().anyMatch(v -> v.breakdown().equals(track) && v.method().startsWith(
                    "minder dan 5 signalen in de 26 weken voor of sinds de start (2026-06-01)")), values.toString());
            // five more before the start and two more after it: 5 after in 26 weeks, shown as a mean per week
            List<SignalRecord> more = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                more.add(new SignalRecord("test-meer-" + i, i < 5 ? LocalDate.of(2026, 4, 6).plusWeeks(i)
                        : LocalDate.of(2026, 8, 3).plusWeeks(i), null, "gemx-partner-jongerenwerk", List.of("gemx-middel-3mmc"),
                        null, null, null, ConcernLevel.MODERATE, Confidence.SUSPECTED, SignalStatus.NEW,
                        "3-MMC gezien (testsignaal)", null));
            }
            store.append(more, "test");
            List<String> again = Evaluations.measure(services, new EvaluationIndicator.Context(x, plan, store,
                    LocalDate.of(2026, 11, 28), Locale.forLanguageTag("nl"))).stream().map(v -> v.indicator() + " | "
                            + v.breakdown() + " | " + (v.value() == null ? "-" : String.format(Locale.ROOT, "%.2f", v.value()))
                            + " " + v.unit()).toList();
            assertTrue(again.contains("Signalen in de clusters van het spoor | " + track + " | 0.19 per week"),
                    "5 signals in 26 weeks: " + again);
        } finally {
            tracker.close();
            registrations.forEach(org.osgi.framework.ServiceRegistration::unregister);
        }
    }

    @Test
    void aPolicyReviewAsksTheSeedsFourQuestionsSuggestsEvidenceAndAnswersAreUndoable() {
        var domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ComposedAdapterFactory(), new org.eclipse.emf.common.command.BasicCommandStack());
        var policy = x.getPolicies().get(0);
        var created = nl.regie.evaluation.PolicyReviews.newReview(domain, policy, "Toets na 3-MMC", LocalDate.of(2026, 5, 1));
        domain.getCommandStack().execute(created.command());
        var review = created.object();
        assertEquals(4, review.getAnswers().size());
        assertTrue(nl.regie.evaluation.PolicyReviews.question(nl.regie.model.ReviewQuestion.SUBSTANCE_KNOWLEDGE,
                Locale.forLanguageTag("nl")).startsWith("Is er specifieke kennis nodig over deze nieuwe drug"));
        var knowledge = nl.regie.evaluation.PolicyReviews.evidence(nl.regie.model.ReviewQuestion.SUBSTANCE_KNOWLEDGE, x, plan);
        assertTrue(knowledge.stream().anyMatch(o -> o.getId().equals("gemx-middel-3mmc")), "the new substance");
        assertEquals(3, knowledge.stream().filter(nl.regie.model.Concern.class::isInstance).count(),
                "what police, youth care and youth work said they lack");
        var harm = nl.regie.evaluation.PolicyReviews.evidence(nl.regie.model.ReviewQuestion.PREVENTION_AND_USE, x, plan);
        assertEquals(List.of("gemx-a-samenwerking-zorg"), harm.stream().map(o -> o.getId()).toList());
        assertTrue(nl.regie.evaluation.PolicyReviews.evidence(nl.regie.model.ReviewQuestion.IMPLEMENTATION, x, plan).size() >= 4,
                "the actions not under way yet");
        var answer = review.getAnswers().get(2);
        domain.getCommandStack().execute(nl.regie.evaluation.PolicyReviews.answer(domain, answer,
                "Ja: partners kennen het middel en de risico's onvoldoende.", knowledge));
        assertEquals(knowledge.size(), answer.getEvidence().size());
        // revised: one piece of evidence left out, the text changed; undone as one
        var kept = knowledge.subList(1, knowledge.size());
        domain.getCommandStack().execute(nl.regie.evaluation.PolicyReviews.revise(domain, answer,
                "  Ja, vooral de politie.  ", kept));
        assertEquals(kept, answer.getEvidence());
        assertEquals("Ja, vooral de politie.", answer.getAnswer());
        assertFalse(nl.regie.evaluation.PolicyReviews.revise(domain, answer, "Ja, vooral de politie.", kept).canExecute(),
                "nothing changed: no empty undo step");
        domain.getCommandStack().undo();
        assertEquals(knowledge.size(), answer.getEvidence().size());
        assertEquals("Ja: partners kennen het middel en de risico's onvoldoende.", answer.getAnswer());
        domain.getCommandStack().undo();
        assertNull(answer.getAnswer());
        assertTrue(answer.getEvidence().isEmpty());
        assertEquals(nl.regie.model.validation.RegieModelValidator.validateAll(review).getSeverity(),
                org.eclipse.emf.common.util.Diagnostic.OK);
    }

    @Test
    void measurementsAreImportedFromAPartnersFileAndEveryRowNotTakenIsKeptWithItsReason() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("metingen.csv"), """
                Indicator;Datum;Waarde;Uitsplitsing
                Ouders bereikt met de oudercursus;30-9-2026;12;
                gemx-ind-ouders-bereikt;15-11-2026;24;
                Ouders bereikt met de oudercursus;15-11-2026;3;wijk=Noord
                Onbekende indicator;1-10-2026;5;
                Getraind horecapersoneel;31-02-2026;40;
                Getraind horecapersoneel;1-11-2026;veel;
                """);
        nl.regie.evaluation.MeasurementImport.Result result = nl.regie.evaluation.MeasurementImport.read(file, x,
                Locale.forLanguageTag("nl"));
        assertEquals(3, result.rows().size());
        assertEquals(3, result.rejects().size());
        assertEquals(5, result.rejects().get(0).line());
        assertEquals("Indicator", result.rejects().get(0).field());
        assertEquals("geen indicator met de naam 'Onbekende indicator' (gebruik het id of de naam)",
                result.rejects().get(0).reason());
        assertEquals("Datum", result.rejects().get(1).field());
        assertTrue(result.rejects().get(1).reason().contains("31-02-2026"), result.rejects().get(1).reason());
        assertEquals("'veel' is geen getal", result.rejects().get(2).reason());
        var domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ComposedAdapterFactory(), new org.eclipse.emf.common.command.BasicCommandStack());
        domain.getCommandStack().execute(nl.regie.evaluation.MeasurementImport.command(domain, result));
        Indicator parents = indicator("gemx-ind-ouders-bereikt");
        assertEquals(3, parents.getMeasurements().size());
        parents.setBaseline(0.0);
        parents.setTarget(40.0);
        assertEquals(24.0, nl.regie.evaluation.Progress.of(parents).latest().getValue(), "the latest total");
        domain.getCommandStack().undo();
        assertTrue(parents.getMeasurements().isEmpty(), "one undo takes the import back");
    }
}
