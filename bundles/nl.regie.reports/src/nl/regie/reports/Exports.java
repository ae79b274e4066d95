// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * CSV and XLSX exports of report tables. Every cell goes through {@link Table#text}: counts below 5 are "&lt;5" and
 * text cannot run as a formula; in XLSX every cell is written as text or number, never as a formula. Files are written
 * next to the target and moved into place, so a failed export leaves no half file.
 */
public final class Exports {

    private Exports() {
    }

    /** One table as CSV (semicolons, as Dutch spreadsheets expect; UTF-8 with a byte-order mark for Excel). */
    public static void csv(Table table, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF)
                    .build(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8))) {
                csv.writeRecord(cells(table.headings()));
                for (List<Object> row : table.rows()) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(Table.text(cell)));
                    csv.writeRecord(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Every table as its own CSV file in {@code folder} (made when missing), named by its place and title, for example
     * {@code 01-signalen-per-middel.csv}; the numbered CSV files of an earlier run in that folder are removed first.
     * Returns the files in table order.
     */
    public static List<Path> csv(List<Table> tables, Path folder) throws IOException {
        Files.createDirectories(folder);
        // the files of an earlier run go first, so that no out-of-date table stays among the new ones
        try (var earlier = Files.newDirectoryStream(folder, "[0-9][0-9]-*.csv")) {
            for (Path old : earlier) {
                Files.delete(old);
            }
        }
        List<Path> files = new ArrayList<>();
        int number = 0;
        for (Table table : tables) {
            number++;
            String slug = java.text.Normalizer.normalize(table.title() == null ? "" : table.title(),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (slug.length() > 60) {
                slug = slug.substring(0, 60).replaceAll("-$", "");
            }
            Path file = folder.resolve(String.format(java.util.Locale.ROOT, "%02d-%s.csv", number,
                    slug.isEmpty() ? "tabel" : slug));
            csv(table, file);
            files.add(file);
        }
        return files;
    }

    /** Tables as one XLSX workbook, a sheet each (named after the table, cut to Excel's 31 characters). */
    public static void xlsx(List<Table> tables, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            Workbook workbook = new Workbook(out, "Regie", "1.0");
            List<String> used = new ArrayList<>();
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), used));
                for (int c = 0; c < table.headings().size(); c++) {
                    sheet.value(0, c, Cells.text(table.headings().get(c)));
                    sheet.style(0, c).bold().set();
                }
                int r = 1;
                for (List<Object> row : table.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        if (cell instanceof Table.Count count && !Cells.suppressed(count.value())) {
                            sheet.value(r, c, count.value());
                        } else if (cell instanceof Number number && !(cell instanceof Table.Count)) {
                            sheet.value(r, c, number);
                        } else {
                            sheet.value(r, c, Table.text(cell));
                        }
                    }
                    r++;
                }
                sheet.finish();
            }
            workbook.finish();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> cells(List<String> texts) {
        return texts.stream().map(Cells::text).toList();
    }

    private static String sheetName(String title, List<String> used) {
        String name = (title == null || title.isBlank() ? "Tabel" : title).replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        name = name.length() > 28 ? name.substring(0, 28) : name;
        String unique = name;
        for (int i = 2; used.contains(unique); i++) {
            unique = name + " " + i;
        }
        used.add(unique);
        return unique;
    }
}
