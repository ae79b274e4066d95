// SPDX-License-Identifier: EPL-2.0
package nl.regie.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a headless command of the built product as {@code ./regie} does, on a data folder, without a display. */
final class ProductCommand {

    /** The exit code and everything the command wrote. */
    record Result(int exit, String out) {
    }

    private ProductCommand() {
    }

    static Result run(Path data, String... command) throws IOException, InterruptedException {
        Path product = Path.of(System.getProperty("regie.product.dir", "missing"));
        List<String> line = new ArrayList<>(List.of(product.resolve("regie").toString(), "--data", data.toString(),
                "-application", "nl.regie.cli.headless", "-nosplash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("REGIE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        return new Result(process.exitValue(), out);
    }
}
