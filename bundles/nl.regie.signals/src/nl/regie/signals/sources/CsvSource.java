// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.sources;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
import nl.regie.signals.Fields;
import nl.regie.signals.RawRecord;
import nl.regie.signals.SignalSource;

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
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw new IOException(file + ": the file is empty");
        }
        if (looksBinary(bytes)) {
            throw new IOException(file + ": this is not a CSV file (it holds binary data)");
        }
        String text = decode(bytes);
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char separator = separator(firstLine);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"')
                .skipEmptyLines(true).allowMissingFields(true).allowExtraFields(true).allowUnclosedQuote(false)
                .ofCsvRecord(new StringReader(text))) {
            List<String> columns = null;
            var iterator = reader.iterator();
            while (true) {
                CsvRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (CsvParseException e) {
                    records.accept(new RawRecord(-1, Map.of(), "the rest of the file cannot be read as CSV: "
                            + rootMessage(e)));
                    break;
                }
                if (columns == null) {
                    columns = heading(record, file);
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                String problem = null;
                for (int i = 0; i < record.getFieldCount(); i++) {
                    if (i >= columns.size()) {
                        if (!record.getField(i).isBlank()) {
                            problem = "more fields (" + record.getFieldCount() + ") than headings (" + columns.size() + ")";
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

    private static List<String> heading(CsvRecord record, Path file) throws IOException {
        List<String> columns = new ArrayList<>();
        int known = 0;
        for (String heading : record.getFields()) {
            String field = Fields.forHeading(heading);
            columns.add(field);
            if (field != null) {
                known++;
            }
        }
        if (known == 0) {
            throw new IOException(file + ":1: no known column in the heading " + record.getFields()
                    + " (expected e.g. datum, bron, middel, doelgroep, wijk, omschrijving)");
        }
        return columns;
    }

    /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
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
