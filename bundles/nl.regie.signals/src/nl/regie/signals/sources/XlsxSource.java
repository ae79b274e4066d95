// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.sources;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import nl.regie.signals.ColumnMapping;
import nl.regie.signals.Fields;
import nl.regie.signals.RawRecord;
import nl.regie.signals.SignalSource;
import nl.regie.signals.internal.Reasons;
import nl.regie.signals.SourcePreview;

/**
 * Excel workbooks (.xlsx), read with fastexcel-reader as a stream of rows: the first sheet, its first non-empty row
 * as the headings (Dutch or English, with synonyms, or a {@link ColumnMapping}), every later non-empty row a record
 * whose line is the spreadsheet's row number. Date cells become ISO dates; numbers lose a trailing ".0".
 *
 * <p>An .xlsx file is a zip archive, so before anything parses it, every entry is inflated once and counted: a file
 * whose entries inflate beyond {@link #MAX_ENTRY_BYTES} each, {@link #MAX_TOTAL_BYTES} together, or more than
 * {@link #MAX_RATIO} times their compressed size (a zip bomb), or that has more than {@link #MAX_ENTRIES} entries, is
 * refused as a whole with the reason. The sizes an archive declares are not trusted; the inflated bytes are counted.
 */
public final class XlsxSource implements SignalSource {

    /** Most bytes one entry may inflate to. */
    public static final long MAX_ENTRY_BYTES = 256L << 20;
    /** Most bytes all entries together may inflate to. */
    public static final long MAX_TOTAL_BYTES = 512L << 20;
    /** Highest inflated / compressed ratio of an entry larger than 1 MiB (sheets compress 10 to 30 times). */
    public static final int MAX_RATIO = 200;
    /** Most entries in the archive. */
    public static final int MAX_ENTRIES = 10_000;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    @Override
    public void read(Path file, Consumer<RawRecord> records) throws IOException {
        read(file, ColumnMapping.NONE, records);
    }

    @Override
    public void read(Path file, ColumnMapping mapping, Consumer<RawRecord> records) throws IOException {
        boolean styled = guard(file);
        try (ReadableWorkbook workbook = open(file, styled); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<String> columns = null;
            for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
                Row row = it.next();
                List<String> cells = cells(row, columns);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    columns = mapping.columnsOf(cells, file + ":" + row.getRowNum());
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                String problem = null;
                for (int i = 0; i < cells.size(); i++) {
                    if (i >= columns.size()) {
                        if (!cells.get(i).isBlank()) {
                            problem = Reasons.text(java.util.Locale.getDefault(), "xlsx.noHeading", i + 1);
                        }
                    } else if (columns.get(i) != null) {
                        fields.put(columns.get(i), cells.get(i));
                    }
                }
                try {
                    records.accept(new RawRecord(row.getRowNum(), fields, problem));
                } catch (RuntimeException fromConsumer) {
                    // a cancel or a store failure of the intake, not a damaged workbook: passed on as it is
                    throw new Passed(fromConsumer);
                }
            }
            if (columns == null) {
                throw new IOException(file + ": the first sheet is empty (no heading row)");
            }
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file.toString()) ? e
                    : new IOException(file + ": cannot be read as an Excel workbook (" + e.getMessage() + ")", e);
        } catch (Passed e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException e) {
            // fastexcel reports a broken sheet (bad XML, a missing part) as an unchecked exception
            throw new IOException(file + ": cannot be read as an Excel workbook (" + e + ")", e);
        }
    }

    /** Carries what the record consumer threw past the handler for fastexcel's own exceptions. */
    private static final class Passed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Passed(RuntimeException cause) {
            super(cause);
        }
    }

    @Override
    public SourcePreview preview(Path file, ColumnMapping mapping, int rows) throws IOException {
        boolean styled = guard(file);
        try (ReadableWorkbook workbook = open(file, styled); Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<String> headings = null;
            List<List<String>> cells = new ArrayList<>();
            for (Iterator<Row> it = stream.iterator(); it.hasNext() && cells.size() < rows;) {
                List<String> row = cells(it.next(), null);
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headings == null) {
                    headings = row;
                } else {
                    cells.add(row);
                }
            }
            if (headings == null) {
                throw new IOException(file + ": the first sheet is empty (no heading row)");
            }
            return new SourcePreview(headings, mapping.fieldsFor(headings), cells);
        } catch (RuntimeException e) {
            throw new IOException(file + ": cannot be read as an Excel workbook (" + e + ")", e);
        }
    }

    /** With cell formats (to tell date cells) when the workbook has styles; some tools write workbooks without. */
    private static ReadableWorkbook open(Path file, boolean styled) throws IOException {
        return new ReadableWorkbook(file.toFile(), new ReadingOptions(styled, false));
    }

    /** The row's cells as text, by column (gaps as ""); date fields and date-formatted numbers as ISO dates. */
    private static List<String> cells(Row row, List<String> columns) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            if (cell == null) {
                cells.add("");
                continue;
            }
            while (cells.size() < cell.getColumnIndex()) {
                cells.add("");
            }
            String field = columns != null && cell.getColumnIndex() < columns.size() ? columns.get(cell.getColumnIndex())
                    : null;
            cells.add(text(cell, Fields.OBSERVED_ON.equals(field) || Fields.REPORTED_ON.equals(field)));
        }
        return cells;
    }

    private static String text(Cell cell, boolean dateField) {
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            boolean dateFormat = format != null && format.toLowerCase(Locale.ROOT).matches(".*[dmy].*")
                    && !format.equalsIgnoreCase("general");
            if (dateField || dateFormat) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.EMPTY) {
            return "";
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /**
     * Refuses what is not a zip archive, and zip bombs: inflates every entry once, counting, and stops at the first
     * limit passed. Names the file and the entry. Returns whether the workbook has a styles part.
     */
    static boolean guard(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new IOException(file + ": the file is empty");
        }
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
            throw new IOException(file + ": this is not an Excel workbook (.xlsx is a zip archive; this file is not one)");
        }
        long total = 0;
        boolean styled = false;
        byte[] buffer = new byte[1 << 16];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new IOException(file + ": refused, " + zip.size() + " entries in the archive (at most "
                        + MAX_ENTRIES + ")");
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                styled |= entry.getName().endsWith("styles.xml");
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        inflated += n;
                        total += n;
                        if (inflated > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                            throw new IOException(file + ": refused as a possible zip bomb: " + entry.getName()
                                    + " inflates beyond " + ((inflated > MAX_ENTRY_BYTES ? MAX_ENTRY_BYTES
                                            : MAX_TOTAL_BYTES) >> 20) + " MiB");
                        }
                        if (inflated > (1 << 20) && inflated / compressed > MAX_RATIO) {
                            throw new IOException(file + ": refused as a possible zip bomb: " + entry.getName()
                                    + " inflates more than " + MAX_RATIO + " times its compressed size");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new IOException(file + ": this is not an Excel workbook (a damaged zip archive: " + e.getMessage()
                    + ")", e);
        }
        return styled;
    }
}
