// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports;

/**
 * What every exported cell goes through. Counts of signals or people below {@link #SMALL} are shown as "&lt;5" (small
 * numbers about minors could point at persons; a zero too is shown as "&lt;5", so that the one cannot be told from
 * the other). Text cannot be run as a spreadsheet formula: a cell that starts with {@code = + - @}, a tab or a carriage
 * return (also after spaces) gets a leading apostrophe, as OWASP advises for CSV injection.
 */
public final class Cells {

    /** Counts below this are suppressed. */
    public static final long SMALL = 5;

    /** How a suppressed count is shown. */
    public static final String SUPPRESSED = "<5";

    private Cells() {
    }

    /** A count of signals or people as it may be published: the number, or "&lt;5". */
    public static String count(long count) {
        return count < SMALL ? SUPPRESSED : Long.toString(count);
    }

    /** True when the count is shown as "&lt;5". */
    public static boolean suppressed(long count) {
        return count < SMALL;
    }

    /** Text as it may go into a spreadsheet: a leading formula character is defused with an apostrophe. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String trimmed = text.stripLeading();
        char first = trimmed.isEmpty() ? text.charAt(0) : trimmed.charAt(0);
        boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || text.charAt(0) == '\t' || text.charAt(0) == '\r';
        // a lone dash (Regie's "no value") cannot be a formula: a spreadsheet takes it as text
        if (dangerous && !isNumber(trimmed) && !text.equals("-")) {
            return "'" + text;
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("[-+]?\\d+([.,]\\d+)?");
    }
}
