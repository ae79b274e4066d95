// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.regie.model.Action;
import nl.regie.model.Domain;
import nl.regie.model.Municipality;
import nl.regie.model.Pillar;
import nl.regie.model.Signal;
import nl.regie.model.edit.RegieEditAdapterFactory;
import nl.regie.model.edit.RegieLabels;
import nl.regie.model.provider.RegieEditPlugin;
import nl.regie.sample.GemeenteX;

/** Labels, icons, property descriptors and the English and Dutch texts of the edit support. */
class EditSupportTest {

    private final ComposedAdapterFactory factory = RegieEditAdapterFactory.createComposed();
    private final Municipality x = GemeenteX.create();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private String text(EObject object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }

    private Action firstAction() {
        return x.getPolicies().get(0).getActionPlans().get(0).getTracks().get(0).getActions().get(0);
    }

    @Test
    void labelsAreTheObjectsOwnNamesWithoutTypePrefix() {
        assertEquals("Gemeente X", text(x));
        assertEquals("Lokaal drugspreventiebeleid 2026-2029", text(x.getPolicies().get(0)));
        assertEquals("Oudercursus 'Help, mijn kind kan niet zonder'", text(firstAction()));
        assertEquals("Jongerenwerk", text(x.getPartners().stream().filter(p -> p.getName().equals("Jongerenwerk"))
                .findFirst().orElseThrow()));
    }

    @Test
    void unnamedObjectsFallBackToTheirType() {
        Action unnamed = nl.regie.model.RegieFactory.eINSTANCE.createAction();
        String label = text(unnamed);
        assertFalse(label.isBlank());
        assertEquals(RegieEditPlugin.INSTANCE.getString("_UI_Action_type"), label);
    }

    @Test
    void signalLabelSaysWhenWhatWhoAndWhere() {
        Signal signal = x.getSignals().get(1);
        assertEquals("2026-03-02 \u00b7 3-MMC \u00b7 Minderjarige jongeren op straat \u00b7 Jongerenwerk", text(signal));
        assertEquals(text(signal), RegieLabels.signal(signal));
    }

    @Test
    void labelsOfIncompleteObjectsNeverSayNull() {
        nl.regie.model.Involvement involvement = nl.regie.model.RegieFactory.eINSTANCE.createInvolvement();
        nl.regie.model.Measurement measurement = nl.regie.model.RegieFactory.eINSTANCE.createMeasurement();
        measurement.setBreakdown("wijk=Noord");
        for (EObject object : List.of(involvement, measurement, nl.regie.model.RegieFactory.eINSTANCE.createSignal())) {
            assertFalse(text(object).contains("null"), text(object));
        }
    }

    @Test
    void everyObjectHasAnIcon() {
        for (EObject object : List.of(x, x.getPolicies().get(0), firstAction(), x.getSignals().get(0),
                x.getPartners().get(0), x.getInterventions().get(0))) {
            Object image = ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getImage(object);
            assertTrue(image instanceof URL, object.eClass().getName() + " has an icon: " + image);
        }
    }

    @Test
    void idsAreNotAUserFacingProperty() {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(firstAction(), IItemPropertySource.class);
        List<String> names = source.getPropertyDescriptors(firstAction()).stream()
                .map(d -> (String) ((IItemPropertyDescriptor) d).getId(firstAction())).toList();
        assertFalse(names.contains("id"), names::toString);
        assertTrue(names.containsAll(List.of("title", "owner", "pillar", "domain", "budget")), names::toString);
    }

    @Test
    void enumeratorsAreTranslated() {
        String pillar = RegieLabels.enumerated(Pillar.DEMAND_REDUCTION);
        assertTrue(pillar.equals("Vraagbeperking") || pillar.equals("Demand reduction"), pillar);
        assertEquals(RegieLabels.enumerated(Domain.SOCIAL) + ", " + RegieLabels.enumerated(Domain.HEALTH),
                RegieLabels.enumerated(List.of(Domain.SOCIAL, Domain.HEALTH)));
        assertNull(RegieLabels.enumerated("not an enum"));
        org.eclipse.emf.ecore.EEnumLiteral foreign = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createEEnumLiteral();
        foreign.setName("SOMETHING");
        assertNull(RegieLabels.enumerated(foreign), "an enum of another (dynamic) package keeps EMF's own text");
        assertNull(RegieLabels.enumerated(List.of()));
    }

    @Test
    void dutchAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load("plugin.properties");
        Properties nl = load("plugin_nl.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(nl.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(nl.getProperty(key)), key);
        }
    }

    @Test
    void noLabelShowsAnEnumConstant() throws IOException {
        for (String file : List.of("plugin.properties", "plugin_nl.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                Matcher literal = Pattern.compile("_UI_[A-Za-z]+_([A-Z_]+)_literal").matcher(key);
                if (literal.matches()) {
                    String value = texts.getProperty(key);
                    assertFalse(value.equals(literal.group(1)), file + ": " + key + " shows the constant " + value);
                }
            }
        }
        assertEquals("Vraagbeperking", load("plugin_nl.properties").getProperty("_UI_Pillar_DEMAND_REDUCTION_literal"));
        assertEquals("Goed onderbouwd", load("plugin_nl.properties").getProperty("_UI_EvidenceLevel_WELL_FOUNDED_literal"));
    }

    private static Properties load(String name) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(RegieEditPlugin.class);
        assertNotNull(bundle, "the edit support runs as a bundle");
        URL entry = bundle.getEntry(name);
        assertNotNull(entry, name + " is packaged");
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+\\}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
