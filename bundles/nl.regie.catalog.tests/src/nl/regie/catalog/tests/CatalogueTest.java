// SPDX-License-Identifier: EPL-2.0
package nl.regie.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.regie.catalog.CatalogueContribution;
import nl.regie.catalog.CatalogueFiles;
import nl.regie.catalog.CatalogueFinding;
import nl.regie.catalog.InterventionCatalogue;
import nl.regie.catalog.internal.RegieCatalogue;
import nl.regie.model.EvidenceLevel;
import nl.regie.model.Intervention;
import nl.regie.model.Municipality;
import nl.regie.model.RegieFactory;
import nl.regie.model.resource.RegieResources;

/** Regie's own catalogue as the seed gives it, an organisation's file added to it, and what a planner is told. */
class CatalogueTest {

    @TempDir
    Path dir;

    @Test
    void regiesCatalogueIsAnOsgiServiceAndStatesOnlySourcedLevels() throws Exception {
        ServiceTracker<CatalogueContribution, CatalogueContribution> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(CatalogueTest.class).getBundleContext(), CatalogueContribution.class, null);
        tracker.open();
        try {
            CatalogueContribution regie = tracker.waitForService(10_000);
            assertNotNull(regie, "nl.regie.catalog registers its catalogue (Declarative Services)");
            assertEquals("Regie", regie.name());
            List<Intervention> entries = regie.interventions();
            assertEquals(7, entries.size());
            Intervention help = entries.stream().filter(e -> e.getName().equals("Help, mijn kind kan niet zonder"))
                    .findFirst().orElseThrow();
            assertEquals(EvidenceLevel.WELL_FOUNDED, help.getEvidenceLevel());
            assertEquals(LocalDate.of(2021, 11, 25), help.getRecognitionDate());
            assertTrue(help.getRecognitionSource().contains("1401266"));
            assertTrue(entries.stream().filter(e -> e != help)
                    .allMatch(e -> e.getEvidenceLevel() == EvidenceLevel.NOT_ASSESSED && e.getRecognitionDate() == null),
                    "no level where no source gives one");
            assertTrue(entries.stream().allMatch(e -> e.getSourceReference() != null && !e.getPillars().isEmpty()
                    && !e.getDomains().isEmpty() && !e.getSettings().isEmpty() && !e.getTargetGroups().isEmpty()));
            assertTrue(entries.stream().map(Intervention::getName).toList().containsAll(List.of("Helder op School",
                    "Training horecapersoneel: omgaan met middelengebruik", "Jeugdzorg en verslavingszorg samen")));
            assertFalse(regie.interventions().get(0) == entries.get(0), "each call gives fresh objects");
        } finally {
            tracker.close();
        }
    }

    @Test
    void aPlannerIsToldWhatIsAdvisedAgainstAndWhatHasLapsed() {
        Intervention lapsed = intervention("ggd-x", "Voorbeeldinterventie met verlopen erkenning");
        lapsed.setEvidenceLevel(EvidenceLevel.FIRST_INDICATIONS);
        lapsed.setRecognitionValidUntil(LocalDate.of(2025, 6, 30));
        InterventionCatalogue catalogue = new InterventionCatalogue(List.of(new RegieCatalogue(), contribution("GGD", lapsed)));
        List<CatalogueFinding> findings = catalogue.findings(LocalDate.of(2026, 11, 28));
        CatalogueFinding advisedAgainst = findings.stream().filter(f -> f.kind() == CatalogueFinding.Kind.NOT_RECOMMENDED)
                .findFirst().orElseThrow();
        assertEquals("Eenmalige drugsvoorlichting in de klas", advisedAgainst.name());
        assertTrue(advisedAgainst.message().contains("de Jonge en Onrust") && advisedAgainst.message().contains("2023"),
                advisedAgainst.message());
        CatalogueFinding expired = findings.stream().filter(f -> f.kind() == CatalogueFinding.Kind.RECOGNITION_LAPSED)
                .findFirst().orElseThrow();
        assertEquals("ggd-x", expired.interventionId());
        assertTrue(expired.message().contains("2025-06-30"), expired.message());
        assertTrue(catalogue.findings(LocalDate.of(2025, 6, 30)).stream()
                .noneMatch(f -> f.kind() == CatalogueFinding.Kind.RECOGNITION_LAPSED), "it holds on its last day");
        assertEquals("GGD", catalogue.find("ggd-x").orElseThrow().getCatalogue());
        assertEquals(8, catalogue.entries().size());
    }

    @Test
    void anEntryWithAnIdAlreadyGivenIsReportedNotLost() {
        Intervention first = intervention("x-1", "Eerste");
        Intervention again = intervention("x-1", "Tweede met hetzelfde id");
        InterventionCatalogue catalogue = new InterventionCatalogue(List.of(contribution("A", first),
                contribution("B", again)));
        assertEquals("Eerste", catalogue.find("x-1").orElseThrow().getName());
        CatalogueFinding duplicate = catalogue.findings(LocalDate.now()).stream()
                .filter(f -> f.kind() == CatalogueFinding.Kind.DUPLICATE_ID).findFirst().orElseThrow();
        assertTrue(duplicate.message().contains("'B'"), duplicate.message());
    }

    @Test
    void anOrganisationsCatalogueFileIsReadAsUntrustedInput() throws Exception {
        Municipality holder = RegieFactory.eINSTANCE.createMunicipality();
        holder.setId("ggd-catalogus");
        holder.setName("GGD-catalogus");
        holder.getInterventions().add(intervention("ggd-monitor", "Eigen interventie van de GGD"));
        Path file = dir.resolve("ggd.xmi");
        RegieResources.save(holder, file);
        CatalogueContribution ggd = CatalogueFiles.read(file, "GGD Regio");
        assertEquals("Eigen interventie van de GGD", ggd.interventions().get(0).getName());
        InterventionCatalogue catalogue = new InterventionCatalogue(List.of(new RegieCatalogue(), ggd));
        assertEquals("GGD Regio", catalogue.find("ggd-monitor").orElseThrow().getCatalogue());

        Path hostile = Files.writeString(dir.resolve("hostile.xmi"), "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x"
                + " SYSTEM \"file:///etc/passwd\">]>\n<regie:Municipality xmlns:regie=\"http://regie.nl/model/1.0\" name=\"&x;\"/>\n");
        IOException refused = assertThrows(IOException.class, () -> CatalogueFiles.read(hostile, "kwaad"));
        assertTrue(refused.getMessage().contains("hostile.xmi"), refused.getMessage());

        Municipality empty = RegieFactory.eINSTANCE.createMunicipality();
        empty.setId("leeg");
        empty.setName("Leeg");
        Path none = dir.resolve("leeg.xmi");
        RegieResources.save(empty, none);
        assertTrue(assertThrows(IOException.class, () -> CatalogueFiles.read(none, "leeg")).getMessage()
                .contains("holds no interventions"));
    }

    private static Intervention intervention(String id, String name) {
        Intervention intervention = RegieFactory.eINSTANCE.createIntervention();
        intervention.setId(id);
        intervention.setName(name);
        return intervention;
    }

    private static CatalogueContribution contribution(String name, Intervention... entries) {
        return new CatalogueContribution() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Intervention> interventions() {
                return List.copyOf(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(List.of(entries)));
            }
        };
    }
}
