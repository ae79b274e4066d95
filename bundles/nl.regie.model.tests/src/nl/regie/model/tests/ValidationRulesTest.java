// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Agreement;
import nl.regie.model.Domain;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Intervention;
import nl.regie.model.Involvement;
import nl.regie.model.Measurement;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.PartnerKind;
import nl.regie.model.Pillar;
import nl.regie.model.Policy;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegiePackage;
import nl.regie.model.Signal;
import nl.regie.model.SignalStatus;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;
import nl.regie.model.resource.RegieResources;
import nl.regie.model.validation.RegieModelValidator;
import nl.regie.model.validation.Rule;

/**
 * Every model rule, positive and negative: a small valid workspace passes, and each single change that breaks one
 * rule yields exactly that rule's diagnostic with its severity and a message naming the object.
 */
class ValidationRulesTest {

    private static final RegieFactory F = RegieFactory.eINSTANCE;

    /** A small workspace that satisfies every rule. */
    static final class Fixture {
        final Municipality municipality = F.createMunicipality();
        final Partner owner = F.createPartner();
        final Partner other = F.createPartner();
        final TargetGroup group = F.createTargetGroup();
        final Substance substance = F.createSubstance();
        final Intervention intervention = F.createIntervention();
        final Signal signal = F.createSignal();
        final Policy policy = F.createPolicy();
        final Goal goal = F.createGoal();
        final Indicator indicator = F.createIndicator();
        final Measurement measurement = F.createMeasurement();
        final ActionPlan plan = F.createActionPlan();
        final Track track = F.createTrack();
        final Action action = F.createAction();
        final Involvement involvement = F.createInvolvement();
        final Agreement agreement = F.createAgreement();
        final nl.regie.model.Milestone milestone = F.createMilestone();
        final nl.regie.model.RoundTable table = F.createRoundTable();
        final nl.regie.model.Concern concern = F.createConcern();
        final nl.regie.model.ReAimScore reach = F.createReAimScore();
        final nl.regie.model.Adaptation adaptation = F.createAdaptation();

        Fixture() {
            municipality.setName("Testgemeente");
            municipality.setCbsCode("GM0363");
            owner.setName("IVZ preventie");
            owner.setKind(PartnerKind.ADDICTION_CARE_PREVENTION);
            other.setName("Jongerenwerk");
            group.setName("Minderjarigen");
            group.setMinimumAge(12);
            group.setMaximumAge(17);
            substance.setName("3-MMC");
            intervention.setName("Oudercursus");
            municipality.getPartners().addAll(List.of(owner, other));
            municipality.getTargetGroups().add(group);
            municipality.getSubstances().add(substance);
            municipality.getInterventions().add(intervention);

            signal.setSource(other);
            signal.setObservedOn(LocalDate.of(2026, 3, 1));
            signal.setReportedOn(LocalDate.of(2026, 3, 2));
            signal.setDescription("3-MMC op straat");
            signal.getSubstances().add(substance);
            municipality.getSignals().add(signal);

            policy.setTitle("Drugspreventie");
            policy.setStartDate(LocalDate.of(2026, 1, 1));
            policy.setEndDate(LocalDate.of(2029, 12, 31));
            goal.setStatement("Minder gebruik onder minderjarigen");
            goal.getPillars().add(Pillar.DEMAND_REDUCTION);
            goal.getDomains().add(Domain.HEALTH);
            indicator.setName("Signalen");
            indicator.setUnit("aantal");
            measurement.setMeasuredOn(LocalDate.of(2026, 6, 30));
            measurement.setValue(4.0);
            indicator.getMeasurements().add(measurement);
            goal.getIndicators().add(indicator);
            policy.getGoals().add(goal);
            municipality.getPolicies().add(policy);

            plan.setTitle("Meersporenplan");
            plan.setStartDate(LocalDate.of(2026, 6, 1));
            plan.setEndDate(LocalDate.of(2027, 12, 31));
            track.setName("Ouders");
            track.setOwner(owner);
            plan.setBudget(new BigDecimal("5000"));
            milestone.setTitle("Eerste cursus gegeven");
            milestone.setDueDate(LocalDate.of(2026, 9, 1));
            action.getMilestones().add(milestone);
            action.setFidelity(80);
            reach.setDimension(nl.regie.model.ReAimDimension.REACH);
            reach.setValue(40.0);
            action.getReAim().add(reach);
            adaptation.setChange("Online in plaats van op locatie");
            adaptation.setReason("Ouders werken overdag");
            action.getAdaptations().add(adaptation);
            action.setTitle("Oudercursus geven");
            action.setOwner(owner);
            action.setPillar(Pillar.DEMAND_REDUCTION);
            action.setDomain(Domain.SOCIAL);
            action.setIntervention(intervention);
            action.setBudget(new BigDecimal("1000"));
            action.setStartDate(LocalDate.of(2026, 6, 1));
            action.setEndDate(LocalDate.of(2026, 12, 31));
            involvement.setPartner(other);
            action.getInvolvements().add(involvement);
            track.getActions().add(action);
            plan.getTracks().add(track);
            agreement.setTitle("Signalen delen");
            agreement.getPartners().addAll(List.of(owner, other));
            plan.getAgreements().add(agreement);
            policy.getActionPlans().add(plan);

            table.setTitle("Overleg 3-MMC");
            table.setDate(LocalDate.of(2026, 4, 1));
            table.getParticipants().addAll(List.of(owner, other));
            concern.setPartner(other);
            concern.setKind(nl.regie.model.ConcernKind.KNOWLEDGE_GAP);
            concern.setText("Weinig kennis van 3-MMC");
            table.getConcerns().add(concern);
            municipality.getRoundTables().add(table);
        }

        Diagnostic validate() {
            return RegieModelValidator.validateAll(municipality);
        }
    }

    record Case(String name, Rule rule, Consumer<Fixture> breakIt, java.util.function.Function<Fixture, EObject> culprit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("partner without name", Rule.NAME_REQUIRED, f -> f.other.setName(" "), f -> f.other),
                new Case("municipality without name", Rule.NAME_REQUIRED, f -> f.municipality.setName(null), f -> f.municipality),
                new Case("CBS code malformed", Rule.CBS_CODE_FORMAT, f -> f.municipality.setCbsCode("0363"), f -> f.municipality),
                new Case("policy without title", Rule.POLICY_TITLE_REQUIRED, f -> f.policy.setTitle(""), f -> f.policy),
                new Case("policy period reversed", Rule.PERIOD_ORDER, f -> f.policy.setEndDate(LocalDate.of(2025, 1, 1)), f -> f.policy),
                new Case("plan period reversed", Rule.PERIOD_ORDER, f -> f.plan.setEndDate(LocalDate.of(2026, 5, 1)), f -> f.plan),
                new Case("action period reversed", Rule.PERIOD_ORDER, f -> f.action.setEndDate(LocalDate.of(2026, 5, 31)), f -> f.action),
                new Case("goal without statement", Rule.GOAL_STATEMENT_REQUIRED, f -> f.goal.setStatement(null), f -> f.goal),
                new Case("goal without pillar", Rule.GOAL_PILLAR_REQUIRED, f -> f.goal.getPillars().clear(), f -> f.goal),
                new Case("goal without domain", Rule.GOAL_DOMAIN_REQUIRED, f -> f.goal.getDomains().clear(), f -> f.goal),
                new Case("action without title", Rule.ACTION_TITLE_REQUIRED, f -> f.action.setTitle(null), f -> f.action),
                new Case("action without owner", Rule.ACTION_OWNER_REQUIRED, f -> f.action.setOwner(null), f -> f.action),
                new Case("action without pillar", Rule.ACTION_PILLAR_REQUIRED, f -> f.action.unsetPillar(), f -> f.action),
                new Case("action without domain", Rule.ACTION_DOMAIN_REQUIRED, f -> f.action.unsetDomain(), f -> f.action),
                new Case("negative budget", Rule.BUDGET_NOT_NEGATIVE, f -> f.action.setBudget(new BigDecimal("-0.01")), f -> f.action),
                new Case("negative plan budget", Rule.BUDGET_NOT_NEGATIVE, f -> f.plan.setBudget(new BigDecimal("-1")), f -> f.plan),
                new Case("track without lead", Rule.TRACK_OWNER_REQUIRED, f -> f.track.setOwner(null), f -> f.track),
                new Case("milestone without date", Rule.MILESTONE_COMPLETE, f -> f.milestone.setDueDate(null), f -> f.milestone),
                new Case("milestone without title", Rule.MILESTONE_COMPLETE, f -> f.milestone.setTitle(" "), f -> f.milestone),
                new Case("round table without participants", Rule.ROUND_TABLE_COMPLETE, f -> f.table.getParticipants().clear(),
                        f -> f.table),
                new Case("round table without date", Rule.ROUND_TABLE_COMPLETE, f -> f.table.setDate(null), f -> f.table),
                new Case("concern without partner", Rule.CONCERN_COMPLETE, f -> f.concern.setPartner(null), f -> f.concern),
                new Case("fidelity above 100", Rule.FIDELITY_RANGE, f -> f.action.setFidelity(101), f -> f.action),
                new Case("RE-AIM score negative", Rule.RE_AIM_SCORE, f -> f.reach.setValue(-1.0), f -> f.reach),
                new Case("adaptation without reason", Rule.ADAPTATION_COMPLETE, f -> f.adaptation.setReason(" "), f -> f.adaptation),
                new Case("concern without text", Rule.CONCERN_COMPLETE, f -> f.concern.setText(""), f -> f.concern),
                new Case("intervention advised against", Rule.ACTION_NOT_RECOMMENDED_INTERVENTION, f -> {
                    f.intervention.setNotRecommended(true);
                    f.intervention.setNotRecommendedReason("Werkt averechts.");
                }, f -> f.action),
                new Case("action outside policy period", Rule.ACTION_OUTSIDE_POLICY_PERIOD,
                        f -> f.action.setEndDate(LocalDate.of(2030, 6, 1)), f -> f.action),
                new Case("involvement without partner", Rule.INVOLVEMENT_PARTNER_REQUIRED, f -> f.involvement.setPartner(null),
                        f -> f.involvement),
                new Case("signal without source", Rule.SIGNAL_SOURCE_REQUIRED, f -> f.signal.setSource(null), f -> f.signal),
                new Case("signal without observation date", Rule.SIGNAL_OBSERVED_REQUIRED, f -> {
                    f.signal.setObservedOn(null);
                }, f -> f.signal),
                new Case("signal reported before observed", Rule.SIGNAL_DATE_ORDER,
                        f -> f.signal.setReportedOn(LocalDate.of(2026, 2, 1)), f -> f.signal),
                new Case("retracted without reason", Rule.SIGNAL_RETRACTION_REASON_REQUIRED,
                        f -> f.signal.setStatus(SignalStatus.RETRACTED), f -> f.signal),
                new Case("advised against without reason", Rule.NOT_RECOMMENDED_REASON_REQUIRED, f -> {
                    f.intervention.setNotRecommended(true);
                    f.action.setIntervention(null);
                }, f -> f.intervention),
                new Case("agreement with one partner", Rule.AGREEMENT_PARTNERS_REQUIRED, f -> f.agreement.getPartners().remove(1),
                        f -> f.agreement),
                new Case("indicator without unit", Rule.INDICATOR_UNIT_REQUIRED, f -> f.indicator.setUnit(null), f -> f.indicator),
                new Case("target group ages reversed", Rule.TARGET_GROUP_AGES, f -> f.group.setMinimumAge(18), f -> f.group),
                new Case("negative age", Rule.TARGET_GROUP_AGES, f -> {
                    f.group.setMinimumAge(-1);
                }, f -> f.group),
                new Case("measurement without value", Rule.MEASUREMENT_COMPLETE, f -> f.measurement.setValue(null), f -> f.measurement),
                new Case("measurement not finite", Rule.MEASUREMENT_COMPLETE, f -> f.measurement.setValue(Double.NaN),
                        f -> f.measurement));
    }

    @Test
    void validFixturePassesEveryRule() {
        Diagnostic result = new Fixture().validate();
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> describe(result));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenRuleIsReportedOnItsObject(Case c) {
        Fixture fixture = new Fixture();
        c.breakIt().accept(fixture);
        Diagnostic result = fixture.validate();

        List<Diagnostic> found = result.getChildren().stream().filter(d -> d.getCode() == c.rule().code()
                && RegieModelValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
        assertEquals(1, found.size(), () -> "expected exactly one " + c.rule() + " in: " + describe(result));
        Diagnostic diagnostic = found.get(0);
        assertEquals(c.rule().severity(), diagnostic.getSeverity());
        assertSame(c.culprit().apply(fixture), diagnostic.getData().get(0), "the diagnostic points at the culprit");
        assertSame(c.rule(), diagnostic.getData().get(1));
        assertTrue(diagnostic.getMessage().length() > 15 && !diagnostic.getMessage().contains("{"),
                diagnostic.getMessage());
        Set<Rule> others = result.getChildren().stream().map(Rule::of)
                .filter(r -> r != null && r != c.rule()).collect(Collectors.toSet());
        assertTrue(others.isEmpty(), () -> "only " + c.rule() + " is broken, but also: " + others);
        assertEquals(c.rule().severity() == Diagnostic.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING, result.getSeverity());
    }

    @Test
    void everyRuleHasANegativeCase() {
        Set<Rule> covered = cases().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        assertEquals(EnumSet.allOf(Rule.class), covered, "add a case for each new rule");
    }

    @Test
    void codesAreUniqueAndStable() {
        assertEquals(Rule.values().length, java.util.Arrays.stream(Rule.values()).mapToInt(Rule::code).distinct().count());
        assertEquals(9, Rule.ACTION_OWNER_REQUIRED.code(), "published codes never change");
        assertEquals(24, Rule.MEASUREMENT_COMPLETE.code(), "published codes never change");
    }

    @Test
    void englishIsEnglishEvenWhenTheDefaultLocaleIsDutch() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("nl", "NL"));
            assertEquals("Action 'Cursus' has no owner: name the partner that carries it.",
                    Rule.ACTION_OWNER_REQUIRED.message(Locale.ENGLISH, "Cursus"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void messagesExistInEnglishAndDutch() {
        for (Rule rule : Rule.values()) {
            String en = rule.message(Locale.ENGLISH, "X", "a", "b", "c", "d", "e");
            String nl = rule.message(Locale.of("nl"), "X", "a", "b", "c", "d", "e");
            assertTrue(!en.startsWith(rule.name()), "English message for " + rule);
            assertTrue(!nl.startsWith(rule.name()), "Dutch message for " + rule);
            assertTrue(!en.equals(nl), "Dutch differs from English for " + rule + ": " + nl);
        }
        assertEquals("Actie 'Cursus' heeft geen eigenaar: noem de partij die de actie trekt.",
                Rule.ACTION_OWNER_REQUIRED.message(Locale.of("nl"), "Cursus"));
        assertEquals("Action 'Cursus' has no owner: name the partner that carries it.",
                Rule.ACTION_OWNER_REQUIRED.message(Locale.ENGLISH, "Cursus"));
    }

    @Test
    void structuralChecksStillApply() {
        Fixture fixture = new Fixture();
        fixture.owner.setId("same");
        fixture.other.setId("same");
        // EMF checks id uniqueness within a resource, so put the workspace in one, as the store does.
        RegieResources.createResourceSet().createResource(URI.createURI("memory:/x.regie")).getContents()
                .add(fixture.municipality);
        Diagnostic result = fixture.validate();
        assertEquals(Diagnostic.ERROR, result.getSeverity(), "duplicate ids are caught by EMF's own checks");
    }

    @Test
    void validatorIsRegisteredGloballyByTheBundle() {
        // The DS component of nl.regie.model registers the validator, so a plain Diagnostician applies the rules too.
        assertSame(RegieModelValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(RegiePackage.eINSTANCE));
        Fixture fixture = new Fixture();
        fixture.action.setOwner(null);
        Diagnostic result = Diagnostician.INSTANCE.validate(fixture.municipality);
        assertTrue(result.getChildren().stream().anyMatch(d -> Rule.of(d) == Rule.ACTION_OWNER_REQUIRED));
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(child.getSeverity()).append(' ').append(child.getMessage());
        }
        return text.toString();
    }
}
