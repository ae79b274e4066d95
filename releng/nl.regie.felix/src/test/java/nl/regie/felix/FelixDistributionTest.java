// SPDX-License-Identifier: EPL-2.0
package nl.regie.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution in target/regie-felix run as an IT department would (its script, a fresh data folder), against the
 * Equinox product: the same partner file imported, then the same questions asked, give the same answers on both;
 * and the Gogo shell offers the same commands.
 */
class FelixDistributionTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out) {
    }

    private static Result run(List<String> line, Path data, String input) throws IOException, InterruptedException {
        return run(line, data, input, java.util.Map.of());
    }

    /** Runs a command line to its end (at most 3 minutes; a hung one fails the test instead of the build). */
    private static Result run(List<String> line, Path data, String input, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("regie-felix-test", ".out");
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("REGIE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertTrue(finished, "finished within 3 minutes: " + line + "\n" + out);
        // the data folder is the only thing that differs between the two runs
        return new Result(process.exitValue(), out.replace(data.toString(), "DATA"));
    }

    private static Result felix(Path data, String... command) throws IOException, InterruptedException {
        // run as a user runs it: the script itself, executable as shipped
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("regie.felix.dir"), "regie-felix")
                .toString(), "--data", data.toString()));
        line.addAll(List.of(command));
        return run(line, data, null);
    }

    private static Result equinox(Path data, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("regie.product.dir"), "regie").toString(),
                "--data", data.toString(), "-application", "nl.regie.cli.headless", "-nosplash"));
        line.addAll(List.of(command));
        return run(line, data, null);
    }

    @Test
    void theHeadlessCommandsGiveTheSameResultsOnFelixAsOnEquinox() throws Exception {
        Path onEquinox = dir.resolve("equinox");
        Path onFelix = dir.resolve("felix");
        Path signals = Files.writeString(dir.resolve("signalen.csv"), "datum;bron;middel;wijk;omschrijving\n"
                + "2-4-2026;Jongerenwerk;3-MMC;Noord;Groepje bij de skatebaan, bel 06-12345678\n"
                + "3-4-2026;Wijkpolitie;3-MMC;Noord;Dealen bij de skatebaan\n"
                + "3-4-2026;Wijkpolitie;3-MMC;Noord;Dealen bij de skatebaan\n"
                + "31-4-2026;Jongerenwerk;3-MMC;Noord;onmogelijke datum\n", StandardCharsets.UTF_8);
        Result equinoxImport = equinox(onEquinox, "import-signals", signals.toString());
        String equinoxRejects = Files.readString(dir.resolve("signalen.csv.rejects.csv"));
        Files.delete(dir.resolve("signalen.csv.rejects.csv"));
        Result felixImport = felix(onFelix, "import-signals", signals.toString());
        assertEquals(0, felixImport.exit(), felixImport.out());
        assertEquals(equinoxImport.exit(), felixImport.exit());
        assertTrue(felixImport.out().contains("read 4, accepted 2, rejected 1, duplicates 1, personal data removed 1"),
                felixImport.out());
        assertEquals(equinoxImport.out(), felixImport.out(), "import-signals");
        assertEquals(equinoxRejects, Files.readString(dir.resolve("signalen.csv.rejects.csv")), "the same rejects, same reasons");

        for (String[] command : List.of(new String[] {"info"}, new String[] {"clusters", "--until", "2026-04-30"},
                new String[] {"evaluate"}, new String[] {"check", "--until", "2026-04-30"}, new String[] {"audit"}, new String[] {"no-such-command"})) {
            Result equinox = equinox(onEquinox, command);
            Result felix = felix(onFelix, command);
            assertEquals(equinox.exit(), felix.exit(), String.join(" ", command) + ": " + felix.out());
            // the two data folders were created seconds apart: the times of their first versions differ
            String when = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";
            assertEquals(equinox.out().replaceAll(when, "TIME"), felix.out().replaceAll(when, "TIME"), String.join(" ", command));
        }
        Result report = felix(onFelix, "report", "--format", "pdf", "--out", dir.resolve("brief.pdf").toString(), "--tables");
        assertEquals(0, report.exit(), report.out());
        assertTrue(Files.size(dir.resolve("brief.pdf")) > 10_000, "a council letter with its charts, written on Felix");
        assertTrue(Files.isDirectory(dir.resolve("brief.pdf-tabellen")), report.out());
        // self-update is the Equinox product's (p2); on Felix the command says so instead of failing obscurely
        Result update = felix(onFelix, "update", "--repository", dir.resolve("site").toString());
        assertEquals(1, update.exit(), update.out());
        assertTrue(update.out().contains("this runtime cannot update itself (it has no p2)"), update.out());
    }

    /**
     * Service settings in services/PID.cfg (REGIE_SERVICES) reach the store on Felix before the first command, as in
     * the product; the file is read as UTF-8 (a Frisian municipality keeps its name). A second run on the same data
     * folder without the file has no stale setting left.
     */
    @Test
    void serviceSettingsFilesConfigureTheStoreOnFelix() throws Exception {
        Path services = Files.createDirectories(dir.resolve("services"));
        Files.writeString(services.resolve("nl.regie.store.derby.cfg"), "municipality = Súdwest-Fryslân\nauthor = Team Fryslân\n",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("configured");
        List<String> line = List.of(Path.of(System.getProperty("regie.felix.dir"), "regie-felix").toString(), "--data",
                data.toString(), "history");
        Result configured = run(line, data, null, java.util.Map.of("REGIE_SERVICES", services.toString()));
        assertEquals(0, configured.exit(), configured.out());
        assertTrue(configured.out().contains("Team Fryslân") && configured.out().contains("Nieuwe werkruimte voor Súdwest-Fryslân"),
                configured.out());
        Result info = run(List.of(line.get(0), "--data", data.toString(), "info"), data, null,
                java.util.Map.of("REGIE_SERVICES", dir.resolve("geen-instellingen").toString()));
        assertTrue(info.out().contains("Municipality: Súdwest-Fryslân") && info.out().contains("Signals:      0"), info.out());
    }

    @Test
    void theGogoShellOffersRegiesCommands() throws Exception {
        Path data = dir.resolve("shell");
        List<String> line = List.of(Path.of(System.getProperty("regie.felix.dir"), "regie-felix").toString(), "--data",
                data.toString());
        Result shell = run(line, data, "regie:info\nexit\n");
        assertTrue(shell.out().contains("Municipality: Gemeente X"), shell.out());
        assertTrue(shell.out().contains("regie:help lists the commands"), shell.out());
    }
}
