// SPDX-License-Identifier: EPL-2.0
package nl.regie.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nl.regie.model.Municipality;
import nl.regie.model.resource.RegieResources;
import nl.regie.store.LoadedWorkspace;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.store.StoreInfo;
import nl.regie.store.StoreMaintenance;
import nl.regie.store.WorkspaceExchange;
import nl.regie.store.WorkspaceStore;
import nl.regie.store.WorkspaceVersion;

/**
 * Regie without a window, for scripts and IT departments: the commands of {@code ./regie} that work on the data
 * folder. Exit codes: 0 done, 1 failed (the reason on stderr, nothing changed), 2 wrong usage. Run by the Equinox
 * application {@link HeadlessApplication} and, on any OSGi framework (Apache Felix), by the Gogo commands of
 * {@link RegieCommands}; the same code either way.
 */
public class CommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final List<ServiceTracker<?, ?>> trackers = new java.util.ArrayList<>();

    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } finally {
            // Services stay tracked (and so active) for the whole command, then are released together.
            trackers.forEach(ServiceTracker::close);
            trackers.clear();
        }
    }

    private int dispatch(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            usage(err);
            return USAGE;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (command) {
                case "info" -> info(out);
                case "history" -> history(out);
                case "backup" -> oneArgument(rest, err, folder -> backup(Path.of(folder), out));
                case "restore" -> oneArgument(rest, err, folder -> restore(Path.of(folder), out));
                case "export-workspace" -> oneArgument(rest, err, file -> exportWorkspace(Path.of(file), out));
                case "import-workspace" -> oneArgument(rest, err, file -> importWorkspace(Path.of(file), out, err));
                case "import-signals" -> importSignals(rest, out, err);
                case "clusters" -> clusters(rest, out, err);
                case "evaluate" -> evaluate(rest, out, err);
                case "check" -> check(rest, out, err);
                case "report" -> report(rest, out, err);
                case "import-measurements" -> oneArgument(rest, err, file -> importMeasurements(Path.of(file), out));
                case "update" -> update(rest, out, err);
                case "audit" -> audit(rest, out, err);
                case "accounts" -> accounts(rest, out, err);
                case "region" -> region(rest, out, err);
                default -> {
                    err.println("regie: unknown command: " + command);
                    usage(err);
                    yield USAGE;
                }
            };
        } catch (StoreException e) {
            err.println("regie: " + e.getLocalizedMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("regie: " + e.getMessage());
            return FAILED;
        }
    }

    @FunctionalInterface
    private interface Command {
        int run(String argument) throws StoreException, IOException;
    }

    private static int oneArgument(List<String> rest, PrintStream err, Command command) throws StoreException, IOException {
        if (rest.size() != 1) {
            err.println("regie: this command takes one folder or file");
            return USAGE;
        }
        return command.run(rest.get(0));
    }

    private static void usage(PrintStream err) {
        err.println("Commands: info | history | backup FOLDER | restore FOLDER | export-workspace FILE.xmi"
                + " | import-workspace FILE.xmi | import-signals FILE [--format csv|xlsx|json] [--mapping NAME] | clusters [--until DATE]"
                + " | evaluate | check [--until DATE] | report --format pdf|html --out FILE [--kind council-letter|policy-plan] [--tables]"
                + " | import-measurements FILE.csv|FILE.xlsx | update --repository URL|FOLDER [--check]"
                + " | audit [--object ID] [--out FILE.csv]"
                + " | accounts [whoami|list|enable|add LOGIN --role analyst|partner|viewer [--partner ID]|remove LOGIN]"
                + " | region --store JDBC-URL|FOLDER ... [--by substance,month,...] [--from DATE] [--until DATE] [--out FILE.csv]");
    }

    /**
     * {@code audit [--object ID] [--out FILE.csv]}: the audit trail (who changed what, when, before and after), of one
     * object or of everything, printed or written as CSV (semicolons; text cells made safe for spreadsheets).
     */
    private int audit(List<String> rest, PrintStream out, PrintStream err) throws StoreException, IOException {
        String object = null;
        Path file = null;
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("--object") && i + 1 < rest.size()) {
                object = rest.get(++i);
            } else if (rest.get(i).equals("--out") && i + 1 < rest.size()) {
                file = Path.of(rest.get(++i)).toAbsolutePath();
            } else {
                err.println("regie: usage: audit [--object ID] [--out FILE.csv]");
                return USAGE;
            }
        }
        nl.regie.store.AuditTrail trail = service(nl.regie.store.AuditTrail.class);
        List<nl.regie.store.AuditEntry> entries = new java.util.ArrayList<>();
        if (object != null) {
            entries.addAll(trail.of(object));
        } else {
            for (int offset = 0;; offset += 10_000) {
                List<nl.regie.store.AuditEntry> page = trail.between(null, null, offset, 10_000);
                entries.addAll(page);
                if (page.size() < 10_000) {
                    break;
                }
            }
        }
        if (file != null) {
            List<List<Object>> rows = new java.util.ArrayList<>();
            for (nl.regie.store.AuditEntry entry : entries) {
                rows.add(java.util.Arrays.asList(WHEN.format(entry.at()), entry.author(), entry.version(), entry.objectType(),
                        entry.objectId(), entry.change().name(), entry.feature(), entry.before(), entry.after()));
            }
            nl.regie.reports.Exports.csv(new nl.regie.reports.Table("audit", List.of("when", "who", "version", "type",
                    "object", "change", "property", "before", "after"), rows), file);
            out.println("Audit trail: " + entries.size() + " entries written to " + file);
            return OK;
        }
        for (nl.regie.store.AuditEntry entry : entries) {
            out.println(WHEN.format(entry.at()) + "  " + entry.author() + "  v" + entry.version() + "  "
                    + entry.change().name().toLowerCase(Locale.ROOT) + " " + entry.objectType() + " " + entry.objectId()
                    + (entry.feature() == null ? "" : " " + entry.feature())
                    + (entry.before() == null ? "" : ": " + entry.before())
                    + (entry.after() == null ? "" : (entry.before() == null ? ": " : " -> ") + entry.after()));
        }
        if (entries.isEmpty()) {
            out.println(object == null ? "The audit trail is empty." : "No changes to " + object + ".");
        }
        return OK;
    }

    /**
     * {@code accounts ...}: the logins of a shared database and their roles. New passwords are read from the console
     * (twice), or from the environment variable REGIE_NEW_PASSWORD for scripts; they go to the database, which keeps
     * a hash. Which login this runs as: {@code regie.store.user} with REGIE_PASSWORD (see docs/accounts.md).
     */
    private int accounts(List<String> rest, PrintStream out, PrintStream err) throws StoreException {
        nl.regie.store.Accounts accounts = service(nl.regie.store.Accounts.class);
        String action = rest.isEmpty() ? "whoami" : rest.get(0);
        switch (action) {
            case "whoami" -> {
                nl.regie.store.Account me = accounts.current();
                out.println(me.login() + ": " + me.role().name().toLowerCase(Locale.ROOT)
                        + (me.partnerId() == null ? "" : " of partner " + me.partnerId())
                        + (accounts.enabled() ? "" : " (this database has no accounts)"));
                return OK;
            }
            case "list" -> {
                for (nl.regie.store.Account account : accounts.list()) {
                    out.println(account.login() + "  " + account.role().name().toLowerCase(Locale.ROOT)
                            + (account.partnerId() == null ? "" : "  " + account.partnerId()));
                }
                return OK;
            }
            case "enable" -> {
                if (!service(WorkspaceStore.class).info().shared()) {
                    err.println("regie: accounts need a shared database (a Derby network server or PostgreSQL,"
                            + " regie.store.jdbcUrl); this one is the embedded database in the data folder");
                    return FAILED;
                }
                char[] password = newPassword("the administrator (" + accounts.current().login() + ")", err);
                if (password == null) {
                    return FAILED;
                }
                accounts.enable(password);
                Arrays.fill(password, '\0');
                out.println("Accounts are on: " + accounts.current().login() + " is the administrator. From now on"
                        + " connect with regie.store.user and REGIE_PASSWORD.");
                return OK;
            }
            case "add" -> {
                if (rest.size() < 2) {
                    break;
                }
                String login = rest.get(1);
                String role = null;
                String partner = null;
                for (int i = 2; i + 1 < rest.size(); i += 2) {
                    switch (rest.get(i)) {
                        case "--role" -> role = rest.get(i + 1);
                        case "--partner" -> partner = rest.get(i + 1);
                        default -> role = "?";
                    }
                }
                nl.regie.store.Role parsed;
                try {
                    parsed = nl.regie.store.Role.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    err.println("regie: --role analyst, partner or viewer");
                    return USAGE;
                }
                nl.regie.store.Account account;
                try {
                    account = new nl.regie.store.Account(login, parsed, partner);
                } catch (IllegalArgumentException e) {
                    err.println("regie: " + e.getMessage() + " (--partner ID)");
                    return USAGE;
                }
                char[] password = newPassword(login, err);
                if (password == null) {
                    return FAILED;
                }
                accounts.add(account, password);
                Arrays.fill(password, '\0');
                out.println("Added " + login + " as " + parsed.name().toLowerCase(Locale.ROOT)
                        + (partner == null ? "" : " of partner " + partner) + ".");
                return OK;
            }
            case "remove" -> {
                if (rest.size() != 2) {
                    break;
                }
                accounts.remove(rest.get(1));
                out.println("Removed " + rest.get(1) + ": it can no longer connect.");
                return OK;
            }
            default -> {
                // usage below
            }
        }
        err.println("regie: usage: accounts [whoami|list|enable|add LOGIN --role analyst|partner|viewer"
                + " [--partner ID]|remove LOGIN]");
        return USAGE;
    }

    /**
     * {@code region --store URL|FOLDER ...}: the region view, read-only: the signal counts of several municipalities'
     * databases side by side (small counts suppressed, totals that give none away), printed or written as CSV. Each
     * store is a JDBC URL on the server they share (logged in as {@code regie.store.user} with REGIE_PASSWORD when
     * set) or a data folder.
     */
    private int region(List<String> rest, PrintStream out, PrintStream err) throws StoreException, IOException {
        List<String> stores = new java.util.ArrayList<>();
        java.util.Set<nl.regie.store.SignalDimension> by = java.util.EnumSet.noneOf(nl.regie.store.SignalDimension.class);
        java.time.LocalDate from = null;
        java.time.LocalDate until = null;
        Path file = null;
        try {
            for (int i = 0; i < rest.size(); i++) {
                String option = rest.get(i);
                String value = i + 1 < rest.size() ? rest.get(++i) : null;
                if (value == null) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                switch (option) {
                    case "--store" -> stores.add(value);
                    case "--by" -> {
                        for (String dimension : value.split(",")) {
                            by.add(nl.regie.store.SignalDimension.valueOf(dimension.strip().toUpperCase(Locale.ROOT)));
                        }
                    }
                    case "--from" -> from = java.time.LocalDate.parse(value);
                    case "--until" -> until = java.time.LocalDate.parse(value);
                    case "--out" -> file = Path.of(value).toAbsolutePath();
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            err.println("regie: " + e.getMessage() + "; usage: region --store JDBC-URL|FOLDER ... [--by substance,month]"
                    + " [--from DATE] [--until DATE] [--out FILE.csv]");
            return USAGE;
        }
        if (stores.isEmpty()) {
            err.println("regie: region needs at least one --store (a JDBC URL or a data folder)");
            return USAGE;
        }
        nl.regie.store.derby.Credentials login = nl.regie.store.derby.Credentials.configured();
        List<nl.regie.store.derby.DerbyStore> open = new java.util.ArrayList<>();
        try {
            List<nl.regie.reports.RegionRollup.Member> members = new java.util.ArrayList<>();
            for (String store : stores) {
                nl.regie.store.derby.DerbyStore opened = nl.regie.store.derby.DerbyStore.openOther(store, login);
                open.add(opened);
                String name = opened.load().municipality().getName();
                members.add(new nl.regie.reports.RegionRollup.Member(name == null || name.isBlank() ? store : name,
                        opened));
            }
            nl.regie.store.SignalQuery query = new nl.regie.store.SignalQuery(from, until, null, null, null, null, null,
                    null, null);
            nl.regie.reports.Table table = nl.regie.reports.RegionRollup.rollUp("Regio", members, query, by);
            if (file != null) {
                nl.regie.reports.Exports.csv(table, file);
                out.println("Region: " + table.rows().size() + " rows of " + members.size()
                        + " municipalities written to " + file + " (counts below 5 shown as <5)");
                return OK;
            }
            out.println(String.join("  ", table.headings()));
            for (List<Object> row : table.rows()) {
                out.println(String.join("  ", row.stream().map(nl.regie.reports.Table::display).toList()));
            }
            out.println("(counts below 5 shown as <5; a total next to one is a range)");
            return OK;
        } finally {
            open.forEach(nl.regie.store.derby.DerbyStore::close);
        }
    }

    /** A new password: REGIE_NEW_PASSWORD, or typed twice at the console; null (with the reason) when neither. */
    private static char[] newPassword(String whose, PrintStream err) {
        String fromEnvironment = System.getenv("REGIE_NEW_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            err.println("regie: no console to type a password for " + whose + " in: set REGIE_NEW_PASSWORD");
            return null;
        }
        char[] first = console.readPassword("New password for %s: ", whose);
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            err.println("regie: the two passwords differ; nothing was changed");
            return null;
        }
        Arrays.fill(second, '\0');
        return first;
    }

    /** Self-update needs p2, which only the Equinox product has; {@link UpdateCommand} is loaded only here. */
    private static int update(List<String> rest, PrintStream out, PrintStream err) {
        try {
            return UpdateCommand.run(rest, out, err);
        } catch (NoClassDefFoundError e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("nl/regie/update/")) {
                throw e; // something else is broken: not to be mistaken for a runtime without p2
            }
            err.println("regie: this runtime cannot update itself (it has no p2); install a newer distribution instead");
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("regie: interrupted");
            return FAILED;
        }
    }

    private int info(PrintStream out) throws StoreException {
        WorkspaceStore store = service(WorkspaceStore.class);
        LoadedWorkspace loaded = store.load();
        StoreInfo info = store.info();
        out.println("Municipality: " + loaded.municipality().getName());
        out.println("Version:      " + loaded.version().number() + " (" + WHEN.format(loaded.version().savedAt()) + ", "
                + loaded.version().author() + ")");
        out.println("Signals:      " + service(SignalStore.class).count(SignalQuery.ALL));
        out.println("Database:     " + info.location() + (info.shared() ? " (shared)" : "")
                + (info.encrypted() ? " (encrypted)" : "") + ", schema " + info.schemaVersion());
        out.println("Regie:        " + FrameworkUtil.getBundle(CommandLine.class).getVersion());
        return OK;
    }

    private int history(PrintStream out) throws StoreException {
        for (WorkspaceVersion version : service(WorkspaceStore.class).history()) {
            out.printf(Locale.ROOT, "%5d  %s  %-16s %s%n", version.number(), WHEN.format(version.savedAt()),
                    version.author(), version.summary());
        }
        return OK;
    }

    private int backup(Path folder, PrintStream out) throws StoreException {
        Path backup = service(StoreMaintenance.class).backup(folder.toAbsolutePath());
        out.println("Backup written to " + backup);
        return OK;
    }

    private int restore(Path folder, PrintStream out) throws StoreException {
        service(StoreMaintenance.class).restore(folder.toAbsolutePath());
        out.println("Restored the database from " + folder.toAbsolutePath());
        return OK;
    }

    private int exportWorkspace(Path file, PrintStream out) throws StoreException, IOException {
        if (!file.getFileName().toString().endsWith("." + RegieResources.EXCHANGE_EXTENSION)) {
            throw new IOException(file + ": an exchange file ends in ." + RegieResources.EXCHANGE_EXTENSION);
        }
        LoadedWorkspace loaded = service(WorkspaceStore.class).load();
        Municipality whole = WorkspaceExchange.withAllSignals(loaded.municipality(), service(SignalStore.class));
        RegieResources.save(whole, file.toAbsolutePath());
        out.println("Exported version " + loaded.version().number() + " of " + loaded.municipality().getName() + " with "
                + whole.getSignals().size() + " signals to " + file.toAbsolutePath());
        return OK;
    }

    private int importWorkspace(Path file, PrintStream out, PrintStream err) throws StoreException, IOException {
        Municipality imported = RegieResources.importExchangeFile(file.toAbsolutePath());
        WorkspaceStore store = service(WorkspaceStore.class);
        long current = store.load().version().number();
        int signals = imported.getSignals().size();
        WorkspaceVersion version = store.importWorkspace(imported, current, "Imported from " + file.getFileName());
        out.println("Imported " + imported.getName() + " with " + signals + " signals from " + file.toAbsolutePath()
                + " as version " + version.number());
        return OK;
    }

    /**
     * {@code import-signals FILE [--format csv|xlsx|json] [--mapping NAME]}: one summary line; the rejects report next to the file. Exit 0 when
     * the file was read (even with rejects), 1 when it could not be read at all.
     */
    private int importSignals(List<String> rest, PrintStream out, PrintStream err) throws StoreException, IOException {
        String file = null;
        String format = null;
        String mappingName = null;
        int dedupDays = nl.regie.signals.SignalIntake.DedupRule.DEFAULT.days();
        double dedupSimilarity = nl.regie.signals.SignalIntake.DedupRule.DEFAULT.similarity();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("--format") && i + 1 < rest.size()) {
                format = rest.get(++i);
            } else if (rest.get(i).equals("--mapping") && i + 1 < rest.size()) {
                mappingName = rest.get(++i);
            } else if (rest.get(i).equals("--dedup-days") && i + 1 < rest.size()) {
                try {
                    dedupDays = Integer.parseInt(rest.get(++i));
                } catch (NumberFormatException e) {
                    err.println("regie: --dedup-days takes a number of days, not " + rest.get(i));
                    return USAGE;
                }
            } else if (rest.get(i).equals("--dedup-similarity") && i + 1 < rest.size()) {
                try {
                    dedupSimilarity = Double.parseDouble(rest.get(++i));
                } catch (NumberFormatException e) {
                    err.println("regie: --dedup-similarity takes a number like 0.8, not " + rest.get(i));
                    return USAGE;
                }
            } else if (rest.get(i).startsWith("--")) {
                err.println("regie: import-signals does not know " + rest.get(i)
                        + " (usage: import-signals FILE [--format csv|xlsx|json] [--mapping NAME] [--dedup-days N]"
                        + " [--dedup-similarity 0.8])");
                return USAGE;
            } else if (file == null) {
                file = rest.get(i);
            } else {
                err.println("regie: import-signals takes one file");
                return USAGE;
            }
        }
        if (file == null) {
            err.println("regie: usage: import-signals FILE [--format csv|xlsx|json] [--mapping NAME]");
            return USAGE;
        }
        Path path = Path.of(file).toAbsolutePath();
        nl.regie.signals.SignalSource source = nl.regie.signals.SignalIntake.sourceFor(path, format);
        if (source == null) {
            err.println("regie: " + (format != null ? "unknown format '" + format + "'" : "cannot tell the format of " + path)
                    + " (this Regie reads: " + String.join(", ", nl.regie.signals.SignalIntake.sources().stream()
                            .map(nl.regie.signals.SignalSource::format).toList()) + "; use --format)");
            return USAGE;
        }
        if (!java.nio.file.Files.isReadable(path)) {
            throw new IOException(path + ": cannot be read (missing or no permission)");
        }
        nl.regie.signals.ColumnMapping mapping = nl.regie.signals.ColumnMapping.NONE;
        if (mappingName != null) {
            mapping = nl.regie.signals.ColumnMapping.load(nl.regie.signals.ColumnMapping.defaultFolder(), mappingName);
        }
        nl.regie.signals.SignalIntake.DedupRule dedup;
        try {
            dedup = new nl.regie.signals.SignalIntake.DedupRule(dedupDays, dedupSimilarity);
        } catch (IllegalArgumentException e) {
            err.println("regie: " + e.getMessage());
            return USAGE;
        }
        Municipality vocabulary = service(WorkspaceStore.class).load().municipality();
        nl.regie.signals.IntakeReport report = new nl.regie.signals.SignalIntake(vocabulary, dedup).run(path, source, mapping,
                service(SignalStore.class), nl.regie.signals.SignalIntake.Progress.NONE);
        out.println(report.summaryLine());
        if (report.rejected() > 0) {
            out.println("Rejected records (with line, field and reason): "
                    + nl.regie.signals.SignalIntake.rejectsReport(path));
        }
        return OK;
    }

    /**
     * The date of {@code [--until yyyy-MM-dd]} after {@code command} (today without it), or null when the arguments are
     * wrong (said on {@code err}).
     */
    private static java.time.LocalDate until(String command, List<String> rest, PrintStream err) {
        if (rest.isEmpty()) {
            return java.time.LocalDate.now();
        }
        if (rest.size() == 2 && rest.get(0).equals("--until")) {
            try {
                return java.time.LocalDate.parse(rest.get(1));
            } catch (java.time.format.DateTimeParseException e) {
                err.println("regie: --until takes a date like 2026-03-31, not " + rest.get(1));
                return null;
            }
        }
        err.println("regie: usage: " + command + " [--until yyyy-MM-dd]");
        return null;
    }

    /** The names of the workspace's objects by id, for messages about clusters and plans. */
    private static java.util.Map<String, String> names(Municipality workspace) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        workspace.eAllContents().forEachRemaining(object -> {
            if (object instanceof nl.regie.model.NamedElement named && named.getId() != null) {
                names.put(named.getId(), named.getName());
            }
        });
        return names;
    }

    /** {@code clusters [--until yyyy-MM-dd]}: the worrying clusters, one per line, most unusual first. */
    private int clusters(List<String> rest, PrintStream out, PrintStream err) throws StoreException {
        java.time.LocalDate until = until("clusters", rest, err);
        if (until == null) {
            return USAGE;
        }
        Municipality workspace = service(WorkspaceStore.class).load().municipality();
        java.util.Map<String, String> names = names(workspace);
        nl.regie.signals.clusters.ClusterDetector detector = new nl.regie.signals.clusters.ClusterDetector();
        int flagged = 0;
        for (nl.regie.signals.clusters.ClusterDetector.Cluster cluster : detector.clusters(service(SignalStore.class),
                until)) {
            if (cluster.flagged()) {
                out.println(detector.reason(cluster, id -> names.getOrDefault(id, id)));
                flagged++;
            }
        }
        out.println(flagged + " worrying cluster(s) in the 8 weeks up to " + until);
        return OK;
    }

    /**
     * {@code check [--until DATE]}: the coherence of the workspace's plan, as the plan board shows it: the model's
     * rules, Regie's plan checks against the worrying clusters of the 8 weeks up to the date, and the checks
     * organisations contribute as {@link nl.regie.planning.CoherenceCheck} services. Exit code 0 whatever is found.
     */
    private int check(List<String> rest, PrintStream out, PrintStream err) throws StoreException {
        java.time.LocalDate until = until("check", rest, err);
        if (until == null) {
            return USAGE;
        }
        Municipality workspace = service(WorkspaceStore.class).load().municipality();
        nl.regie.model.ActionPlan plan = firstPlan(workspace);
        if (plan == null) {
            err.println("regie: " + workspace.getName() + " has no plan to check");
            return FAILED;
        }
        java.util.Map<String, String> names = names(workspace);
        List<nl.regie.signals.clusters.ClusterDetector.Cluster> flagged = new nl.regie.signals.clusters.ClusterDetector()
                .clusters(service(SignalStore.class), until).stream()
                .filter(nl.regie.signals.clusters.ClusterDetector.Cluster::flagged).toList();
        org.eclipse.emf.common.util.Diagnostic coherence = new nl.regie.planning.Coherence(Locale.getDefault(),
                services(nl.regie.planning.CoherenceCheck.class)).check(plan, flagged, id -> names.getOrDefault(id, id));
        out.println("Plan: " + plan.getTitle());
        for (org.eclipse.emf.common.util.Diagnostic finding : coherence.getChildren()) {
            out.println("  " + (finding.getSeverity() == org.eclipse.emf.common.util.Diagnostic.ERROR ? "! " : "- ")
                    + finding.getMessage() + " [" + finding.getSource() + "]");
        }
        out.println(coherence.getChildren().size() + " finding(s)");
        return OK;
    }

    /** {@code evaluate}: progress per track and the RE-AIM scorecard of the workspace's plan, as text. */
    private int evaluate(List<String> rest, PrintStream out, PrintStream err) throws StoreException {
        if (!rest.isEmpty()) {
            err.println("regie: evaluate takes no arguments (the data folder comes with --data)");
            return USAGE;
        }
        Municipality workspace = service(WorkspaceStore.class).load().municipality();
        nl.regie.model.ActionPlan plan = firstPlan(workspace);
        if (plan == null) {
            err.println("regie: " + workspace.getName() + " has no plan to evaluate");
            return FAILED;
        }
        out.println("Plan: " + plan.getTitle());
        out.println();
        out.println("Progress per track (actions under way, fidelity, milestones, indicators):");
        for (nl.regie.evaluation.Progress.TrackProgress track : nl.regie.evaluation.Progress.of(plan)) {
            out.printf(Locale.ROOT, "  %-50s %d/%d under way, fidelity %s, milestones %d/%d%n", track.track().getName(),
                    track.underway(), track.actions(), track.fidelity() == null ? "not assessed"
                            : String.format(Locale.ROOT, "%.0f%%", track.fidelity()),
                    track.milestonesReached(), track.milestones());
            for (nl.regie.evaluation.Progress.IndicatorProgress indicator : track.indicators()) {
                out.printf(Locale.ROOT, "      %s: %s%n", indicator.indicator().getName(), indicator.standing());
            }
        }
        out.println();
        out.println("RE-AIM scorecard (mean score 0-100 per dimension; scored actions / actions):");
        out.printf(Locale.ROOT, "  %-8s %-50s %7s %6s %6s %6s %6s %6s%n", "level", "name", "scored", "R", "E", "A", "I", "M");
        for (nl.regie.evaluation.Scorecard.Row row : nl.regie.evaluation.Scorecard.of(plan)) {
            if (row.level() == nl.regie.evaluation.Scorecard.Level.ACTION && row.assessed() == 0) {
                continue;
            }
            StringBuilder scores = new StringBuilder();
            for (nl.regie.model.ReAimDimension dimension : nl.regie.model.ReAimDimension.VALUES) {
                Double score = row.score(dimension);
                scores.append(String.format(Locale.ROOT, " %6s", score == null ? "-" : String.format(Locale.ROOT, "%.0f", score)));
            }
            String name = row.name() == null ? "" : row.name();
            out.printf(Locale.ROOT, "  %-8s %-50s %7s%s%n", row.level().name().toLowerCase(Locale.ROOT),
                    name.length() > 50 ? name.substring(0, 47) + "..." : name, row.assessed() + "/" + row.actions(), scores);
        }
        List<nl.regie.evaluation.EvaluationIndicator.Value> values = nl.regie.evaluation.Evaluations.measure(
                services(nl.regie.evaluation.EvaluationIndicator.class), new nl.regie.evaluation.EvaluationIndicator.Context(
                        workspace, plan, service(SignalStore.class), java.time.LocalDate.now(), Locale.getDefault()));
        if (!values.isEmpty()) {
            out.println();
            out.println("Computed indicators:");
            for (nl.regie.evaluation.EvaluationIndicator.Value value : values) {
                String number = value.value() == null ? "-"
                        : value.count() ? nl.regie.reports.Cells.count(Math.round(value.value()))
                                : String.format(Locale.ROOT, "%.1f", value.value());
                out.printf(Locale.ROOT, "  %s%s: %s %s (%s)%n", value.indicator(),
                        value.breakdown() == null || value.breakdown().isEmpty() ? "" : " [" + value.breakdown() + "]",
                        number, value.unit(), value.method());
            }
        }
        List<nl.regie.evaluation.EvaluationCheck.Finding> findings = nl.regie.evaluation.Evaluations.check(
                services(nl.regie.evaluation.EvaluationCheck.class), plan, Locale.getDefault());
        out.println();
        out.println(findings.size() + " point(s) for the evaluation:");
        findings.forEach(f -> out.println("  " + (f.serious() ? "! " : "- ") + f.message()));
        return OK;
    }

    /** {@code report --format pdf|html --out FILE [--kind council-letter|policy-plan] [--tables]}. */
    private int report(List<String> rest, PrintStream out, PrintStream err) throws StoreException, IOException {
        String format = null;
        String file = null;
        String kind = "council-letter";
        boolean tables = false;
        for (int i = 0; i < rest.size(); i++) {
            String argument = rest.get(i);
            if (argument.equals("--tables")) {
                tables = true;
            } else if ((argument.equals("--format") || argument.equals("--out") || argument.equals("--kind"))
                    && i + 1 < rest.size()) {
                String value = rest.get(++i);
                switch (argument) {
                    case "--format" -> format = value;
                    case "--out" -> file = value;
                    default -> kind = value;
                }
            } else {
                err.println("regie: report does not know " + argument);
                file = null;
                format = "?";
                break;
            }
        }
        if (file == null || !("pdf".equals(format) || "html".equals(format))
                || !(kind.equals("council-letter") || kind.equals("policy-plan"))) {
            err.println("regie: usage: report --format pdf|html --out FILE [--kind council-letter|policy-plan] [--tables]");
            return USAGE;
        }
        Municipality workspace = service(WorkspaceStore.class).load().municipality();
        Path target = Path.of(file).toAbsolutePath();
        if (target.getParent() != null && !java.nio.file.Files.isDirectory(target.getParent())) {
            throw new IOException(target.getParent() + ": no such folder");
        }
        nl.regie.reports.Reports reports = new nl.regie.reports.Reports(workspace, firstPlan(workspace),
                service(SignalStore.class), java.time.LocalDate.now(), Locale.getDefault(),
                services(nl.regie.evaluation.EvaluationCheck.class), services(nl.regie.evaluation.EvaluationIndicator.class))
                .with(services(nl.regie.reports.ReportSection.class));
        nl.regie.reports.Report report = reports.write(kind.equals("policy-plan") ? nl.regie.reports.Reports.Kind.POLICY_PLAN
                : nl.regie.reports.Reports.Kind.COUNCIL_LETTER, format.equals("pdf") ? nl.regie.reports.Reports.Format.PDF
                        : nl.regie.reports.Reports.Format.HTML, target, tables, nl.regie.reports.Monitor.NONE);
        out.println("Wrote " + target + " (" + report.sections().size() + " sections, " + report.tables().size()
                + " tables" + (tables ? ", also as " + target.getFileName() + ".xlsx and as CSV files in "
                        + target.getFileName() + "-tabellen" : "") + ")");
        return OK;
    }

    /** {@code import-measurements FILE}: indicators' measurements from CSV/XLSX, saved as a new version; rejects kept. */
    private int importMeasurements(Path file, PrintStream out) throws StoreException, IOException {
        WorkspaceStore store = service(WorkspaceStore.class);
        LoadedWorkspace loaded = store.load();
        Path path = file.toAbsolutePath();
        nl.regie.evaluation.MeasurementImport.Result result = nl.regie.evaluation.MeasurementImport.read(path,
                loaded.municipality(), Locale.getDefault());
        nl.regie.evaluation.MeasurementImport.apply(result);
        if (!result.rows().isEmpty()) {
            WorkspaceVersion version = store.save(loaded.municipality(), loaded.version().number(),
                    "Metingen uit " + path.getFileName());
            out.println("Saved as version " + version.number());
        }
        out.println("Measurements read: " + (result.rows().size() + result.rejects().size()) + ", taken "
                + result.rows().size() + ", not taken " + result.rejects().size());
        if (!result.rejects().isEmpty()) {
            List<List<Object>> rows = new java.util.ArrayList<>();
            result.rejects().forEach(r -> rows.add(List.of(r.line(), r.field(), r.reason(), String.join(" | ", r.cells()))));
            Path rejects = path.resolveSibling(path.getFileName() + ".rejects.csv");
            nl.regie.reports.Exports.csv(new nl.regie.reports.Table("rejects", List.of("line", "field", "reason", "record"),
                    rows), rejects);
            out.println("Rows not taken (with line, field and reason): " + rejects);
        }
        return OK;
    }

    private static nl.regie.model.ActionPlan firstPlan(Municipality workspace) {
        for (nl.regie.model.Policy policy : workspace.getPolicies()) {
            if (!policy.getActionPlans().isEmpty()) {
                return policy.getActionPlans().get(0);
            }
        }
        return null;
    }

    /** Every service of a type registered now (evaluation checks of Regie and of organisations). */
    private <T> List<T> services(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(CommandLine.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        Object[] found = tracker.getServices();
        List<T> list = new java.util.ArrayList<>();
        if (found != null) {
            for (Object service : found) {
                list.add(type.cast(service));
            }
        }
        return list;
    }

    private <T> T service(Class<T> type) throws StoreException {
        BundleContext context = FrameworkUtil.getBundle(CommandLine.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        try {
            T service = tracker.waitForService(30_000);
            if (service == null) {
                throw new StoreException(StoreException.Problem.OTHER, "the store", "no " + type.getSimpleName()
                        + " service started within 30 s");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Problem.OTHER, e, "the store", "interrupted");
        }
    }
}
