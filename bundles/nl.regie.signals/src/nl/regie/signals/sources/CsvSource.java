// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import nl.regie.signals.ColumnMapping;
import nl.regie.signals.RawRecord;
import nl.regie.signals.SignalSource;
import nl.regie.signals.internal.Reasons;
import nl.regie.signals.SourcePreview;

/**
 * CSV as municipalities really have it, read with FastCSV: UTF-8 with or without BOM or Windows-1252; {@code ;},
 * {@code ,} or tab between fields; quoted cells over several lines; Dutch or English headings in any order, with
 * synonyms ({@link Fields}). A file that is empty, binary or has no recognisable heading is refused as a whole.
 */
public final class CsvSource implements SignalSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv");
    }

    @Override
    public void read(Path file, Consumer<RawRecord> records) throws IOException {
        read(file, ColumnMapping.NONE, records);
    }

    /**
     * Streams the file: the encoding is settled by one pass over the bytes, then FastCSV reads through a buffered
     * reader, so a file of a million rows is never in memory as a whole.
     */
    @Override
    public void read(Path file, ColumnMapping mapping, Consumer<RawRecord> records) throws IOException {
        try (Opened opened = open(file)) {
            List<String> columns = null;
            long lastLine = 0;
            var iterator = opened.reader.iterator();
            while (true) {
                CsvRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (CsvParseException e) {
                    // A quote that never closes swallows every later line: what follows cannot be told apart, so
                    // the file is refused as a whole (nothing of it is stored) rather than cut off here.
                    throw new IOException(file + ":" + (lastLine + 1) + ": cannot be read as CSV from here on ("
                            + rootMessage(e) + "); nothing of the file was imported. Check for a quote (\") that is "
                            + "opened and never closed.", e);
                }
                lastLine = record.getStartingLineNumber();
                if (columns == null) {
                    columns = mapping.columnsOf(record.getFields(), file + ":" + record.getStartingLineNumber());
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                String problem = null;
                for (int i = 0; i < record.getFieldCount(); i++) {
                    if (i >= columns.size()) {
                        if (!record.getField(i).isBlank()) {
                            problem = Reasons.text(java.util.Locale.getDefault(), "csv.moreFields", record.getFieldCount(),
                                    columns.size());
                        }
                        continue;
                    }
                    if (columns.get(i) != null) {
                        fields.put(columns.get(i), record.getField(i));
                    }
                }
                records.accept(new RawRecord(record.getStartingLineNumber(), fields, problem));
            }
            if (columns == null) {
                throw new IOException(file + ": the file has no heading line");
            }
        }
    }

    @Override
    public SourcePreview preview(Path file, ColumnMapping mapping, int rows) throws IOException {
        try (Opened opened = open(file)) {
            List<String> headings = null;
            List<List<String>> cells = new ArrayList<>();
            for (var iterator = opened.reader.iterator(); iterator.hasNext() && cells.size() < rows;) {
                CsvRecord record;
                try {
                    record = iterator.next();
                } catch (CsvParseException e) {
                    break;
                }
                if (headings == null) {
                    headings = record.getFields();
                } else {
                    cells.add(record.getFields());
                }
            }
            if (headings == null) {
                throw new IOException(file + ": the file has no heading line");
            }
            return new SourcePreview(headings, mapping.fieldsFor(headings), cells);
        }
    }

    /** The number of line breaks, counted over the bytes: about the number of records. */
    @Override
    public long estimateRecords(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return Math.max(0, lines - 1);
    }

    /** A FastCSV reader over the file in its encoding and with its separator; closes the file with it. */
    private record Opened(CsvReader<CsvRecord> reader) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static Opened open(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new IOException(file + ": the file is empty");
        }
        byte[] head = new byte[(int) Math.min(size, 1 << 16)];
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(head.length);
        }
        if (looksBinary(head)) {
            throw new IOException(file + ": this is not a CSV file (it holds binary data)");
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset charset = isUtf8(file, bom ? 3 : 0) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        InputStream in = Files.newInputStream(file);
        try {
            if (bom) {
                in.skipNBytes(3);
            }
            BufferedReader text = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
            text.mark(1 << 16);
            String firstLine = "";
            for (String line; (line = text.readLine()) != null;) {
                if (!line.isBlank()) {
                    firstLine = line;
                    break;
                }
            }
            text.reset();
            char separator = separator(firstLine);
            return new Opened(CsvReader.builder().fieldSeparator(separator).quoteCharacter('"').skipEmptyLines(true)
                    .allowMissingFields(true).allowExtraFields(true).allowUnclosedQuote(false).ofCsvRecord(text));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** True when the bytes after {@code skip} are valid UTF-8 (decoded in a stream, not held). */
    private static boolean isUtf8(Path file, int skip) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                java.nio.charset.CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        }
    }

    /** The most frequent of ; , and tab in the heading line. */
    static char separator(String line) {
        int semicolons = count(line, ';');
        int commas = count(line, ',');
        int tabs = count(line, '\t');
        if (tabs >= semicolons && tabs >= commas && tabs > 0) {
            return '\t';
        }
        return semicolons >= commas ? ';' : ',';
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    private static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, 4096);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                controls++;
            }
        }
        return controls > length / 20;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
