// SPDX-License-Identifier: EPL-2.0
package nl.regie.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the built product through its {@code regie} script, as a user would, and waits for its window: the window
 * must name the example municipality, and the product's log must hold no error. Then the product is stopped.
 */
class ProductLaunchTest {

    private static final Duration WINDOW_DEADLINE = Duration.ofSeconds(90);
    private static final Pattern ERROR_ENTRY = Pattern.compile("^!ENTRY \\S+ 4 ", Pattern.MULTILINE);

    @TempDir
    Path data;

    @Test
    void productOpensTheExampleMunicipality() throws Exception {
        Launched launched = launch("Gemeente X", java.util.Map.of());
        assertTrue(launched.window().contains("Regie"), launched.window());
    }

    /**
     * A product as an IT department configures it, without rebuilding: a service configuration file gives the store a
     * municipality of its own, and the product customization hides the catalogue. The window opens on that
     * municipality, the log says what was hidden, and the headless commands see the same configuration.
     */
    @Test
    void aConfiguredProductOpensItsOwnMunicipalityAndHidesWhatItsCustomizationHides() throws Exception {
        Path services = Files.createDirectories(data.resolve("it-services"));
        Files.writeString(services.resolve("nl.regie.store.derby.cfg"), """
                # set by the IT department
                municipality = Gemeente Utrecht
                author = Team drugspreventie
                """);
        Path customization = Files.writeString(data.resolve("plugin_customization.ini"),
                "nl.regie.app/hiddenParts = nl.regie.ui.part.catalogue\n");
        java.util.Map<String, String> environment = java.util.Map.of("REGIE_SERVICES", services.toString(),
                "REGIE_CUSTOMIZATION", customization.toString());
        Launched launched = launch("Gemeente Utrecht", environment);
        assertTrue(launched.log().contains("Parts hidden by the product customization (nl.regie.app/hiddenParts): "
                + "nl.regie.ui.part.catalogue"), launched.log());

        Path product = Path.of(System.getProperty("regie.product.dir", "missing"));
        ProcessBuilder info = new ProcessBuilder(product.resolve("regie").toString(), "--data", data.toString(),
                "-application", "nl.regie.cli.headless", "-nosplash", "history").redirectErrorStream(true);
        info.environment().put("REGIE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        info.environment().putAll(environment);
        info.environment().remove("DISPLAY");
        Process process = info.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        assertTrue(out.contains("Nieuwe werkruimte voor Gemeente Utrecht"), out);
        assertTrue(out.contains("Team drugspreventie"), "the configured author: " + out);
    }

    private record Launched(String window, String log) {
    }

    /** Starts the product as a user would, waits for its window named after {@code municipality}, stops it. */
    private Launched launch(String municipality, java.util.Map<String, String> environment) throws Exception {
        Path product = Path.of(System.getProperty("regie.product.dir", "missing"));
        Path launcher = product.resolve("regie");
        assertTrue(Files.isExecutable(launcher), "the product is built with its launcher script: " + launcher);
        String display = System.getenv("DISPLAY");
        assertNotNull(display, "a display is needed (./regie test starts Xvfb when there is none)");

        Path output = data.resolve("product-output.txt");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--data", data.toString(), "--nl", "nl",
                "-consoleLog").redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("REGIE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String window = null;
        try {
            Instant deadline = Instant.now().plus(WINDOW_DEADLINE);
            while (window == null && process.isAlive() && Instant.now().isBefore(deadline)) {
                window = findWindow(municipality, process.pid());
                if (window == null) {
                    Thread.sleep(250);
                }
            }
            assertTrue(process.isAlive(), () -> "the product exited early:\n" + read(output));
            String found = window;
            assertNotNull(found, () -> "no window named after " + municipality + " within " + WINDOW_DEADLINE + ":\n"
                    + read(output));
            Thread.sleep(1000); // let the parts render and log what they would log
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
        }

        Path log = data.resolve("workspace/.metadata/.log");
        String logText = Files.exists(log) ? Files.readString(log) : "";
        String console = read(output);
        assertFalse(ERROR_ENTRY.matcher(logText).find(), () -> "errors in the product log:\n" + logText);
        assertFalse(ERROR_ENTRY.matcher(console).find(), () -> "errors on the product console:\n" + console);
        assertEquals(List.of(), console.lines().filter(l -> l.contains("Exception")).toList(), console);
        return new Launched(window, logText + console);
    }

    /**
     * The name of an X window whose name contains {@code text} and that belongs to process {@code pid} or one it
     * started (GTK sets _NET_WM_PID on its windows), via xwininfo and xprop; null if none. Another Regie on the same
     * display does not count.
     */
    private static String findWindow(String text, long pid) throws IOException, InterruptedException {
        Matcher windows = Pattern.compile("^\\s*(0x[0-9a-f]+) \"([^\"]*)\"", Pattern.MULTILINE)
                .matcher(run("xwininfo", "-root", "-tree"));
        while (windows.find()) {
            if (windows.group(2).contains(text)) {
                String owner = run("xprop", "-id", windows.group(1), "_NET_WM_PID").strip().replaceAll(".*= ", "");
                // the script runs Java as its child (so that it can start it again after an update)
                boolean ours = owner.equals(Long.toString(pid)) || ProcessHandle.of(pid).stream()
                        .flatMap(ProcessHandle::descendants).anyMatch(p -> owner.equals(Long.toString(p.pid())));
                if (ours) {
                    return windows.group(2);
                }
            }
        }
        return null;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
