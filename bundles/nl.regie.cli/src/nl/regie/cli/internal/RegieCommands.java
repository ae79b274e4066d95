// SPDX-License-Identifier: EPL-2.0
package nl.regie.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

/**
 * Regie's headless commands as Apache Felix Gogo shell commands ({@code regie:info}, {@code regie:importSignals FILE},
 * {@code regie:run import-signals FILE}, ...) on any OSGi framework with the Gogo runtime, and the entry point
 * {@link #execute} that the Felix launcher of {@code releng/nl.regie.felix} calls for one command with an exit code.
 * Every command runs the same {@link CommandLine} code as {@code ./regie} on Equinox.
 */
@Component(service = RegieCommands.class, property = {"osgi.command.scope=regie", "osgi.command.function=run",
    "osgi.command.function=help", "osgi.command.function=info", "osgi.command.function=history",
    "osgi.command.function=backup", "osgi.command.function=restore", "osgi.command.function=exportWorkspace",
    "osgi.command.function=importWorkspace", "osgi.command.function=importSignals", "osgi.command.function=clusters",
    "osgi.command.function=evaluate", "osgi.command.function=check", "osgi.command.function=report", "osgi.command.function=importMeasurements"})
public class RegieCommands {

    /** Runs one command ({@code args[0]} as in {@code ./regie}, e.g. {@code import-signals}) and returns its exit code. */
    public int execute(PrintStream out, PrintStream err, String... args) {
        return new CommandLine().run(List.of(args), out, err);
    }

    private static String[] with(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private void shell(String command, String... args) {
        int code = execute(System.out, System.err, with(command, args));
        if (code != CommandLine.OK) {
            System.err.println("regie: " + command + " ended with exit code " + code);
        }
    }

    /** {@code regie:run COMMAND ARGS...}: any command by its {@code ./regie} name. */
    public void run(String... args) {
        int code = execute(System.out, System.err, args);
        if (code != CommandLine.OK) {
            System.err.println("regie: ended with exit code " + code);
        }
    }

    public void help() {
        execute(System.out, System.out);
    }

    public void info(String... args) {
        shell("info", args);
    }

    public void history(String... args) {
        shell("history", args);
    }

    public void backup(String... args) {
        shell("backup", args);
    }

    public void restore(String... args) {
        shell("restore", args);
    }

    public void exportWorkspace(String... args) {
        shell("export-workspace", args);
    }

    public void importWorkspace(String... args) {
        shell("import-workspace", args);
    }

    public void importSignals(String... args) {
        shell("import-signals", args);
    }

    public void clusters(String... args) {
        shell("clusters", args);
    }

    public void evaluate(String... args) {
        shell("evaluate", args);
    }

    public void check(String... args) {
        shell("check", args);
    }

    public void report(String... args) {
        shell("report", args);
    }

    public void importMeasurements(String... args) {
        shell("import-measurements", args);
    }
}
