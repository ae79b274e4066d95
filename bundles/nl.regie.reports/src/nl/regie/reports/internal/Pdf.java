// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import nl.regie.reports.Report;
import nl.regie.reports.Table;

/** Writes a report as PDF with OpenPDF: A4, headings, tables with repeated heading rows, charts as images. */
public final class Pdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

    private Pdf() {
    }

    public static void write(Report report, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try (OutputStream out = Files.newOutputStream(part)) {
            // images stay where they are written (OpenPDF would move one that does not fit after the text that follows)
            PdfWriter.getInstance(document, out).setStrictImageSequence(true);
            document.addTitle(report.title());
            document.addCreator("Regie");
            document.open();
            document.add(new Paragraph(report.title(), TITLE));
            Paragraph subtitle = new Paragraph(report.subtitle(), BODY);
            subtitle.setSpacingAfter(12);
            document.add(subtitle);
            for (Report.Section section : report.sections()) {
                Paragraph heading = new Paragraph(section.heading(), HEADING);
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(6);
                document.add(heading);
                for (Object block : section.blocks()) {
                    switch (block) {
                        case Report.Paragraph paragraph -> {
                            Paragraph p = new Paragraph(paragraph.text(), BODY);
                            p.setSpacingAfter(6);
                            document.add(p);
                        }
                        case Table table -> {
                            // the table's title as its caption, as in HTML, kept on the page with the table's start
                            Paragraph caption = new Paragraph(table.title(), SMALL_BOLD);
                            caption.setSpacingBefore(6);
                            caption.setKeepTogether(true);
                            document.add(caption);
                            document.add(table(table));
                        }
                        case Report.Chart chart -> {
                            Image image = Image.getInstance(chart.png());
                            image.scaleToFit(document.getPageSize().getWidth() - 100, 260);
                            image.setAlignment(Element.ALIGN_CENTER);
                            document.add(image);
                            Paragraph caption = new Paragraph(chart.title(), SMALL);
                            caption.setAlignment(Element.ALIGN_CENTER);
                            caption.setSpacingAfter(8);
                            document.add(caption);
                        }
                        default -> throw new IllegalArgumentException("not a block: " + block);
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            Files.deleteIfExists(part);
            throw new IOException(file + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static PdfPTable table(Table table) {
        PdfPTable pdf = new PdfPTable(Math.max(1, table.headings().size()));
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(4);
        for (String heading : table.headings()) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, SMALL_BOLD));
            cell.setBackgroundColor(new Color(235, 235, 235));
            pdf.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < table.headings().size(); c++) {
                Object value = c < row.size() ? row.get(c) : null;
                pdf.addCell(new PdfPCell(new Phrase(Table.display(value), SMALL)));
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(new Chunk("-", SMALL)));
            none.setColspan(Math.max(1, table.headings().size()));
            pdf.addCell(none);
        }
        return pdf;
    }
}
