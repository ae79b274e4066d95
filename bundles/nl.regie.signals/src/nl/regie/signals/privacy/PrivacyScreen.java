// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.privacy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data of persons from free text before a signal is stored: a signal describes groups, settings and
 * substances, never who (AVG/GDPR: health data of minors). What is removed is replaced by a marker and counted.
 *
 * <p>Caught: BSN numbers that pass the 11-check (with or without dots or spaces); e-mail addresses; Dutch phone
 * numbers (06, landline and +31/0031 forms); a postcode with a house number; dates introduced as a birth date
 * ("geboren", "geb.", "geboortedatum", "born", "date of birth"); and names introduced as a name ("naam:", "dhr.",
 * "mevr.", "meneer", "mevrouw", "de heer", "mr", "mrs", "ms"). Not caught: a name that stands in the text without
 * such a cue ("Jan zei dat..."), nicknames, and a street address without a postcode. Nine-digit numbers that fail
 * the 11-check are left alone (they are not BSNs).
 */
public final class PrivacyScreen {

    /** The kinds of personal data the screen removes. */
    public enum Kind {
        BSN, EMAIL, PHONE, ADDRESS, BIRTH_DATE, NAME
    }

    /** The screened text and what was removed from it. */
    public record Result(String text, Map<Kind, Integer> removed) {
        /** How many items were removed in all. */
        public int total() {
            return removed.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** What replaces removed data. */
    public static final String MARKER = "[verwijderd]";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Nine digits, as written or grouped 3-2-2-2, 3-3-3 or 4-2-3 with dots or spaces. */
    private static final Pattern BSN = Pattern.compile("(?<![\\d.])(?:\\d{3}[ .]?\\d{2}[ .]?\\d{2}[ .]?\\d{2}"
            + "|\\d{3}[ .]\\d{3}[ .]\\d{3}|\\d{4}[ .]\\d{2}[ .]\\d{3})(?![\\d])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+31|0031|0)[ -]?(?:\\(0\\))?[ -]?[1-9](?:[ -]?\\d){8}(?!\\d)");
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{4}[ ]?[A-Z]{2}\\b[ ,]*(?:\\d+[ -]?[a-zA-Z]?\\b)?");
    private static final String DATE = "\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2} (?:jan|feb|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|sep|sept|okt|nov|dec)[a-z]* \\d{4}";
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?i)\\b(?:geboren(?: op)?|geb\\.?|geboortedatum|born(?: on)?|date of birth|dob)[:\\s]*(?:" + DATE + ")");
    private static final Pattern NAME = Pattern.compile(
            "(?:(?i:naam|name)\\s*[:=]\\s*|\\b(?i:dhr|mevr|mr|mrs|ms)\\.?\\s+|\\b(?i:meneer|mevrouw|de heer)\\s+)"
                    + "(?:[A-Z][\\p{L}'-]+|[a-z]{1,3})(?:\\s+(?:van|de|der|den|ter|ten|[A-Z][\\p{L}'-]+)){0,4}");

    private PrivacyScreen() {
    }

    /** Screens {@code text}; null stays null. */
    public static Result screen(String text) {
        Map<Kind, Integer> removed = new EnumMap<>(Kind.class);
        if (text == null || text.isEmpty()) {
            return new Result(text, removed);
        }
        // Cheap tests first: each pattern needs something most texts lack (an @, nine digits, a cue word), and
        // skipping a pattern that cannot match is what makes screening a million records affordable.
        int digits = 0;
        int longestRun = 0;
        int run = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                longestRun = Math.max(longestRun, ++run);
            } else {
                run = 0;
                at |= c == '@';
            }
        }
        String screened = text;
        if (at) {
            screened = replace(EMAIL, screened, Kind.EMAIL, removed, null);
        }
        if (digits >= 4) {
            screened = replace(BIRTH_DATE, screened, Kind.BIRTH_DATE, removed, null);
        }
        if (digits >= 9) {
            screened = replace(BSN, screened, Kind.BSN, removed, PrivacyScreen::isBsnMatch);
            screened = replace(PHONE, screened, Kind.PHONE, removed, null);
        }
        if (longestRun >= 4) {
            screened = replace(ADDRESS, screened, Kind.ADDRESS, removed, null);
        }
        if (hasNameCue(screened)) {
            screened = replace(NAME, screened, Kind.NAME, removed, null);
        }
        return new Result(screened, removed);
    }

    private static final String[] NAME_CUES = {"naam", "name", "dhr", "mevr", "mr", "ms", "meneer", "de heer"};

    /** True when a cue the NAME pattern starts with occurs, in any case. */
    private static boolean hasNameCue(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String cue : NAME_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} holds anything the screen would remove. */
    public static boolean containsPersonalData(String text) {
        return screen(text).total() > 0;
    }

    private static String replace(Pattern pattern, String text, Kind kind, Map<Kind, Integer> removed,
            java.util.function.Predicate<Matcher> accept) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        int count = 0;
        while (matcher.find()) {
            if (accept != null && !accept.test(matcher)) {
                matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group()));
                continue;
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(MARKER));
            count++;
        }
        matcher.appendTail(result);
        if (count > 0) {
            removed.merge(kind, count, Integer::sum);
        }
        return result.toString();
    }

    private static boolean isBsnMatch(Matcher matcher) {
        return isBsn(matcher.group().replaceAll("[ .]", ""));
    }

    /** The 11-check of Dutch citizen service numbers (BSN): 9 digits, weights 9..2 and -1, sum divisible by 11. */
    public static boolean isBsn(String digits) {
        if (digits == null || !digits.matches("\\d{9}") || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** The kinds, for reports. */
    public static List<Kind> kinds() {
        return List.of(Kind.values());
    }
}
