// SPDX-License-Identifier: EPL-2.0
package nl.regie.felix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * The non-UI bundles of the Regie p2 repository on Apache Felix with Felix SCR: every one resolves and starts, the
 * DS component registers the model's package and validator, and the example municipality can be created, validated,
 * labelled, saved and loaded there.
 *
 * <p>The model's classes live in the framework's class space, not in this test's, so the test reaches them through
 * the bundles' own class loaders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FelixRuntimeTest {

    private static final String NS_URI = "http://regie.nl/model/1.0";

    private FelixRuntime felix;

    @TempDir
    Path temp;

    @BeforeAll
    void startFelix() throws Exception {
        felix = new FelixRuntime(FelixRuntime.NON_UI, List.of());
    }

    @AfterAll
    void stopFelix() throws Exception {
        if (felix != null) {
            felix.close();
        }
    }

    @Test
    void everyBundleIsActiveOnFelix() {
        assertEquals("org.apache.felix.framework", felix.framework.getSymbolicName(), "this runs on Felix, not Equinox");
        assertEquals(FelixRuntime.NON_UI.size(), felix.installed.size());
        for (Bundle bundle : felix.installed) {
            int expected = bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null ? Bundle.ACTIVE : Bundle.RESOLVED;
            assertEquals(expected, bundle.getState(), bundle.getSymbolicName());
        }
    }

    @Test
    void dsComponentRegistersPackageAndValidator() throws Exception {
        Bundle ecore = felix.bundle("org.eclipse.emf.ecore");
        Class<?> registryClass = ecore.loadClass("org.eclipse.emf.ecore.EPackage$Registry");
        Map<?, ?> registry = (Map<?, ?>) registryClass.getField("INSTANCE").get(null);
        assertTrue(registry.containsKey(NS_URI), "EPackage registered by the DS component on Felix SCR");

        Object ePackage = registryClass.getMethod("getEPackage", String.class).invoke(registry, NS_URI);
        Class<?> validatorRegistry = ecore.loadClass("org.eclipse.emf.ecore.EValidator$Registry");
        Object validators = validatorRegistry.getField("INSTANCE").get(null);
        Object validator = validatorRegistry.getMethod("getEValidator", ecore.loadClass("org.eclipse.emf.ecore.EPackage"))
                .invoke(validators, ePackage);
        assertEquals("nl.regie.model.validation.RegieModelValidator", validator.getClass().getName());
        ServiceReference<?>[] services = felix.bundle("nl.regie.model").getRegisteredServices();
        assertNotNull(services, "nl.regie.model registers its DS component as a service");
        assertTrue(Arrays.stream(services).map(ref -> ((String[]) ref.getProperty(Constants.OBJECTCLASS))[0])
                .anyMatch("nl.regie.model.internal.RegiePackageRegistrar"::equals), "registered by Felix SCR");
    }

    @Test
    void modelIsCreatedValidatedSavedAndLoaded() throws Exception {
        Object municipality = exampleMunicipality();
        Class<?> validatorClass = felix.bundle("nl.regie.model").loadClass("nl.regie.model.validation.RegieModelValidator");
        Object diagnostic = FelixRuntime.method(validatorClass, "validateAll").invoke(null, municipality);
        assertEquals(0, severity(diagnostic), () -> "valid on Felix: " + diagnostic);

        Class<?> resources = felix.bundle("nl.regie.model").loadClass("nl.regie.model.resource.RegieResources");
        Class<?> ecoreUtil = felix.bundle("org.eclipse.emf.ecore").loadClass("org.eclipse.emf.ecore.util.EcoreUtil");
        Class<?> eObject = felix.bundle("org.eclipse.emf.ecore").loadClass("org.eclipse.emf.ecore.EObject");
        for (String extension : List.of("regie", "regiebin")) {
            Path file = temp.resolve("gemeente-x." + extension);
            FelixRuntime.method(resources, "save").invoke(null, municipality, file);
            assertTrue(Files.size(file) > 1000, file + " written");
            Object loaded = FelixRuntime.method(resources, "load").invoke(null, file);
            boolean equal = (Boolean) ecoreUtil.getMethod("equals", eObject, eObject).invoke(null, municipality, loaded);
            assertTrue(equal, "loaded " + extension + " equals what was saved");
        }
    }

    @Test
    void editSupportLabelsTheModelOnFelix() throws Exception {
        Object municipality = exampleMunicipality();
        Object factory = felix.bundle("nl.regie.model.edit").loadClass("nl.regie.model.edit.RegieEditAdapterFactory")
                .getMethod("createComposed").invoke(null);
        Class<?> labelProvider = felix.bundle("org.eclipse.emf.edit")
                .loadClass("org.eclipse.emf.edit.provider.IItemLabelProvider");
        Class<?> adapterFactory = felix.bundle("org.eclipse.emf.common")
                .loadClass("org.eclipse.emf.common.notify.AdapterFactory");
        Object provider = adapterFactory.getMethod("adapt", Object.class, Object.class).invoke(factory, municipality,
                labelProvider);
        assertEquals("Gemeente X", labelProvider.getMethod("getText", Object.class).invoke(provider, municipality));
        Object image = labelProvider.getMethod("getImage", Object.class).invoke(provider, municipality);
        assertTrue(image instanceof java.net.URL, "icons are found through the bundle on Felix: " + image);
    }

    @Test
    void brokenRuleIsReportedOnFelix() throws Exception {
        Object municipality = exampleMunicipality();
        Object policy = ((List<?>) call(municipality, "getPolicies")).get(0);
        Object plan = ((List<?>) call(policy, "getActionPlans")).get(0);
        Object track = ((List<?>) call(plan, "getTracks")).get(0);
        Object action = ((List<?>) call(track, "getActions")).get(0);
        Class<?> partner = felix.bundle("nl.regie.model").loadClass("nl.regie.model.Partner");
        action.getClass().getMethod("setOwner", partner).invoke(action, (Object) null);

        Class<?> validatorClass = felix.bundle("nl.regie.model").loadClass("nl.regie.model.validation.RegieModelValidator");
        Object diagnostic = FelixRuntime.method(validatorClass, "validateAll").invoke(null, municipality);
        assertEquals(4, severity(diagnostic), "an action without owner is an error");
        assertFalse(diagnostic.toString().isEmpty());
    }

    private Object exampleMunicipality() throws Exception {
        return felix.bundle("nl.regie.sample").loadClass("nl.regie.sample.GemeenteX").getMethod("create").invoke(null);
    }

    /** Diagnostic.getSeverity() through the interface: BasicDiagnostic's other methods mention Eclipse runtime types. */
    private int severity(Object diagnostic) throws Exception {
        Class<?> type = felix.bundle("org.eclipse.emf.common").loadClass("org.eclipse.emf.common.util.Diagnostic");
        return (Integer) type.getMethod("getSeverity").invoke(diagnostic);
    }

    private static Object call(Object target, String name) throws Exception {
        return target.getClass().getMethod(name).invoke(target);
    }
}
