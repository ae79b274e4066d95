// SPDX-License-Identifier: EPL-2.0
package nl.regie.felix.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.osgi.framework.Bundle;

/**
 * The store's, the signal intake's, the catalogue's and the planning's own test bundles
 * ({@code nl.regie.store.derby.tests}, {@code nl.regie.signals.tests}, {@code nl.regie.catalog.tests},
 * {@code nl.regie.planning.tests}, {@code nl.regie.evaluation.tests}, {@code nl.regie.reports.tests}: the same tests tycho-surefire runs on Equinox) installed into Apache Felix and run
 * there; each of their tests is reported here as one dynamic test.
 */
class StoreTestsOnFelixTest {

    private record Outcome(String name, TestExecutionResult result) {
    }

    @TestFactory
    Stream<DynamicTest> storeTestsPassOnFelix() throws Exception {
        return runInFelix("nl.regie.store.derby.tests", FelixRuntime.NON_UI);
    }

    /** The signal intake's tests (CSV, XLSX, JSON, privacy, dedup, clusters on Derby) inside Felix too. */
    @TestFactory
    Stream<DynamicTest> intakeTestsPassOnFelix() throws Exception {
        return runInFelix("nl.regie.signals.tests", FelixRuntime.INTAKE);
    }

    /** The intervention catalogue's tests (contributions as DS services, untrusted files) inside Felix. */
    @TestFactory
    Stream<DynamicTest> catalogueTestsPassOnFelix() throws Exception {
        return runInFelix("nl.regie.catalog.tests", FelixRuntime.PLANNING);
    }

    /** The planning tests (the seed scenario end to end, coherence, recommendations, plan versions) inside Felix. */
    @TestFactory
    Stream<DynamicTest> planningTestsPassOnFelix() throws Exception {
        return runInFelix("nl.regie.planning.tests", FelixRuntime.PLANNING);
    }

    /** The evaluation tests (progress, scorecard, trends from the store, checks) inside Felix. */
    @TestFactory
    Stream<DynamicTest> evaluationTestsPassOnFelix() throws Exception {
        return runInFelix("nl.regie.evaluation.tests", FelixRuntime.PLANNING);
    }

    /** The reports' tests (suppression, formula safety, HTML/PDF/XLSX, cancelling) inside Felix. */
    @TestFactory
    Stream<DynamicTest> reportTestsPassOnFelix() throws Exception {
        return runInFelix("nl.regie.reports.tests", FelixRuntime.REPORTS);
    }

    private Stream<DynamicTest> runInFelix(String testBundleName, java.util.Set<String> bundles) throws Exception {
        Path testBundle;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(
                Path.of(System.getProperty("felix.bundles", "target/felix-bundles")), testBundleName + "*.jar")) {
            testBundle = jars.iterator().next();
        }
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (FelixRuntime felix = new FelixRuntime(bundles, List.of(testBundle))) {
            Bundle tests = felix.bundle(testBundleName);
            List<Class<?>> classes = new ArrayList<>();
            for (URL entry : Collections.list(tests.findEntries(testBundleName.replace('.', '/'), "*Test.class",
                    false))) {
                String path = entry.getPath();
                classes.add(tests.loadClass(path.substring(1, path.length() - ".class".length()).replace('/', '.')));
            }
            assertFalse(classes.isEmpty(), "the test bundle holds tests");
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(classes.stream().map(DiscoverySelectors::selectClass).toList()).build();
            Launcher launcher = LauncherFactory.create();
            ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionStarted(TestIdentifier test) {
                    names.put(test.getUniqueId(), test.getDisplayName());
                }

                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        String parent = test.getParentId().map(names::get).orElse("");
                        outcomes.add(new Outcome(parent + " " + test.getDisplayName() + " on Felix", result));
                    }
                }
            });
        }
        assertFalse(outcomes.isEmpty(), "tests ran inside Felix");
        return outcomes.stream().map(outcome -> DynamicTest.dynamicTest(outcome.name(), () -> {
            if (outcome.result().getStatus() == TestExecutionResult.Status.ABORTED) {
                // an assumption inside Felix: reported as skipped here too, with its reason
                org.junit.jupiter.api.Assumptions.abort(outcome.name() + ": " + outcome.result().getThrowable()
                        .map(Throwable::getMessage).orElse("aborted"));
            }
            if (outcome.result().getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                Throwable cause = outcome.result().getThrowable().orElse(null);
                throw new AssertionError(outcome.name() + ": " + outcome.result().getStatus(), cause);
            }
        }));
    }
}
