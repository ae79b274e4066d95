// SPDX-License-Identifier: EPL-2.0
package nl.regie.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's start script around Java, with a stand-in for the java binary that records how it was called: the
 * workbench is started again when it exits asking for a restart (code 23, after an update), a headless command is
 * run once whatever it returns, and stopping the script stops the Java it started.
 */
class ProductScriptTest {

    @TempDir
    Path dir;

    /** A "java" that answers -version as Java 21, logs each run and exits with the codes given, one per run. */
    private Path fakeJava(String... exits) throws IOException {
        Path fake = dir.resolve("java");
        Files.writeString(fake, """
                #!/bin/sh
                case "$*" in *-version*) echo 'openjdk version "21.0.9" 2025-10-21' >&2; exit 0 ;; esac
                n=$(($(cat "%1$s/count" 2>/dev/null || echo 0) + 1)); echo "$n" > "%1$s/count"
                echo "run $n: $*" >> "%1$s/runs.log"
                codes="%2$s"
                code=$(echo "$codes" | cut -d' ' -f"$n")
                if [ "$code" = sleep ]; then exec sleep 120; fi
                exit "${code:-0}"
                """.formatted(dir, String.join(" ", exits)));
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    private Process start(Path java, String... arguments) throws IOException {
        Path script = Path.of(System.getProperty("regie.product.dir", "missing")).resolve("regie");
        List<String> line = new java.util.ArrayList<>(List.of(script.toString(), "--data", dir.resolve("data").toString()));
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("REGIE_JAVA", java.toString());
        return builder.start();
    }

    private List<String> runs() throws IOException {
        Path log = dir.resolve("runs.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void theWorkbenchStartsAgainWhenItAsksForARestart() throws Exception {
        Process process = start(fakeJava("23", "0"));
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        assertEquals(2, runs().size(), "started, asked for a restart, started again: " + runs());
        assertTrue(runs().get(1).contains("-jar ") && runs().get(1).contains("org.eclipse.equinox.launcher_"), runs().get(1));
        assertTrue(Files.readString(dir.resolve("out.txt")).contains("regie: restarting"));
    }

    @Test
    void otherExitCodesAndHeadlessCommandsAreNotRestarted() throws Exception {
        Process workbench = start(fakeJava("13", "0"));
        assertTrue(workbench.waitFor(60, TimeUnit.SECONDS));
        assertEquals(13, workbench.exitValue(), "the workbench's own exit code");
        assertEquals(1, runs().size());

        Files.delete(dir.resolve("runs.log"));
        Files.delete(dir.resolve("count"));
        Process headless = start(fakeJava("23", "0"), "-application", "nl.regie.cli.headless", "info");
        assertTrue(headless.waitFor(60, TimeUnit.SECONDS));
        assertEquals(23, headless.exitValue());
        assertEquals(1, runs().size(), "a headless command runs once: " + runs());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "TERM", "INT", "HUP" })
    void stoppingTheScriptStopsTheWorkbench(String signal) throws Exception {
        Process process = start(fakeJava("sleep"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runs().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, runs().size(), "the workbench runs");
        Thread.sleep(300);
        List<ProcessHandle> started = process.descendants().toList();
        assertFalse(started.isEmpty(), "Java runs as the script's child");
        // as a desktop session or a service manager (TERM), Ctrl+C (INT) or a closed terminal (HUP) stops it
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script ended");
        for (ProcessHandle child : started) {
            child.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(child.isAlive(), "the workbench it started ended too: " + child.info());
        }
    }
}
