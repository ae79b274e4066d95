// SPDX-License-Identifier: EPL-2.0
package nl.regie.felix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts Apache Felix with Felix SCR, installs the non-UI Regie bundles built by the reactor and their EMF
 * dependencies, and checks that they resolve, start and work there: the DS component registers the model's package
 * and validator, and the example municipality can be created, validated, saved and loaded.
 *
 * <p>The model's classes live in the framework's class space, not in this test's, so the test reaches them through
 * the bundles' own class loaders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FelixRuntimeTest {

    private static final String NS_URI = "http://regie.nl/model/1.0";

    private Framework framework;
    private Path cache;
    private final List<Bundle> installed = new ArrayList<>();

    @TempDir
    Path temp;

    @BeforeAll
    void startFelix() throws Exception {
        Path bundles = Path.of(System.getProperty("felix.bundles", "target/felix-bundles"));
        assertTrue(Files.isDirectory(bundles), "bundles to install are missing: " + bundles);

        Map<String, String> config = new HashMap<>();
        cache = Files.createTempDirectory("felix-cache");
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        framework = factory.newFramework(config);
        framework.start();
        assertEquals("org.apache.felix.framework", framework.getSymbolicName(), "this runs on Felix, not Equinox");

        BundleContext context = framework.getBundleContext();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(bundles, "*.jar")) {
            for (Path jar : jars) {
                installed.add(context.installBundle(jar.toUri().toString()));
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
    }

    @AfterAll
    void stopFelix() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
        if (cache != null) {
            try (var paths = Files.walk(cache)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Test
    void everyBundleIsActive() {
        assertEquals(11, installed.size(), () -> "installed: " + names());
        for (Bundle bundle : installed) {
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " is not active");
        }
        assertNotNull(bundle("nl.regie.model"));
        assertNotNull(bundle("nl.regie.sample"));
        assertNotNull(bundle("org.apache.felix.scr"));
    }

    @Test
    void dsComponentRegistersPackageAndValidator() throws Exception {
        Bundle ecore = bundle("org.eclipse.emf.ecore");
        Class<?> registryClass = ecore.loadClass("org.eclipse.emf.ecore.EPackage$Registry");
        Map<?, ?> registry = (Map<?, ?>) registryClass.getField("INSTANCE").get(null);
        assertTrue(registry.containsKey(NS_URI), "EPackage registered by the DS component on Felix SCR");

        Object ePackage = call(registryClass.getField("INSTANCE").get(null), "getEPackage", NS_URI);
        Class<?> validatorRegistry = ecore.loadClass("org.eclipse.emf.ecore.EValidator$Registry");
        Object validator = call(validatorRegistry.getField("INSTANCE").get(null), "getEValidator", ePackage);
        assertEquals("nl.regie.model.validation.RegieModelValidator", validator.getClass().getName());
        ServiceReference<?>[] services = bundle("nl.regie.model").getRegisteredServices();
        assertNotNull(services, "nl.regie.model registers its DS component as a service");
        assertTrue(Arrays.stream(services).map(ref -> ((String[]) ref.getProperty(Constants.OBJECTCLASS))[0])
                .anyMatch("nl.regie.model.internal.RegiePackageRegistrar"::equals), "registered by Felix SCR");
    }

    @Test
    void modelIsCreatedValidatedSavedAndLoaded() throws Exception {
        Object municipality = bundle("nl.regie.sample").loadClass("nl.regie.sample.GemeenteX").getMethod("create")
                .invoke(null);
        assertEquals("Gemeente X", call(municipality, "getName"));

        Bundle model = bundle("nl.regie.model");
        Class<?> validatorClass = model.loadClass("nl.regie.model.validation.RegieModelValidator");
        Object diagnostic = method(validatorClass, "validateAll").invoke(null, municipality);
        assertEquals(0, severity(diagnostic), () -> "valid on Felix: " + diagnostic);

        Class<?> resources = model.loadClass("nl.regie.model.resource.RegieResources");
        for (String extension : List.of("regie", "regiebin")) {
            Path file = temp.resolve("gemeente-x." + extension);
            method(resources, "save").invoke(null, municipality, file);
            assertTrue(Files.size(file) > 1000, file + " written");
            Object loaded = method(resources, "load").invoke(null, file);
            Class<?> ecoreUtil = bundle("org.eclipse.emf.ecore").loadClass("org.eclipse.emf.ecore.util.EcoreUtil");
            Class<?> eObject = bundle("org.eclipse.emf.ecore").loadClass("org.eclipse.emf.ecore.EObject");
            boolean equal = (Boolean) ecoreUtil.getMethod("equals", eObject, eObject).invoke(null, municipality, loaded);
            assertTrue(equal, "loaded " + extension + " equals what was saved");
            List<?> signals = (List<?>) call(loaded, "getSignals");
            assertFalse(signals.isEmpty());
        }
    }

    @Test
    void editSupportLabelsTheModelOnFelix() throws Exception {
        Object municipality = bundle("nl.regie.sample").loadClass("nl.regie.sample.GemeenteX").getMethod("create")
                .invoke(null);
        Class<?> factoryClass = bundle("nl.regie.model.edit").loadClass("nl.regie.model.edit.RegieEditAdapterFactory");
        Object factory = factoryClass.getMethod("createComposed").invoke(null);
        Class<?> labelProvider = bundle("org.eclipse.emf.edit").loadClass("org.eclipse.emf.edit.provider.IItemLabelProvider");
        Class<?> adapterFactory = bundle("org.eclipse.emf.common").loadClass("org.eclipse.emf.common.notify.AdapterFactory");
        Object provider = adapterFactory.getMethod("adapt", Object.class, Object.class).invoke(factory, municipality,
                labelProvider);
        assertEquals("Gemeente X", labelProvider.getMethod("getText", Object.class).invoke(provider, municipality));
        Object image = labelProvider.getMethod("getImage", Object.class).invoke(provider, municipality);
        assertTrue(image instanceof java.net.URL, "icons are found through the bundle on Felix: " + image);
    }

    @Test
    void thirdPartyVersionsMatchTheTargetPlatform() throws IOException {
        String target = Files.readString(Path.of(System.getProperty("regie.target")));
        java.util.regex.Matcher entries = java.util.regex.Pattern
                .compile("<artifactId>([^<]+)</artifactId><version>([^<]+)</version>").matcher(target);
        Map<String, String> pinned = new HashMap<>();
        while (entries.find()) {
            pinned.put(entries.group(1), entries.group(2));
        }
        int checked = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(
                Path.of(System.getProperty("felix.bundles", "target/felix-bundles")), "*.jar")) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
                for (Map.Entry<String, String> entry : pinned.entrySet()) {
                    if (name.startsWith(entry.getKey() + "-") && name.substring(entry.getKey().length() + 1).matches("\\d.*")) {
                        assertEquals(entry.getKey() + "-" + entry.getValue(), name, "Felix test and regie.target disagree");
                        checked++;
                    }
                }
            }
        }
        assertEquals(8, checked, "every third-party bundle on Felix is pinned in regie.target");
    }

    @Test
    void brokenRuleIsReportedOnFelix() throws Exception {
        Object municipality = bundle("nl.regie.sample").loadClass("nl.regie.sample.GemeenteX").getMethod("create")
                .invoke(null);
        Object policy = ((List<?>) call(municipality, "getPolicies")).get(0);
        Object plan = ((List<?>) call(policy, "getActionPlans")).get(0);
        Object track = ((List<?>) call(plan, "getTracks")).get(0);
        Object action = ((List<?>) call(track, "getActions")).get(0);
        Class<?> partner = bundle("nl.regie.model").loadClass("nl.regie.model.Partner");
        action.getClass().getMethod("setOwner", partner).invoke(action, (Object) null);

        Class<?> validatorClass = bundle("nl.regie.model").loadClass("nl.regie.model.validation.RegieModelValidator");
        Object diagnostic = method(validatorClass, "validateAll").invoke(null, municipality);
        assertEquals(4, severity(diagnostic), "an action without owner is an error");
        assertTrue(diagnostic.toString().contains("owner") || diagnostic.toString().contains("eigenaar"),
                diagnostic::toString);
    }

    /** Diagnostic.getSeverity() through the interface: BasicDiagnostic's other methods mention Eclipse runtime types. */
    private int severity(Object diagnostic) throws Exception {
        Class<?> type = bundle("org.eclipse.emf.common").loadClass("org.eclipse.emf.common.util.Diagnostic");
        return (Integer) type.getMethod("getSeverity").invoke(diagnostic);
    }

    private Bundle bundle(String symbolicName) {
        return installed.stream().filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " not installed; installed: " + names()));
    }

    private List<String> names() {
        return installed.stream().map(Bundle::getSymbolicName).toList();
    }

    private static Method method(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new AssertionError(type.getName() + " has no method " + name);
    }

    private static Object call(Object target, String name, Object... arguments) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                method.setAccessible(true);
                return method.invoke(target, arguments);
            }
        }
        throw new AssertionError(target.getClass().getName() + " has no method " + name);
    }

    static {
        // Keep Felix's own cache out of the working directory.
        try {
            Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
