// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports;

import java.util.List;

/**
 * A report as its renderers see it: a title, a line under it, and sections of paragraphs, tables and charts. Both the
 * HTML and the PDF are made from the same report, so they say the same.
 */
public record Report(String title, String subtitle, List<Section> sections) {

    /** A section: a heading and its blocks ({@link Paragraph}, {@link Table}, {@link Chart}) in order. */
    public record Section(String heading, List<Object> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph of text. */
    public record Paragraph(String text) {
    }

    /** A chart as a PNG image, with a text that says what it shows (for screen readers and the HTML alt text). */
    public record Chart(String title, byte[] png, String description) {
    }

    public Report {
        sections = List.copyOf(sections);
    }

    /** The tables of the report, in order (for CSV and XLSX export). */
    public List<Table> tables() {
        return sections.stream().flatMap(s -> s.blocks().stream()).filter(Table.class::isInstance).map(Table.class::cast)
                .toList();
    }
}
