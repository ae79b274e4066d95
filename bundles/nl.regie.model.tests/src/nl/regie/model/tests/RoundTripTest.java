// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regie.model.Action;
import nl.regie.model.Municipality;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegieObject;
import nl.regie.model.Signal;
import nl.regie.model.resource.RegieResources;
import nl.regie.sample.GemeenteX;

/** Saving and loading a workspace in both formats gives back exactly what was saved. */
class RoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {RegieResources.XMI_EXTENSION, RegieResources.BINARY_EXTENSION})
    void exampleMunicipalitySurvivesRoundTrip(String extension) throws IOException {
        Municipality original = GemeenteX.create();
        Action action = original.getPolicies().get(0).getActionPlans().get(0).getTracks().get(0).getActions().get(0);
        action.setBudget(new BigDecimal("12500.50"));
        Path file = dir.resolve("gemeente-x." + extension);

        RegieResources.save(original, file);
        assertTrue(Files.size(file) > 1000, "a saved workspace is not empty");

        Municipality loaded = RegieResources.load(file);
        assertNotSame(original, loaded);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded workspace equals the saved one");
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(loaded.eResource()).isEmpty(), "no dangling references");

        Action loadedAction = loaded.getPolicies().get(0).getActionPlans().get(0).getTracks().get(0).getActions().get(0);
        assertEquals(new BigDecimal("12500.50"), loadedAction.getBudget());
        assertSame(loaded, loadedAction.getOwner().eContainer(), "cross references point into the loaded workspace");
        Signal signal = loaded.getSignals().get(0);
        assertEquals(LocalDate.of(2026, 2, 14), signal.getObservedOn());
        assertEquals(signal, loaded.eResource().getEObject(signal.getId()), "objects are found by their id");
    }

    @Test
    void xmiIsReadableText() throws IOException {
        Path file = dir.resolve("x.regie");
        RegieResources.save(GemeenteX.create(), file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("Help, mijn kind kan niet zonder"), xml.substring(0, 200));
        assertTrue(xml.contains("observedOn=\"2026-02-14\""), "dates are stored as ISO-8601");
    }

    @Test
    void binaryIsSmallerThanXmi() throws IOException {
        Municipality municipality = GemeenteX.create();
        Path xmi = dir.resolve("x.regie");
        Path bin = dir.resolve("x.regiebin");
        RegieResources.save(municipality, xmi);
        RegieResources.save(municipality, bin);
        assertTrue(Files.size(bin) < Files.size(xmi), Files.size(bin) + " < " + Files.size(xmi));
    }

    @Test
    void savingLeavesTheMunicipalityWhereItIs() throws IOException {
        Municipality municipality = GemeenteX.create();
        Path first = dir.resolve("first.regie");
        RegieResources.save(municipality, first);
        var resource = municipality.eResource();
        assertNotNull(resource);
        RegieResources.save(municipality, dir.resolve("other.regiebin"));
        RegieResources.save(municipality, dir.resolve("other.regie"));
        assertSame(resource, municipality.eResource(), "saving elsewhere does not move the object");
        assertTrue(EcoreUtil.equals(municipality, RegieResources.load(dir.resolve("other.regiebin"))));
    }

    @Test
    void saveReplacesTheFileWithoutLeavingTemporaryFiles() throws IOException {
        Path file = dir.resolve("x.regie");
        Files.writeString(file, "old content");
        Municipality municipality = GemeenteX.create();
        RegieResources.save(municipality, file);
        municipality.setName("Gemeente Y");
        RegieResources.save(municipality, file);
        assertEquals("Gemeente Y", RegieResources.load(file).getName());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "only the saved file remains");
        }
    }

    @Test
    void missingIdsAreAssignedOnSave() throws IOException {
        Municipality municipality = RegieFactory.eINSTANCE.createMunicipality();
        municipality.setName("Gemeente zonder ids");
        municipality.getSignals().add(RegieFactory.eINSTANCE.createSignal());
        RegieResources.save(municipality, dir.resolve("ids.regie"));

        assertNotNull(municipality.getId());
        for (TreeIterator<EObject> it = municipality.eAllContents(); it.hasNext();) {
            RegieObject object = (RegieObject) it.next();
            assertNotNull(object.getId());
            assertFalse(object.getId().isBlank());
        }
        assertNotSameId(municipality, municipality.getSignals().get(0));
    }

    @Test
    void unknownExtensionIsRefusedWithTheFileName() {
        IOException error = assertThrows(IOException.class,
                () -> RegieResources.save(GemeenteX.create(), dir.resolve("x.txt")));
        assertTrue(error.getMessage().contains("x.txt"), error.getMessage());
    }

    @Test
    void fileWithoutMunicipalityIsRefused() throws IOException {
        Path file = dir.resolve("empty.regie");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");
        IOException error = assertThrows(IOException.class, () -> RegieResources.load(file));
        assertTrue(error.getMessage().contains("empty.regie"), error.getMessage());
    }

    private static void assertNotSameId(RegieObject a, RegieObject b) {
        assertFalse(a.getId().equals(b.getId()), "ids are unique");
    }
}
