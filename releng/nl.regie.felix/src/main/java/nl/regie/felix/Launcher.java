// SPDX-License-Identifier: EPL-2.0
package nl.regie.felix;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts Regie's non-UI bundles on Apache Felix (no Equinox, no extension registry) and runs one of {@code ./regie}'s
 * headless commands, or opens the Gogo shell with the {@code regie:*} commands when no command is given.
 *
 * <pre>
 *   java -Dregie.data=DIR -cp "bin/*" nl.regie.felix.Launcher BUNDLE-FOLDER [COMMAND ARGS...]
 * </pre>
 *
 * The command is the same code as on Equinox ({@code nl.regie.cli}'s {@code CommandLine}), reached through the
 * {@code RegieCommands} service that {@code nl.regie.cli} registers with Declarative Services; the exit code is the
 * command's (0 done, 1 failed, 2 wrong usage; 3 when the runtime itself cannot start). Felix keeps its bundle cache in
 * a fresh temporary folder that is removed at the end, so every run starts from the bundles as shipped.
 */
public final class Launcher {

    /** Exit code when the runtime cannot start (a bundle that does not resolve, no command service). */
    static final int BROKEN = 3;

    private static final String SHELL = "org.apache.felix.gogo.shell";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: Launcher BUNDLE-FOLDER [COMMAND ARGS...]");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Arrays.asList(args).subList(1, args.length), System.out, System.err));
    }

    static int run(Path bundles, List<String> command, PrintStream out, PrintStream err) {
        Path cache;
        try {
            cache = Files.createTempDirectory("regie-felix-cache");
        } catch (IOException e) {
            err.println("regie-felix: no room for Felix's bundle cache: " + e.getMessage());
            return BROKEN;
        }
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // without a command Gogo's shell reads the terminal, and leaving it (exit, or the end of input) stops Felix
        boolean shell = command.isEmpty();
        Framework framework = new FrameworkFactory().newFramework(config);
        try {
            framework.init();
            List<Bundle> installed = new ArrayList<>();
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(bundles, "*.jar")) {
                for (Path jar : jars) {
                    installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
                }
            }
            framework.start();
            Thread stopper = new Thread(() -> stop(framework), "regie-felix shutdown");
            Runtime.getRuntime().addShutdownHook(stopper);
            // Configuration Admin, then File Install (its first scan hands services/*.cfg over before anything else
            // runs), then SCR and the rest; the shell last, once Regie's commands are there to be typed
            installed.sort(Comparator.comparingInt(Launcher::startOrder));
            for (Bundle bundle : installed) {
                boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                if (!fragment && !SHELL.equals(bundle.getSymbolicName())) {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                }
            }
            if (shell) {
                if (commands(framework, err) == null) {
                    return BROKEN;
                }
                for (Bundle bundle : installed) {
                    if (SHELL.equals(bundle.getSymbolicName())) {
                        bundle.start();
                    }
                }
                out.println("Regie on Apache Felix: regie:help lists the commands (regie:info, regie:importSignals FILE,"
                        + " regie:run import-signals FILE, ...); exit leaves.");
                framework.waitForStop(0);
                return 0;
            }
            return execute(framework, command, out, err);
        } catch (BundleException | IOException e) {
            err.println("regie-felix: the runtime did not start: " + e.getMessage());
            return BROKEN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BROKEN;
        } finally {
            stop(framework);
            delete(cache);
        }
    }

    /** The order bundles start in: Configuration Admin, File Install, SCR, then all others. */
    private static int startOrder(Bundle bundle) {
        return switch (String.valueOf(bundle.getSymbolicName())) {
            case "org.apache.felix.configadmin" -> 0;
            case "org.apache.felix.fileinstall" -> 1;
            case "org.apache.felix.scr" -> 2;
            default -> 3;
        };
    }

    /** The RegieCommands service (found by its Gogo scope), waited for up to 60 s; null, said on err, when absent. */
    private static Object commands(Framework framework, PrintStream err) throws InterruptedException {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(framework.getBundleContext(),
                    framework.getBundleContext().createFilter("(osgi.command.scope=regie)"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open();
        Object commands = tracker.waitForService(60_000);
        if (commands == null) {
            err.println("regie-felix: Regie's commands did not start within 60 s (is nl.regie.cli in bundle/?)");
        }
        return commands;
    }

    /** Runs the command through the RegieCommands service, reflectively across class loaders. */
    private static int execute(Framework framework, List<String> command, PrintStream out, PrintStream err)
            throws InterruptedException {
        Object commands = commands(framework, err);
        if (commands == null) {
            return BROKEN;
        }
        try {
            Method execute = commands.getClass().getMethod("execute", PrintStream.class, PrintStream.class,
                    String[].class);
            return (Integer) execute.invoke(commands, out, err, command.toArray(String[]::new));
        } catch (java.lang.reflect.InvocationTargetException e) {
            // the command itself failed in a way it did not report: say what, as ./regie would
            err.println("regie: " + e.getCause());
            return 1;
        } catch (ReflectiveOperationException e) {
            err.println("regie-felix: Regie's commands could not be called: " + e);
            return BROKEN;
        }
    }

    private static void stop(Framework framework) {
        if (framework.getState() != Bundle.ACTIVE && framework.getState() != Bundle.STARTING) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(60_000);
        } catch (BundleException | InterruptedException e) {
            // stopping is best effort; the JVM ends next
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
