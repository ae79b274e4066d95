// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a report, as it is exported: a title, headings, and rows of cells. A cell is text, a {@link Count} (of
 * signals or people: suppressed below 5 in every output) or a number (a score, a budget, a percentage: shown as is).
 */
public record Table(String title, List<String> headings, List<List<Object>> rows) {

    /** A count of signals or people: every output shows it through {@link Cells#count}. */
    public record Count(long value) {
        @Override
        public String toString() {
            return Cells.count(value);
        }
    }

    public Table {
        headings = List.copyOf(headings);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /** A cell as a report shows it (HTML, PDF): counts suppressed, numbers as written, null empty. */
    public static String display(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Count count) {
            return Cells.count(count.value());
        }
        return cell.toString();
    }

    /** A cell as exported text: counts suppressed, text defused, numbers as written, null empty. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Count count) {
            return Cells.count(count.value());
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        return Cells.text(cell.toString());
    }
}
