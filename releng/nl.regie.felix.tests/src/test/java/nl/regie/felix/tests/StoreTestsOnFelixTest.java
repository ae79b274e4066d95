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
 * The store's own test bundle ({@code nl.regie.store.derby.tests}, the same tests tycho-surefire runs on Equinox)
 * installed into Apache Felix and run there; each of its tests is reported here as one dynamic test.
 */
class StoreTestsOnFelixTest {

    private record Outcome(String name, TestExecutionResult result) {
    }

    @TestFactory
    Stream<DynamicTest> storeTestsPassOnFelix() throws Exception {
        Path testBundle;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(
                Path.of(System.getProperty("felix.bundles", "target/felix-bundles")), "nl.regie.store.derby.tests*.jar")) {
            testBundle = jars.iterator().next();
        }
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (FelixRuntime felix = new FelixRuntime(FelixRuntime.NON_UI, List.of(testBundle))) {
            Bundle tests = felix.bundle("nl.regie.store.derby.tests");
            List<Class<?>> classes = new ArrayList<>();
            for (URL entry : Collections.list(tests.findEntries("nl/regie/store/derby/tests", "*Test.class", false))) {
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
            if (outcome.result().getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                Throwable cause = outcome.result().getThrowable().orElse(null);
                throw new AssertionError(outcome.name() + ": " + outcome.result().getStatus(), cause);
            }
        }));
    }
}
