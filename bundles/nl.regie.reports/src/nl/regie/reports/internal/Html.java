// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;

import nl.regie.reports.Report;
import nl.regie.reports.Table;

/** Writes a report as one self-contained HTML file (charts embedded as PNG data), every text escaped. */
public final class Html {

    private Html() {
    }

    public static void write(Report report, String language, Path file) throws IOException {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.25em .5em;")
                .append("text-align:left;vertical-align:top}th{background:#eee}img{max-width:100%}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(report.title())).append("</h1>\n<p>")
                .append(escape(report.subtitle())).append("</p>\n");
        for (Report.Section section : report.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            for (Object block : section.blocks()) {
                switch (block) {
                    case Report.Paragraph paragraph -> html.append("<p>").append(escape(paragraph.text())).append("</p>\n");
                    case Table table -> table(html, table);
                    case Report.Chart chart -> html.append("<figure><img alt=\"").append(escape(chart.description()))
                            .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
                            .append("\"><figcaption>").append(escape(chart.title())).append("</figcaption></figure>\n");
                    default -> throw new IllegalArgumentException("not a block: " + block);
                }
            }
        }
        html.append("</body>\n</html>\n");
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, html, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<table>\n<caption>").append(escape(table.title())).append("</caption>\n<tr>");
        table.headings().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(Table.display(cell))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Text safe inside HTML elements and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
