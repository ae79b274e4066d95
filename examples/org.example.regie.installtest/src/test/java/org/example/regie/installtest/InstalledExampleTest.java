// SPDX-License-Identifier: EPL-2.0
package org.example.regie.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example installed into Regie's product by the p2 director (see the pom): its three contributions work in the
 * installed product, started through its own {@code regie} script as a user starts it.
 */
class InstalledExampleTest {

    @TempDir
    Path data;

    private static Path product() {
        return Path.of(System.getProperty("example.product.dir", "missing"));
    }

    private record Result(int exit, String out) {
    }

    private Result headless(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("sh", product().resolve("regie").toString(), "--data", data.toString(),
                "-application", "nl.regie.cli.headless", "-nosplash"));
        line.addAll(List.of(command));
        Path output = Files.createTempFile(data, "command", ".out");
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("REGIE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(finished, "finished within 3 minutes: " + line + "\n" + out);
        return new Result(process.exitValue(), out);
    }

    @Test
    void theIncidentLogIsASignalSourceOfTheInstalledProduct() throws Exception {
        Path log = Files.writeString(data.resolve("incidenten-april.log"), """
                # incidentenlog horeca uitgaansgebied, april
                4-4-2026 | Centrum (uitgaansgebied) | Bezoeker onwel na 3-MMC, gemeld door mevrouw De Vries
                5-4-2026 | Centrum (uitgaansgebied) | Poeder gevonden in de toiletten
                40-4-2026 | Centrum (uitgaansgebied) | datum verkeerd
                kapotte regel
                """);
        Result imported = headless("import-signals", log.toString());
        assertEquals(0, imported.exit(), imported.out());
        assertTrue(imported.out().contains("read 4, accepted 2, rejected 2, duplicates 0, personal data removed 1"),
                "found by its .log name, read, checked and screened by Regie: " + imported.out());
        String rejects = Files.readString(data.resolve("incidenten-april.log.rejects.csv"));
        assertTrue(rejects.contains("expected date | place | what happened"), rejects);
    }

    /**
     * Gemeente X involves its nightlife businesses in every nightlife action, so the rule finds nothing there; the
     * same workspace with the horeca partner no longer marked as a nightlife business (exported, changed, imported
     * back as a new version) gets the example's findings next to Regie's own.
     */
    @Test
    void theNightlifePartnerRuleSpeaksInTheCoherenceCheck() throws Exception {
        Result before = headless("check", "--until", "2026-04-30");
        assertEquals(0, before.exit(), before.out());
        assertTrue(before.out().contains("[nl.regie.planning]") && !before.out().contains("[org.example.regie.nightlife]"),
                "Regie's own findings only: " + before.out());
        Path archive = data.resolve("gemeente-x.xmi");
        assertEquals(0, headless("export-workspace", archive.toString()).exit());
        String xmi = Files.readString(archive);
        assertTrue(xmi.contains("kind=\"NIGHTLIFE_BUSINESS\""), "the seed's horeca partner");
        Files.writeString(archive, xmi.replace("kind=\"NIGHTLIFE_BUSINESS\"", "kind=\"OTHER\""));
        Result imported = headless("import-workspace", archive.toString());
        assertEquals(0, imported.exit(), imported.out());
        Result after = headless("check", "--until", "2026-04-30");
        assertEquals(0, after.exit(), after.out());
        assertTrue(after.out().contains("Horeca niet betrokken bij") && after.out().contains("[org.example.regie.nightlife]"),
                "the example's own finding: " + after.out());
    }

    @Test
    void theUitgaanslevenViewOpensInTheWindow() throws Exception {
        String display = System.getenv("DISPLAY");
        assertNotNull(display, "a display is needed (./regie test starts Xvfb when there is none)");
        Path output = data.resolve("product-output.txt");
        ProcessBuilder builder = new ProcessBuilder("sh", product().resolve("regie").toString(), "--data", data.toString(),
                "--nl", "nl", "-consoleLog").redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("REGIE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        Path log = data.resolve("workspace/.metadata/.log");
        String shown = null;
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (shown == null && process.isAlive() && Instant.now().isBefore(deadline)) {
                String text = (Files.exists(log) ? Files.readString(log) : "") + Files.readString(output);
                int at = text.indexOf("Uitgaansleven view shown: ");
                shown = at < 0 ? null : text.substring(at, text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at));
                if (shown == null) {
                    Thread.sleep(250);
                }
            }
            String found = shown;
            assertNotNull(found, () -> "the view did not open:\n" + read(output) + read(log));
            assertTrue(found.contains("signalen in de werkruimte") && !found.contains("Geen signalenbestand"),
                    "the view read the product's signal store: " + found);
            Thread.sleep(1500);
            screenshot();
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
        }
        String all = read(log) + read(output);
        assertTrue(!all.contains("!ENTRY org.example.regie.nightlife 4") && !all.contains("Exception"), all);
    }

    /** The screen with the view, for people to look at (ImageMagick's import, when the machine has it). */
    private static void screenshot() throws InterruptedException {
        Path evidence = Path.of(System.getProperty("regie.evidence.dir", "target/evidence"));
        try {
            Files.createDirectories(evidence);
            new ProcessBuilder("import", "-window", "root", evidence.resolve("example-view.png").toString())
                    .redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no ImageMagick here: the test stands on the log, the picture is extra
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
