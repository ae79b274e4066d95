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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import nl.regie.signals.internal.Reasons;
import nl.regie.signals.privacy.PrivacyScreen;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.QuarantinedRecord;
import nl.regie.store.SignalStore;
import nl.regie.store.SignalWriter;
import nl.regie.store.StoreException;

/**
 * Takes a file of signals in: reads it with a {@link SignalSource}, checks every record against the workspace's
 * vocabulary (partners, substances, groups, settings, areas) and dates, removes personal data, sets duplicates
 * aside, and stores the accepted records in one all-or-nothing batch. Rejected records are kept with file, line,
 * field and reason, and written to a report next to the input.
 */
public final class SignalIntake {

    /** How close in time two signals must be to count as the same by default (days either way). */
    public static final int DEDUP_DAYS = 3;

    /**
     * When two signals count as the same: the same partner, substances, target group, setting and area, observed at
     * most {@code days} apart, with texts whose word overlap (Jaccard, after normalising) is at least
     * {@code similarity}. Signals with the same id are always the same.
     */
    public record DedupRule(int days, double similarity) {
        /** 3 days, 0.8. */
        public static final DedupRule DEFAULT = new DedupRule(DEDUP_DAYS, 0.8);

        public DedupRule {
            if (days < 0 || days > 366) {
                throw new IllegalArgumentException("the dedup window is 0 to 366 days, not " + days);
            }
            if (!(similarity > 0 && similarity <= 1)) {
                throw new IllegalArgumentException("the dedup similarity is above 0 and at most 1, not " + similarity);
            }
        }
    }

    private final Municipality vocabulary;
    private final Map<Class<?>, Map<String, String>> idsByName = new HashMap<>();
    private final LocalDate today = LocalDate.now();
    private final DedupRule dedup;
    private final Locale locale;

    public SignalIntake(Municipality vocabulary) {
        this(vocabulary, DedupRule.DEFAULT);
    }

    /** An intake that finds duplicates by {@code dedup}. */
    public SignalIntake(Municipality vocabulary, DedupRule dedup) {
        this(vocabulary, dedup, Locale.getDefault());
    }

    /** An intake that finds duplicates by {@code dedup} and gives its reasons in {@code locale} (English or Dutch). */
    public SignalIntake(Municipality vocabulary, DedupRule dedup, Locale locale) {
        this.vocabulary = vocabulary;
        this.dedup = dedup;
        this.locale = locale;
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

    /**
     * Reads, checks, screens, dedups and stores; writes the rejects report. With a null {@code store} it only checks:
     * nothing is stored or written, and duplicates are found within the file only.
     */
    public IntakeReport run(Path file, SignalSource source, SignalStore store) throws IOException, StoreException {
        return run(file, source, store, Progress.NONE);
    }

    /** The longest id and description the store keeps. */
    public static final int MAX_ID = 100;
    public static final int MAX_DESCRIPTION = 4000;

    /** How many accepted signals go to the database at a time (one transaction for all of them). */
    static final int CHUNK = 5_000;
    /** How many rejected records an {@link IntakeReport} lists; all of them are in the report file and quarantine. */
    public static final int LISTED_REJECTIONS = 1_000;

    /**
     * As {@link #run(Path, SignalSource, SignalStore)}, reporting progress. The file is streamed: records are checked as
     * they are read and accepted ones go to the store in chunks, on a second thread, all inside one transaction
     * ({@link SignalStore#writer(String)}), so a large file is never held in memory and a cancelled or failed import
     * leaves no trace. When {@code progress} is cancelled a {@link CancellationException} is thrown and nothing is
     * stored or written.
     */
    public IntakeReport run(Path file, SignalSource source, SignalStore store, Progress progress)
            throws IOException, StoreException {
        return run(file, source, ColumnMapping.NONE, store, progress);
    }

    /** As {@link #run(Path, SignalSource, SignalStore, Progress)}, with the columns mapped by {@code mapping}. */
    public IntakeReport run(Path file, SignalSource source, ColumnMapping mapping, SignalStore store, Progress progress)
            throws IOException, StoreException {
        long estimate = source.estimateRecords(file);
        Run run = new Run(file, store, progress, estimate);
        try {
            source.read(file, mapping, run::take);
            return run.finish();
        } catch (WrappedFailure e) {
            run.abandon();
            StoreException cause = run.writeFailure();
            if (cause != null && cause != e.getCause()) {
                cause.addSuppressed(e.getCause());
                throw cause;
            }
            if (e.getCause() instanceof StoreException failure) {
                throw failure;
            }
            throw (IOException) e.getCause();
        } catch (IOException | RuntimeException | Error e) {
            run.abandon();
            StoreException cause = run.writeFailure();
            if (cause != null && !(e instanceof java.util.concurrent.CancellationException)) {
                // the writer thread failed first (a refused chunk, a full disk); what the reading thread saw after
                // that (a closed connection) is only a consequence
                cause.addSuppressed(e);
                throw cause;
            }
            throw e;
        } finally {
            run.shutdown();
        }
    }

    /**
     * Takes one record in, typed in a form or fixed from the quarantine: checked, screened and deduplicated exactly as
     * a file's records are, and stored on its own. Nothing is quarantined or written to a report: the caller shows the
     * rejection (with its field) to the user who is still editing.
     *
     * @param fields the values by field name ({@link Fields})
     * @param origin where it came from, kept with the stored signal ("formulier", a file name)
     */
    public IntakeReport submit(Map<String, String> fields, String origin, SignalStore store) throws StoreException {
        RawRecord raw = new RawRecord(1, fields, null);
        Map<PrivacyScreen.Kind, Integer> removed = new EnumMap<>(PrivacyScreen.Kind.class);
        PrivacyScreen.Result description = PrivacyScreen.screen(raw.get(Fields.DESCRIPTION));
        description.removed().forEach((kind, count) -> removed.merge(kind, count, Integer::sum));
        Checked checked = check(raw, description.text());
        if (checked.field() != null) {
            Rejection rejection = new Rejection(origin, 1, checked.field(), PrivacyScreen.screen(checked.reason()).text(),
                    new TreeMap<>(screened(raw, description.text())).toString());
            return new IntakeReport(origin, 1, 0, 1, List.of(rejection), 0, removed);
        }
        try (SignalWriter writer = store.writer(origin)) {
            Neighbours kept = new Neighbours(writer, dedup);
            if (kept.hasDuplicateOf(checked.record())) {
                return new IntakeReport(origin, 1, 0, 0, List.of(), 1, removed);
            }
            writer.write(List.of(checked.record()));
            writer.commit();
        }
        return new IntakeReport(origin, 1, 1, 0, List.of(), 0, removed);
    }

    /** Carries a checked failure of the store out of a source's record callback. */
    private static final class WrappedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedFailure(Exception cause) {
            super(cause);
        }
    }

    /** One intake under way: counts, the dedup index, the chunk being filled and the writer thread. */
    private final class Run {
        private final Path file;
        private final String name;
        private final Progress progress;
        private final long estimate;
        private final SignalWriter writer;
        private final ExecutorService writing;
        private final java.util.ArrayDeque<Future<Integer>> pending = new java.util.ArrayDeque<>();
        private final Neighbours kept;
        private final LongSet seen = new LongSet();
        private final Map<PrivacyScreen.Kind, Integer> removed = new EnumMap<>(PrivacyScreen.Kind.class);
        private final List<Rejection> listed = new ArrayList<>();
        private final Path rejectsPart;
        private BufferedWriter rejects;
        private List<SignalRecord> chunk = new ArrayList<>(CHUNK);
        private List<QuarantinedRecord> quarantine = new ArrayList<>();
        private boolean reportMoved;
        private int read;
        private int accepted;
        private int rejected;
        private int duplicates;

        Run(Path file, SignalStore store, Progress progress, long estimate) throws StoreException {
            this.file = file;
            this.name = file.toString();
            this.progress = progress;
            this.estimate = estimate;
            this.rejectsPart = rejectsReport(file).resolveSibling(rejectsReport(file).getFileName() + ".part");
            this.writer = store == null ? null : store.writer(file.getFileName().toString());
            this.writing = writer == null ? null : Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "regie-intake-writer");
                thread.setDaemon(true);
                return thread;
            });
            this.kept = new Neighbours(writer, dedup);
        }

        void take(RawRecord raw) {
            read++;
            if (read % 100 == 0) {
                progress.worked(read, (int) Math.min(Integer.MAX_VALUE, Math.max(read, estimate)));
                if (progress.cancelled()) {
                    throw new CancellationException("import of " + file + " cancelled; nothing was stored");
                }
            }
            try {
                PrivacyScreen.Result description = PrivacyScreen.screen(raw.get(Fields.DESCRIPTION));
                description.removed().forEach((kind, count) -> removed.merge(kind, count, Integer::sum));
                if (raw.problem() != null) {
                    reject(raw, null, raw.problem(), description.text());
                    return;
                }
                Checked checked = check(raw, description.text());
                if (checked.field() != null) {
                    reject(raw, checked.field(), checked.reason(), description.text());
                    return;
                }
                SignalRecord record = checked.record();
                if (!seen.add(hash(record.id())) || kept.hasDuplicateOf(record)) {
                    duplicates++;
                    return;
                }
                kept.add(record);
                accepted++;
                if (writer != null) {
                    chunk.add(record);
                    if (chunk.size() == CHUNK) {
                        flush();
                    }
                }
            } catch (IOException | StoreException e) {
                throw new WrappedFailure(e);
            }
        }

        private void reject(RawRecord raw, String field, String given, String screenedDescription) throws IOException {
            rejected++;
            // a reason quotes the value it refuses, and a value in the wrong column may be anything
            String reason = PrivacyScreen.screen(given).text();
            Map<String, String> values = screened(raw, screenedDescription);
            Rejection rejection = new Rejection(name, raw.line(), field, reason, new TreeMap<>(values).toString());
            if (listed.size() < LISTED_REJECTIONS) {
                listed.add(rejection);
            }
            if (writer == null) {
                return; // a check without a store (the wizard's) writes no report
            }
            if (rejects == null) {
                rejects = Files.newBufferedWriter(rejectsPart, StandardCharsets.UTF_8);
                rejects.write("line;field;reason;record\n");
            }
            rejects.write(rejection.line() + ";" + quote(rejection.field()) + ";" + quote(rejection.reason()) + ";"
                    + quote(rejection.record()) + "\n");
            quarantine.add(new QuarantinedRecord(0, file.getFileName().toString(), raw.line(), field, reason, values,
                    java.time.Instant.now()));
            if (quarantine.size() >= CHUNK) {
                try {
                    flush();
                } catch (StoreException e) {
                    throw new WrappedFailure(e);
                }
            }
        }

        /** Hands the chunk (and the quarantined records) to the writer thread; at most two chunks wait there. */
        private void flush() throws StoreException {
            List<SignalRecord> signals = chunk;
            List<QuarantinedRecord> refused = quarantine;
            chunk = new ArrayList<>(CHUNK);
            quarantine = new ArrayList<>();
            while (pending.size() >= 2) {
                dropped(await(pending.removeFirst()));
            }
            pending.add(writing.submit(() -> {
                // An id a partner gave that is stored already (with other values, or dedup would have caught it):
                // a duplicate, not a reason to refuse the whole import.
                List<SignalRecord> fresh = signals;
                List<String> given = signals.stream().map(SignalRecord::id).filter(id -> !id.startsWith("intake-"))
                        .toList();
                if (!given.isEmpty()) {
                    java.util.Set<String> stored = writer.storedIds(given);
                    if (!stored.isEmpty()) {
                        fresh = signals.stream().filter(r -> !stored.contains(r.id())).toList();
                    }
                }
                if (!fresh.isEmpty()) {
                    writer.write(fresh);
                }
                if (!refused.isEmpty()) {
                    writer.quarantine(refused);
                }
                return signals.size() - fresh.size();
            }));
        }

        /** Records the writer thread found stored already: counted as duplicates, not accepted. */
        private void dropped(int count) {
            accepted -= count;
            duplicates += count;
        }

        private int await(Future<Integer> write) throws StoreException {
            try {
                return write.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("import of " + file + " interrupted; nothing was stored");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof StoreException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        IntakeReport finish() throws IOException, StoreException {
            if (progress.cancelled()) {
                throw new CancellationException("import of " + file + " cancelled; nothing was stored");
            }
            progress.worked(read, read);
            if (writer == null) {
                return new IntakeReport(name, read, accepted, rejected, listed, duplicates, removed);
            }
            flush();
            while (!pending.isEmpty()) {
                dropped(await(pending.removeFirst()));
            }
            if (progress.cancelled()) {
                throw new CancellationException("import of " + file + " cancelled; nothing was stored");
            }
            // The report is in place before the commit: a failure after it leaves nothing to explain
            Path report = rejectsReport(file);
            if (rejects != null) {
                rejects.close();
                rejects = null;
                Files.move(rejectsPart, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                reportMoved = true;
            } else {
                Files.deleteIfExists(report);
            }
            writer.commit();
            return new IntakeReport(name, read, accepted, rejected, listed, duplicates, removed);
        }

        private StoreException writeFailure;

        /** The first failure of the writer thread, if it failed. */
        StoreException writeFailure() {
            return writeFailure;
        }

        /** After a failure or a cancel: nothing stored, no report written. */
        void abandon() {
            for (Future<Integer> write : pending) {
                if (write.isDone() && !write.isCancelled()) {
                    try {
                        write.get();
                    } catch (ExecutionException e) {
                        if (writeFailure == null && e.getCause() instanceof StoreException failure) {
                            writeFailure = failure;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            pending.forEach(write -> write.cancel(false));
            if (writer != null) {
                try {
                    writing.submit(() -> {
                        writer.close();
                        return null;
                    }).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // the rollback failed: the database rolls back what was not committed when it next opens
                }
            }
            try {
                if (rejects != null) {
                    rejects.close();
                }
                Files.deleteIfExists(rejectsPart);
                if (reportMoved) {
                    Files.deleteIfExists(rejectsReport(file));
                }
            } catch (IOException e) {
                // the partial report is left; it is named .part and replaced by the next run
            }
        }

        void shutdown() {
            if (writing != null) {
                writing.shutdownNow();
            }
        }
    }

    /** A 64-bit hash of an id (FNV-1a), for the set of ids seen in this file. */
    private static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * An open-addressing set of longs: the ids seen in a file, 8 bytes each rather than a String and a hash node.
     * Two different ids with the same 64-bit hash would count as the same (odds about 1 in 10^7 for a million ids).
     */
    static final class LongSet {
        private long[] slots = new long[1 << 16];
        private boolean hasZero;
        private int size;

        boolean add(long value) {
            if (value == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            if (size * 2 >= slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int i = (int) (value ^ (value >>> 32)) * 0x9E3779B9 & mask;
            while (slots[i] != 0) {
                if (slots[i] == value) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = value;
            size++;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long value : old) {
                if (value != 0) {
                    add(value);
                }
            }
        }
    }

    private record Checked(SignalRecord record, String field, String reason) {
    }

    private Checked check(RawRecord raw, String description) {
        LocalDate observed;
        LocalDate reported = null;
        try {
            observed = cachedDate(raw.get(Fields.OBSERVED_ON));
        } catch (IllegalArgumentException e) {
            return new Checked(null, Fields.OBSERVED_ON, e.getMessage());
        }
        if (observed == null) {
            return new Checked(null, Fields.OBSERVED_ON, reason("no.observation.date"));
        }
        try {
            reported = cachedDate(raw.get(Fields.REPORTED_ON));
        } catch (IllegalArgumentException e) {
            return new Checked(null, Fields.REPORTED_ON, e.getMessage());
        }
        if (observed.isAfter(today)) {
            return new Checked(null, Fields.OBSERVED_ON, reason("date.future", observed));
        }
        if (reported != null && reported.isBefore(observed)) {
            return new Checked(null, Fields.REPORTED_ON, reason("reported.before", reported, observed));
        }
        String sourceName = raw.get(Fields.SOURCE);
        if (sourceName == null) {
            return new Checked(null, Fields.SOURCE, reason("no.partner"));
        }
        String source = id(Partner.class, sourceName);
        if (source == null) {
            return new Checked(null, Fields.SOURCE, reason("unknown.partner", sourceName));
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
                        return new Checked(null, Fields.SUBSTANCES, reason("unknown.substance", part.strip()));
                    }
                    if (!substances.contains(id)) {
                        substances.add(id);
                    }
                }
            }
        }
        String[] refs = new String[3];
        Object[][] kinds = {{Fields.TARGET_GROUP, TargetGroup.class, "unknown.targetGroup"}, {Fields.SETTING,
                Setting.class, "unknown.setting"}, {Fields.AREA, Area.class, "unknown.area"}};
        for (int i = 0; i < kinds.length; i++) {
            String value = raw.get((String) kinds[i][0]);
            if (value != null) {
                refs[i] = id((Class<?>) kinds[i][1], value);
                if (refs[i] == null) {
                    return new Checked(null, (String) kinds[i][0], reason((String) kinds[i][2], value));
                }
            }
        }
        ConcernLevel concern = ConcernLevel.LOW;
        String concernText = raw.get(Fields.CONCERN);
        if (concernText != null) {
            concern = concern(concernText);
            if (concern == null) {
                return new Checked(null, Fields.CONCERN, reason("unknown.concern", concernText));
            }
        }
        Confidence confidence = Confidence.SUSPECTED;
        String confidenceText = raw.get(Fields.CONFIDENCE);
        if (confidenceText != null) {
            String normal = Fields.normalize(confidenceText);
            if (normal.startsWith("bevestig") || normal.startsWith("confirm") || normal.equals("zeker")) {
                confidence = Confidence.CONFIRMED;
            } else if (!normal.startsWith("vermoed") && !normal.startsWith("suspect") && !normal.equals("onzeker")) {
                return new Checked(null, Fields.CONFIDENCE, reason("unknown.confidence", confidenceText));
            }
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            return new Checked(null, Fields.DESCRIPTION, reason("description.long", description.length(), MAX_DESCRIPTION));
        }
        String id = raw.get(Fields.ID);
        if (id != null && id.length() > MAX_ID) {
            return new Checked(null, Fields.ID, reason("id.long", id.length(), MAX_ID));
        }
        if (id == null) {
            id = "intake-" + digest(source + "|" + observed + "|" + substances + "|" + refs[0] + "|" + refs[1] + "|"
                    + refs[2] + "|" + description);
        } else if (PrivacyScreen.containsPersonalData(id)) {
            return new Checked(null, Fields.ID, reason("id.personal"));
        }
        return new Checked(new SignalRecord(id, observed, reported, source, substances, refs[0], refs[1], refs[2], concern,
                confidence, null, description, null), null, null);
    }

    private static final String UNKNOWN = new String("?");
    private final Map<Class<?>, Map<String, String>> looked = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();

    /** The id a name means, remembered per value (files repeat the same few names a million times). */
    private String reason(String key, Object... arguments) {
        return Reasons.text(locale, key, arguments);
    }

    private String id(Class<?> type, String value) {
        Map<String, String> memo = looked.computeIfAbsent(type, k -> new HashMap<>());
        String known = memo.get(value);
        if (known == null) {
            known = lookUp(type, value);
            if (memo.size() < 10_000) {
                memo.put(value, known == null ? UNKNOWN : known);
            }
            return known;
        }
        return known == UNKNOWN ? null : known;
    }

    private LocalDate cachedDate(String text) {
        if (text == null) {
            return null;
        }
        LocalDate known = dates.get(text);
        if (known == null) {
            known = date(text, locale);
            if (dates.size() < 10_000) {
                dates.put(text, known);
            }
        }
        return known;
    }

    private String lookUp(Class<?> type, String value) {
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

    /**
     * A date as partners write it: Dutch (3-2-2026, 03/02/2026, 3.2.2026) or ISO (2026-02-03); null for null.
     *
     * @throws IllegalArgumentException for an impossible date or text that is no date, with the reason
     */
    public static LocalDate parseDate(String text) {
        return date(text, Locale.getDefault());
    }

    static LocalDate date(String text, Locale locale) {
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
            throw new IllegalArgumentException(Reasons.text(locale, "date.impossible", value));
        }
        throw new IllegalArgumentException(Reasons.text(locale, "date.not", value));
    }

    /**
     * The signals a new record could duplicate: those kept from this file and those stored, filed by what must be
     * equal (partner, substances, group, setting, area) and by day, so a record is compared only with the few in its
     * date window. Stored signals are read once per partner and month, when a record first needs them.
     */
    private static final class Neighbours {
        private final SignalWriter store;
        private final DedupRule rule;
        private final Map<Long, Kept> byKeyAndDay = new HashMap<>();
        private final Set<String> loadedMonths = new HashSet<>();

        Neighbours(SignalWriter store, DedupRule rule) {
            this.store = store;
            this.rule = rule;
        }

        boolean hasDuplicateOf(SignalRecord record) throws StoreException {
            long day = record.observedOn().toEpochDay();
            if (store != null) {
                java.time.YearMonth last = java.time.YearMonth.from(record.observedOn().plusDays(rule.days()));
                for (java.time.YearMonth month = java.time.YearMonth.from(record.observedOn().minusDays(rule.days()));
                        !month.isAfter(last); month = month.plusMonths(1)) {
                    load(record.sourceId(), month);
                }
            }
            long key = key(record);
            long id = hash(record.id());
            int[] tokens = null;
            for (long d = day - rule.days(); d <= day + rule.days(); d++) {
                for (Kept other = byKeyAndDay.get(key * 31 + d); other != null; other = other.next) {
                    if (other.id == id) {
                        return true;
                    }
                    tokens = tokens != null ? tokens : tokens(record.description());
                    // same key: partner, substances, group, setting and area are equal; the day is within the window
                    if (similar(tokens, other.tokens, rule.similarity())) {
                        return true;
                    }
                }
            }
            return false;
        }

        void add(SignalRecord record) {
            long slot = key(record) * 31 + record.observedOn().toEpochDay();
            byKeyAndDay.put(slot, new Kept(hash(record.id()), tokens(record.description()), byKeyAndDay.get(slot)));
        }

        /**
         * What dedup needs of a kept signal, and no more: the hash of its id and the sorted hashes of its words,
         * chained to the others with the same key and day.
         */
        private record Kept(long id, int[] tokens, Kept next) {
        }

        private void load(String sourceId, java.time.YearMonth month) throws StoreException {
            if (loadedMonths.add(sourceId + "|" + month)) {
                store.stored(SignalQuery.ALL.sources(sourceId).observed(month.atDay(1), month.atEndOfMonth()))
                        .forEach(this::add);
            }
        }

        /** A 64-bit hash of what must be equal: partner, substances (in any order), group, setting and area. */
        private static long key(SignalRecord record) {
            List<String> substances = record.substanceIds();
            if (substances.size() > 1) {
                substances = new ArrayList<>(substances);
                java.util.Collections.sort(substances);
            }
            return hash(record.sourceId() + "|" + substances + "|" + record.targetGroupId() + "|" + record.settingId()
                    + "|" + record.areaId());
        }
    }

    /** Token overlap (Jaccard) of at least 0.8 after normalising. */
    static boolean similar(String a, String b) {
        return similar(tokens(a), tokens(b), DedupRule.DEFAULT.similarity());
    }

    /** Jaccard similarity of two sorted sets of word hashes, at least {@code threshold}. */
    private static boolean similar(int[] left, int[] right, double threshold) {
        if (left.length == 0 && right.length == 0) {
            return true;
        }
        int common = 0;
        for (int i = 0, j = 0; i < left.length && j < right.length;) {
            if (left[i] == right[j]) {
                common++;
                i++;
                j++;
            } else if (left[i] < right[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (left.length + right.length - common) >= threshold;
    }

    /** The distinct words of the normalised text, as sorted hashes. */
    private static int[] tokens(String text) {
        String normal = Fields.normalize(text);
        if (normal.isEmpty()) {
            return new int[0];
        }
        int[] hashes = new int[8];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= normal.length(); i++) {
            if (i == normal.length() || normal.charAt(i) == ' ') {
                if (i > start) {
                    int h = 0;
                    for (int k = start; k < i; k++) {
                        h = 31 * h + normal.charAt(k);
                    }
                    if (count == hashes.length) {
                        hashes = java.util.Arrays.copyOf(hashes, count * 2);
                    }
                    hashes[count++] = h;
                }
                start = i + 1;
            }
        }
        int[] sorted = java.util.Arrays.copyOf(hashes, count);
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, distinct);
    }

    /** The record's values with personal data removed from every one. */
    private static Map<String, String> screened(RawRecord raw, String screenedDescription) {
        Map<String, String> values = new HashMap<>(raw.fields());
        values.replaceAll((field, value) -> Fields.DESCRIPTION.equals(field) && screenedDescription != null
                ? screenedDescription : value == null ? "" : PrivacyScreen.screen(value).text());
        return values;
    }

    /** Where the rejected records of {@code file} are reported: FILE.rejects.csv next to it. */
    public static Path rejectsReport(Path file) {
        return file.resolveSibling(file.getFileName() + ".rejects.csv");
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

    /** The sources this bundle brings. Organisations add theirs as {@link SignalSource} services. */
    public static List<SignalSource> builtInSources() {
        return List.of(new nl.regie.signals.sources.CsvSource(), new nl.regie.signals.sources.XlsxSource(),
                new nl.regie.signals.sources.JsonSource());
    }

    /**
     * Every source this Regie reads: the built-in ones, then the {@link SignalSource} services organisations register
     * (highest ranking first).
     */
    public static List<SignalSource> sources() {
        List<SignalSource> all = new java.util.ArrayList<>(builtInSources());
        for (SignalSource registered : nl.regie.signals.internal.RegisteredSources.all()) {
            try {
                String format = registered.format();
                if (format != null && all.stream().noneMatch(s -> s.format().equals(format))) {
                    all.add(registered);
                }
            } catch (RuntimeException | LinkageError e) {
                // an organisation's broken source is left out; the others, Regie's own among them, still read
            }
        }
        return all;
    }

    /**
     * The source for {@code format} (csv, xlsx, json, or a registered source's format), or, without a format, the first
     * source that accepts the file; or null.
     */
    public static SignalSource sourceFor(Path file, String format) throws IOException {
        for (SignalSource candidate : sources()) {
            try {
                if (format != null ? candidate.format().equals(format) : candidate.accepts(file)) {
                    return candidate;
                }
            } catch (RuntimeException | LinkageError e) {
                // a broken source does not stop Regie's own from reading the file
            }
        }
        return null;
    }

    public Municipality vocabulary() {
        return vocabulary;
    }
}
