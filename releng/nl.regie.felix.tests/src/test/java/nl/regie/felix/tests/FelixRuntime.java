// SPDX-License-Identifier: EPL-2.0
package nl.regie.felix.tests;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * An Apache Felix framework with chosen bundles from the Regie p2 repository (and extra jars), all started.
 * JUnit's API packages are exported by the system bundle, so test bundles inside share JUnit with the launcher
 * outside.
 */
final class FelixRuntime implements AutoCloseable {

    /** The non-UI bundles of Regie and what they need, by symbolic name. */
    static final Set<String> NON_UI = Set.of("nl.regie.model", "nl.regie.model.edit", "nl.regie.sample", "nl.regie.store",
            "nl.regie.store.derby", "nl.regie.store.derby.client", "derby", "derbyclient", "org.apache.derby.shared",
            "org.apache.derby.tools", "org.apache.derby.net", "org.postgresql.jdbc", "org.eclipse.emf.common",
            "org.eclipse.emf.ecore",
            "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.edit", "org.apache.felix.scr", "org.osgi.service.component",
            "org.osgi.util.promise", "org.osgi.util.function", "org.apache.felix.configadmin");

    /** The non-UI bundles and signal intake with the libraries it reads files with. */
    static final Set<String> INTAKE;

    static {
        Set<String> intake = new java.util.HashSet<>(NON_UI);
        intake.addAll(Set.of("nl.regie.signals", "com.google.gson", "de.siegmar.fastcsv", "org.dhatim.fastexcel.reader",
                "org.apache.commons.commons-compress", "org.apache.commons.commons-io", "org.apache.commons.lang3",
                "org.apache.commons.commons-codec", "com.fasterxml.aalto-xml", "stax2-api"));
        INTAKE = Set.copyOf(intake);
        Set<String> planning = new java.util.HashSet<>(INTAKE);
        planning.addAll(Set.of("nl.regie.catalog", "nl.regie.planning", "nl.regie.evaluation"));
        PLANNING = Set.copyOf(planning);
        Set<String> reports = new java.util.HashSet<>(planning);
        reports.addAll(Set.of("nl.regie.reports", "com.github.librepdf.openpdf", "org.jfree.jfreechart",
                "org.dhatim.fastexcel", "com.github.rzymek.opczip"));
        REPORTS = Set.copyOf(reports);
    }

    /** Planning and evaluation with the reports and the libraries they write PDF, charts and XLSX with. */
    static final Set<String> REPORTS;

    /** The intake and the catalogue, planning and evaluation on top of it. */
    static final Set<String> PLANNING;

    private static final String JUNIT_VERSION = "5.14.4";

    final Framework framework;
    final List<Bundle> installed = new ArrayList<>();
    private final Path cache;

    FelixRuntime(Set<String> symbolicNames, List<Path> extraJars) throws Exception {
        Path repository = Path.of(System.getProperty("regie.repository", "missing")).resolve("plugins");
        if (!Files.isDirectory(repository)) {
            throw new IllegalStateException("the Regie p2 repository is not built: " + repository);
        }
        cache = Files.createTempDirectory("felix-cache");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",",
                "org.junit.jupiter.api;version=" + JUNIT_VERSION, "org.junit.jupiter.api.function;version=" + JUNIT_VERSION,
                "org.junit.jupiter.api.io;version=" + JUNIT_VERSION, "org.junit.jupiter.params;version=" + JUNIT_VERSION,
                "org.junit.jupiter.params.provider;version=" + JUNIT_VERSION, "org.opentest4j;version=1.3.0"));
        // Felix by name: another framework (Equinox) may also be on the class path and win a ServiceLoader lookup.
        FrameworkFactory factory = new org.apache.felix.framework.FrameworkFactory();
        framework = factory.newFramework(config);
        framework.start();

        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> plugins = Files.newDirectoryStream(repository, "*.jar")) {
            for (Path jar : plugins) {
                if (symbolicNames.contains(symbolicName(jar))) {
                    jars.add(jar);
                }
            }
        }
        jars.addAll(extraJars);
        for (Path jar : jars) {
            installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
        }
        List<String> found = installed.stream().map(Bundle::getSymbolicName).toList();
        for (String name : symbolicNames) {
            if (!found.contains(name)) {
                throw new IllegalStateException(name + " is not in " + repository);
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    bundle.start();
                } catch (BundleException e) {
                    throw new IllegalStateException(bundle.getSymbolicName() + " does not start on Felix: " + e, e);
                }
            }
        }
    }

    private static String symbolicName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return name == null ? null : name.split(";")[0].strip();
        }
    }

    Bundle bundle(String symbolicName) {
        return installed.stream().filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " not installed"));
    }

    static Method method(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new AssertionError(type.getName() + " has no method " + name);
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(20_000);
        try (Stream<Path> paths = Files.walk(cache)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
