// SPDX-License-Identifier: EPL-2.0
package nl.regie.cli.internal;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.regie.update.ProductUpdate;
import nl.regie.update.UpdateException;

/**
 * {@code update --repository URL|FOLDER [--check]}: updates the installed product from an update site (p2
 * repository) through the {@link ProductUpdate} service. Loaded only when the command runs: a runtime without p2 (the
 * Felix distribution) has no {@code nl.regie.update} package, and {@link CommandLine} says so instead.
 */
final class UpdateCommand {

    private UpdateCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        URI repository = null;
        boolean checkOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--check")) {
                checkOnly = true;
            } else if (arg.equals("--repository") && i + 1 < args.size()) {
                String site = args.get(++i);
                repository = location(site);
                if (repository == null) {
                    err.println("regie: not an address of an update site (a URL or a folder): " + site);
                    return CommandLine.USAGE;
                }
            } else {
                repository = null;
                break;
            }
        }
        if (repository == null) {
            err.println("regie: usage: update --repository URL|FOLDER [--check]");
            return CommandLine.USAGE;
        }
        BundleContext context = FrameworkUtil.getBundle(UpdateCommand.class).getBundleContext();
        ServiceTracker<ProductUpdate, ProductUpdate> tracker = new ServiceTracker<>(context, ProductUpdate.class, null);
        tracker.open();
        try {
            ProductUpdate update = tracker.waitForService(30_000);
            if (update == null) {
                err.println("regie: this installation cannot update itself (no update service started)");
                return CommandLine.FAILED;
            }
            ProductUpdate.Plan plan = checkOnly ? update.check(repository, null) : update.update(repository, null);
            if (plan.upToDate()) {
                out.println("Up to date: " + repository + " offers nothing newer than what is installed.");
                return CommandLine.OK;
            }
            out.println((checkOnly ? "Updates available from " : "Updated from ") + repository + ":");
            for (ProductUpdate.Change change : plan.changes()) {
                out.println("  " + change);
            }
            out.println(checkOnly ? "Run update without --check to install them."
                    : "Restart Regie to use the new version.");
            return CommandLine.OK;
        } catch (UpdateException e) {
            err.println("regie: " + e.getMessage());
            return CommandLine.FAILED;
        } finally {
            tracker.close();
        }
    }

    /** A URL as given, or a folder (relative to the working directory) as a file: URL; null if it is neither. */
    private static URI location(String text) {
        try {
            if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !text.matches("^[a-zA-Z]:[\\\\/].*")) {
                return new URI(text);
            }
            return Path.of(text).toAbsolutePath().normalize().toUri();
        } catch (java.net.URISyntaxException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
