// SPDX-License-Identifier: EPL-2.0
package nl.regie.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Domain;
import nl.regie.model.EvidenceLevel;
import nl.regie.model.Intervention;
import nl.regie.model.Municipality;
import nl.regie.model.PartnerKind;
import nl.regie.model.Pillar;
import nl.regie.model.Signal;
import nl.regie.model.Track;
import nl.regie.model.validation.RegieModelValidator;
import nl.regie.sample.GemeenteX;

/** The example municipality tells the story of the seed text, and is a valid workspace. */
class GemeenteXTest {

    private final Municipality x = GemeenteX.create();

    private ActionPlan plan() {
        return x.getPolicies().get(0).getActionPlans().get(0);
    }

    private List<Action> actions() {
        return plan().getTracks().stream().flatMap(t -> t.getActions().stream()).toList();
    }

    @Test
    void isValidWithoutWarnings() {
        Diagnostic result = RegieModelValidator.validateAll(x);
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
    }

    @Test
    void threeMmcSignalsComeFromNightlifeYouthWorkAndPolice() {
        Set<PartnerKind> sources = x.getSignals().stream()
                .filter(s -> s.getSubstances().stream().anyMatch(m -> m.getName().equals("3-MMC")))
                .map(s -> s.getSource().getKind()).collect(Collectors.toSet());
        assertEquals(EnumSet.of(PartnerKind.NIGHTLIFE_BUSINESS, PartnerKind.YOUTH_WORK, PartnerKind.POLICE), sources);
        assertTrue(x.getSubstances().stream().anyMatch(s -> s.getName().equals("3-MMC") && s.isNewPsychoactive()));
        assertTrue(x.getSignals().stream().anyMatch(s -> s.getDescription().contains("dealers")),
                "the dealer nuisance reported by entrepreneurs");
    }

    @Test
    void partnersAtTheTable() {
        Set<PartnerKind> kinds = x.getPartners().stream().map(p -> p.getKind()).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(EnumSet.of(PartnerKind.ADDICTION_CARE_PREVENTION, PartnerKind.YOUTH_WORK,
                PartnerKind.NIGHTLIFE_BUSINESS, PartnerKind.POLICE, PartnerKind.YOUTH_CARE, PartnerKind.SECURITY,
                PartnerKind.SCHOOL, PartnerKind.PUBLIC_HEALTH_SERVICE, PartnerKind.MUNICIPAL_DEPARTMENT)), kinds::toString);
    }

    @Test
    void multiTrackPlanHasTheFiveTracksOfTheSeed() {
        List<String> tracks = plan().getTracks().stream().map(Track::getName).toList();
        assertEquals(5, tracks.size(), tracks::toString);
        assertTrue(tracks.get(0).contains("ouders"));
        assertTrue(tracks.get(1).contains("horeca"));
        assertTrue(tracks.get(2).contains("Helder op School"));
        assertTrue(tracks.get(3).contains("Verslavingspreventie"));
        assertTrue(tracks.get(4).contains("jeugdzorg"));
        assertTrue(plan().getTracks().stream().allMatch(t -> !t.getActions().isEmpty()), "every track has an action");
    }

    @Test
    void planCoversEveryPillarAndDomain() {
        assertEquals(EnumSet.allOf(Pillar.class), actions().stream().map(Action::getPillar)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Pillar.class))));
        assertEquals(EnumSet.allOf(Domain.class), actions().stream().map(Action::getDomain)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Domain.class))));
    }

    @Test
    void everyActionIsOwnedAndServesAGoal() {
        for (Action action : actions()) {
            assertNotNull(action.getOwner(), action.getTitle());
            assertFalse(action.getGoals().isEmpty(), action.getTitle());
        }
    }

    @Test
    void everyWorryingSignalIsAddressedByAnAction() {
        Set<Signal> addressed = actions().stream().flatMap(a -> a.getSignals().stream()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(x.getSignals()), addressed);
    }

    @Test
    void parentCourseCarriesItsRecognition() {
        Intervention course = x.getInterventions().stream()
                .filter(i -> i.getName().equals("Help, mijn kind kan niet zonder")).findFirst().orElseThrow();
        assertEquals(EvidenceLevel.WELL_FOUNDED, course.getEvidenceLevel());
        assertEquals(LocalDate.of(2021, 11, 25), course.getRecognitionDate());
        assertTrue(course.getRecognitionSource().contains("1401266"));
    }

    @Test
    void adviceAgainstOneOffLessonsIsRecordedAndNotFollowed() {
        Intervention lesson = x.getInterventions().stream().filter(Intervention::isNotRecommended).findFirst().orElseThrow();
        assertTrue(lesson.getNotRecommendedReason().contains("2023"));
        assertTrue(actions().stream().noneMatch(a -> a.getIntervention() == lesson));
    }

    @Test
    void signalsHoldNoPersonalData() {
        for (Signal signal : x.getSignals()) {
            assertFalse(signal.getDescription().matches(".*\\d{9}.*"), "no BSN-like numbers");
            assertFalse(signal.getDescription().contains("@"), "no e-mail addresses");
        }
    }

    @Test
    void eachCallGivesAFreshCopy() {
        Municipality other = GemeenteX.create();
        assertNotSame(x, other);
        other.setName("Changed");
        assertEquals(GemeenteX.NAME, x.getName());
    }
}
