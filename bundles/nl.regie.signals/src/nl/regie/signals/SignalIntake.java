// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import nl.regie.model.Area;
import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.Partner;
import nl.regie.model.RegieObject;
import nl.regie.model.Setting;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;
import nl.regie.signals.privacy.PrivacyScreen;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * Takes a file of signals in: reads it with a {@link SignalSource}, checks every record against the workspace's
 * vocabulary (partners, substances, groups, settings, areas) and dates, removes personal data, sets duplicates
 * aside, and stores the accepted records in one all-or-nothing batch. Rejected records are kept with file, line,
 * field and reason, and written to a report next to the input.
 */
public final class SignalIntake {

    /** How close in time two signals must be to count as the same (days either way). */
    public static final int DEDUP_DAYS = 3;

    private final Municipality vocabulary;
    private final Map<Class<?>, Map<String, String>> idsByName = new HashMap<>();

    public SignalIntake(Municipality vocabulary) {
        this.vocabulary = vocabulary;
        for (TreeIterator<EObject> it = vocabulary.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof NamedElement named && object instanceof RegieObject regie && regie.getId() != null) {
                Map<String, String> names = idsByName.computeIfAbsent(object.eClass().getInstanceClass(), k -> new HashMap<>());
                names.put(Fields.normalize(regie.getId()), regie.getId());
                names.put(Fields.normalize(named.getName()), regie.getId());
                if (object instanceof Substance substance) {
                    substance.getAliases().forEach(alias -> names.put(Fields.normalize(alias), regie.getId()));
                    names.put(Fields.normalize(named.getName()).replace(" ", ""), regie.getId());
                }
                if (object instanceof Partner partner) {
                    names.putIfAbsent(Fields.normalize(partner.getKind().getName().replace('_', ' ')), regie.getId());
                }
            }
        }
    }

    /**
     * Where a long intake reports how far it is and learns that the user gave up. A Job's progress monitor adapts to it
     * in the workbench; this bundle stays free of the Eclipse runtime so it runs on any OSGi framework.
     */
    public interface Progress {
        /** Nothing to report, never cancelled. */
        Progress NONE = new Progress() {
            @Override
            public void worked(int done, int total) {
                // nobody is watching
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        /** {@code done} of {@code total} records have been checked. */
        void worked(int done, int total);

        boolean cancelled();
    }

    /** Reads, checks, screens, dedups and (unless {@code store} is null) stores; writes the rejects report. */
    public IntakeReport run(Path file, SignalSource source, SignalStore store) throws IOException, StoreException {
        return run(file, source, store, Progress.NONE);
    }

    /**
     * As {@link #run(Path, SignalSource, SignalStore)}, reporting progress. When {@code progress} is cancelled before
     * the signals are committed, a {@link CancellationException} is thrown and nothing is stored or written: the
     * accepted signals go to the store in one transaction at the end, so a cancelled import leaves no trace.
     */
    public IntakeReport run(Path file, SignalSource source, SignalStore store, Progress progress)
            throws IOException, StoreException {
        List<RawRecord> records = new ArrayList<>();
        source.read(file, records::add);
        if (progress.cancelled()) {
            throw new CancellationException("import of " + file + " cancelled; nothing was stored");
        }
        int done = 0;
        List<SignalRecord> accepted = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<PrivacyScreen.Kind, Integer> removed = new EnumMap<>(PrivacyScreen.Kind.class);
        Set<String> seen = new HashSet<>();
        Neighbours kept = new Neighbours(store);
        int duplicates = 0;
        String name = file.toString();
        for (RawRecord raw : records) {
            if (++done % 100 == 0 || done == records.size()) {
                progress.worked(done, records.size());
                if (progress.cancelled()) {
                    throw new CancellationException("import of " + file + " cancelled; nothing was stored");
                }
            }
            PrivacyScreen.Result description = PrivacyScreen.screen(raw.get(Fields.DESCRIPTION));
            description.removed().forEach((kind, count) -> removed.merge(kind, count, Integer::sum));
            if (raw.problem() != null) {
                rejections.add(new Rejection(name, raw.line(), null, raw.problem(), describe(raw, description.text())));
                continue;
            }
            Checked checked = check(raw, description.text());
            if (checked.field() != null) {
                rejections.add(new Rejection(name, raw.line(), checked.field(), checked.reason(),
                        describe(raw, description.text())));
                continue;
            }
            SignalRecord record = checked.record();
            if (!seen.add(record.id()) || kept.hasDuplicateOf(record)) {
                duplicates++;
                continue;
            }
            kept.add(record);
            accepted.add(record);
        }
        if (progress.cancelled()) {
            throw new CancellationException("import of " + file + " cancelled; nothing was stored");
        }
        if (store != null && !accepted.isEmpty()) {
            store.append(accepted, file.getFileName().toString());
        }
        IntakeReport report = new IntakeReport(name, records.size(), accepted.size(), rejections, duplicates, removed);
        writeRejects(file, rejections);
        return report;
    }

    private record Checked(SignalRecord record, String field, String reason) {
    }

    private Checked check(RawRecord raw, String description) {
        LocalDate observed;
        LocalDate reported = null;
        try {
            observed = date(raw.get(Fields.OBSERVED_ON));
        } catch (IllegalArgumentException e) {
            return new Checked(null, Fields.OBSERVED_ON, e.getMessage());
        }
        if (observed == null) {
            return new Checked(null, Fields.OBSERVED_ON, "no observation date");
        }
        try {
            reported = date(raw.get(Fields.REPORTED_ON));
        } catch (IllegalArgumentException e) {
            return new Checked(null, Fields.REPORTED_ON, e.getMessage());
        }
        if (observed.isAfter(LocalDate.now())) {
            return new Checked(null, Fields.OBSERVED_ON, "date " + observed + " is in the future");
        }
        if (reported != null && reported.isBefore(observed)) {
            return new Checked(null, Fields.REPORTED_ON, "reported on " + reported + " before it was observed on " + observed);
        }
        String sourceName = raw.get(Fields.SOURCE);
        if (sourceName == null) {
            return new Checked(null, Fields.SOURCE, "no reporting partner");
        }
        String source = id(Partner.class, sourceName);
        if (source == null) {
            return new Checked(null, Fields.SOURCE, "unknown partner '" + sourceName + "'");
        }
        List<String> substances = new ArrayList<>();
        String substanceText = raw.get(Fields.SUBSTANCES);
        if (substanceText != null) {
            for (String listed : SUBSTANCE_LIST.split(substanceText)) {
                // A slash separates substances ("3-MMC/cannabis") unless it is part of a name ("MDMA/XTC").
                String whole = id(Substance.class, listed);
                for (String part : whole != null ? new String[] {listed} : listed.split("/")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    String id = whole != null ? whole : id(Substance.class, part);
                    if (id == null) {
                        return new Checked(null, Fields.SUBSTANCES, "unknown substance '" + part.strip() + "'");
                    }
                    if (!substances.contains(id)) {
                        substances.add(id);
                    }
                }
            }
        }
        String[] refs = new String[3];
        Object[][] kinds = {{Fields.TARGET_GROUP, TargetGroup.class, "target group"}, {Fields.SETTING, Setting.class,
                "setting"}, {Fields.AREA, Area.class, "area"}};
        for (int i = 0; i < kinds.length; i++) {
            String value = raw.get((String) kinds[i][0]);
            if (value != null) {
                refs[i] = id((Class<?>) kinds[i][1], value);
                if (refs[i] == null) {
                    return new Checked(null, (String) kinds[i][0], "unknown " + kinds[i][2] + " '" + value + "'");
                }
            }
        }
        ConcernLevel concern = ConcernLevel.LOW;
        String concernText = raw.get(Fields.CONCERN);
        if (concernText != null) {
            concern = concern(concernText);
            if (concern == null) {
                return new Checked(null, Fields.CONCERN, "unknown concern level '" + concernText + "'");
            }
        }
        Confidence confidence = Confidence.SUSPECTED;
        String confidenceText = raw.get(Fields.CONFIDENCE);
        if (confidenceText != null) {
            String normal = Fields.normalize(confidenceText);
            if (normal.startsWith("bevestig") || normal.startsWith("confirm") || normal.equals("zeker")) {
                confidence = Confidence.CONFIRMED;
            } else if (!normal.startsWith("vermoed") && !normal.startsWith("suspect") && !normal.equals("onzeker")) {
                return new Checked(null, Fields.CONFIDENCE, "unknown confidence '" + confidenceText + "'");
            }
        }
        String id = raw.get(Fields.ID);
        if (id == null) {
            id = "intake-" + digest(source + "|" + observed + "|" + substances + "|" + refs[0] + "|" + refs[1] + "|"
                    + refs[2] + "|" + description);
        } else if (PrivacyScreen.containsPersonalData(id)) {
            return new Checked(null, Fields.ID, "the id holds personal data");
        }
        return new Checked(new SignalRecord(id, observed, reported, source, substances, refs[0], refs[1], refs[2], concern,
                confidence, null, description, null), null, null);
    }

    private String id(Class<?> type, String value) {
        Map<String, String> names = idsByName.getOrDefault(type, Map.of());
        String normal = Fields.normalize(value);
        String id = names.get(normal);
        return id != null ? id : names.get(normal.replace(" ", ""));
    }

    private static ConcernLevel concern(String text) {
        return switch (Fields.normalize(text)) {
            case "laag", "low", "1" -> ConcernLevel.LOW;
            case "matig", "gemiddeld", "moderate", "medium", "2" -> ConcernLevel.MODERATE;
            case "hoog", "high", "3" -> ConcernLevel.HIGH;
            case "acuut", "zeer hoog", "acute", "critical", "4" -> ConcernLevel.ACUTE;
            default -> null;
        };
    }

    private static final Pattern SPACE = Pattern.compile(" ");
    private static final Pattern SUBSTANCE_LIST = Pattern.compile("[,;+]|\\s+en\\s+|\\s+and\\s+");
    private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** Dutch (3-2-2026, 03/02/2026, 3.2.2026) and ISO (2026-02-03) dates; impossible dates are refused. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        Matcher iso = ISO.matcher(value);
        Matcher dutch = DUTCH.matcher(value);
        try {
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            if (dutch.matches()) {
                return LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible date '" + value + "'");
        }
        throw new IllegalArgumentException("'" + value + "' is not a date (use 3-2-2026 or 2026-02-03)");
    }

    /** Same source, substances, group, setting and area, within DEDUP_DAYS, and near-identical text. */
    /**
     * The signals a new record could duplicate: those kept from this file and those stored, filed by what must be
     * equal (partner, substances, group, setting, area) and by day, so a record is compared only with the few in its
     * date window. Stored signals are read once per partner and month, when a record first needs them.
     */
    private static final class Neighbours {
        private final SignalStore store;
        private final Map<String, List<Kept>> byKeyAndDay = new HashMap<>();
        private final Set<String> loadedMonths = new HashSet<>();

        Neighbours(SignalStore store) {
            this.store = store;
        }

        boolean hasDuplicateOf(SignalRecord record) throws StoreException {
            long day = record.observedOn().toEpochDay();
            if (store != null) {
                load(record.sourceId(), java.time.YearMonth.from(record.observedOn().minusDays(DEDUP_DAYS)));
                load(record.sourceId(), java.time.YearMonth.from(record.observedOn().plusDays(DEDUP_DAYS)));
            }
            String key = key(record);
            Set<String> tokens = null;
            for (long d = day - DEDUP_DAYS; d <= day + DEDUP_DAYS; d++) {
                for (Kept other : byKeyAndDay.getOrDefault(key + d, List.of())) {
                    if (other.id().equals(record.id())) {
                        return true;
                    }
                    tokens = tokens != null ? tokens : tokens(record.description());
                    // same key: partner, substances, group, setting and area are equal; the day is within the window
                    if (similar(tokens, other.tokens())) {
                        return true;
                    }
                }
            }
            return false;
        }

        void add(SignalRecord record) {
            byKeyAndDay.computeIfAbsent(key(record) + record.observedOn().toEpochDay(), k -> new ArrayList<>(2))
                    .add(new Kept(record.id(), tokens(record.description())));
        }

        /** What dedup needs of a kept signal: not the whole record. */
        private record Kept(String id, Set<String> tokens) {
        }

        private void load(String sourceId, java.time.YearMonth month) throws StoreException {
            if (loadedMonths.add(sourceId + "|" + month)) {
                store.query(SignalQuery.ALL.sources(sourceId).observed(month.atDay(1), month.atEndOfMonth()), 0,
                        Integer.MAX_VALUE).forEach(this::add);
            }
        }

        private static String key(SignalRecord record) {
            return record.sourceId() + "|" + new java.util.TreeSet<>(record.substanceIds()) + "|" + record.targetGroupId()
                    + "|" + record.settingId() + "|" + record.areaId() + "|";
        }
    }

    /** Token overlap (Jaccard) of at least 0.8 after normalising. */
    static boolean similar(String a, String b) {
        return similar(tokens(a), tokens(b));
    }

    private static boolean similar(Set<String> left, Set<String> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return true;
        }
        int common = 0;
        for (String token : left) {
            if (right.contains(token)) {
                common++;
            }
        }
        return (double) common / (left.size() + right.size() - common) >= 0.8;
    }

    private static Set<String> tokens(String text) {
        Set<String> tokens = new HashSet<>();
        for (String token : SPACE.split(Fields.normalize(text))) {
            if (!token.isBlank()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static String describe(RawRecord raw, String screenedDescription) {
        Map<String, String> values = new TreeMap<>(raw.fields());
        if (values.containsKey(Fields.DESCRIPTION)) {
            values.put(Fields.DESCRIPTION, screenedDescription);
        }
        values.replaceAll((field, value) -> PrivacyScreen.screen(value).text());
        return values.toString();
    }

    /** Where the rejected records of {@code file} are reported: FILE.rejects.csv next to it. */
    public static Path rejectsReport(Path file) {
        return file.resolveSibling(file.getFileName() + ".rejects.csv");
    }

    /** FILE.rejects.csv next to the input: line, field, reason and the record as read (screened). */
    private static void writeRejects(Path file, List<Rejection> rejections) throws IOException {
        Path report = rejectsReport(file);
        if (rejections.isEmpty()) {
            Files.deleteIfExists(report);
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write("line;field;reason;record\n");
            for (Rejection rejection : rejections) {
                out.write(rejection.line() + ";" + quote(rejection.field()) + ";" + quote(rejection.reason()) + ";"
                        + quote(rejection.record()) + "\n");
            }
        }
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workspace whose vocabulary records are checked against. */
    /** The sources this bundle brings. Organisations add theirs as {@link SignalSource} services. */
    public static List<SignalSource> builtInSources() {
        return List.of(new nl.regie.signals.sources.CsvSource(), new nl.regie.signals.sources.JsonSource());
    }

    /** The built-in source for {@code format} (csv, json), or, without one, the source that accepts the file; or null. */
    public static SignalSource sourceFor(Path file, String format) throws IOException {
        for (SignalSource candidate : builtInSources()) {
            if (format != null ? candidate.format().equals(format) : candidate.accepts(file)) {
                return candidate;
            }
        }
        return null;
    }

    public Municipality vocabulary() {
        return vocabulary;
    }
}
