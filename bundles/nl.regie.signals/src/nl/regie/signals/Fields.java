// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Regie's field names for signals, and the column headings (Dutch and English, with synonyms) that mean them. */
public final class Fields {

    public static final String ID = "id";
    public static final String OBSERVED_ON = "observedOn";
    public static final String REPORTED_ON = "reportedOn";
    public static final String SOURCE = "source";
    public static final String SUBSTANCES = "substances";
    public static final String TARGET_GROUP = "targetGroup";
    public static final String SETTING = "setting";
    public static final String AREA = "area";
    public static final String CONCERN = "concern";
    public static final String CONFIDENCE = "confidence";
    public static final String DESCRIPTION = "description";

    private static final Map<String, List<String>> SYNONYMS = new LinkedHashMap<>();

    static {
        SYNONYMS.put(ID, List.of("id", "nummer", "kenmerk", "meldingsnummer", "referentie", "reference"));
        SYNONYMS.put(OBSERVED_ON, List.of("datum", "waargenomen", "datum waarneming", "waarneming", "observed",
                "observed on", "date", "datum signaal"));
        SYNONYMS.put(REPORTED_ON, List.of("gemeld", "datum melding", "gemeld op", "meldingsdatum", "reported",
                "reported on", "report date"));
        SYNONYMS.put(SOURCE, List.of("bron", "melder", "partner", "partij", "organisatie", "source", "reporter",
                "reported by", "gemeld door"));
        SYNONYMS.put(SUBSTANCES, List.of("middel", "middelen", "stof", "stoffen", "substance", "substances", "drug",
                "drugs"));
        SYNONYMS.put(TARGET_GROUP, List.of("doelgroep", "groep", "target group", "group"));
        SYNONYMS.put(SETTING, List.of("setting", "plaats", "context", "omgeving", "locatie type"));
        SYNONYMS.put(AREA, List.of("wijk", "buurt", "gebied", "area", "district", "neighbourhood"));
        SYNONYMS.put(CONCERN, List.of("zorg", "mate van zorg", "urgentie", "zorgniveau", "concern", "severity",
                "level of concern"));
        SYNONYMS.put(CONFIDENCE, List.of("betrouwbaarheid", "zekerheid", "status melding", "confidence", "certainty"));
        SYNONYMS.put(DESCRIPTION, List.of("omschrijving", "beschrijving", "toelichting", "opmerking", "signaal",
                "description", "text", "remarks", "notes"));
        // EU drug alert (Regulation (EU) 2023/1322, art. 13) and DIMS-style keys
        SYNONYMS.put(OBSERVED_ON, concat(SYNONYMS.get(OBSERVED_ON), "date of the event", "date of event", "event date"));
        SYNONYMS.put(AREA, concat(SYNONYMS.get(AREA), "place", "place of the event", "location"));
        SYNONYMS.put(SOURCE, concat(SYNONYMS.get(SOURCE), "notified by", "notifier", "reporting organisation"));
    }

    private Fields() {
    }

    private static List<String> concat(List<String> list, String... more) {
        List<String> all = new java.util.ArrayList<>(list);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** The field a column heading means, or null: compared without case, accents, punctuation and extra spaces. */
    public static String forHeading(String heading) {
        String normal = normalize(heading);
        for (Map.Entry<String, List<String>> entry : SYNONYMS.entrySet()) {
            if (normal.equals(normalize(entry.getKey())) || entry.getValue().contains(normal)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Every field name, in order. */
    public static List<String> all() {
        return List.of(ID, OBSERVED_ON, REPORTED_ON, SOURCE, SUBSTANCES, TARGET_GROUP, SETTING, AREA, CONCERN,
                CONFIDENCE, DESCRIPTION);
    }

    /** Lower case, no accents, camelCase split, punctuation as spaces, single spaces. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return normalizeAscii(text);
        }
        String plain = text.chars().allMatch(c -> c < 0x80) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = CAMEL.matcher(plain).replaceAll("$1 $2"); // camelCase keys of JSON: dateOfEvent = date of event
        return OTHER.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** What the regular expressions below do, in one pass, for the common case of plain ASCII text. */
    private static String normalizeAscii(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        boolean space = false;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean keep = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                if (upper && previous >= 'a' && previous <= 'z') {
                    space = true;
                }
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(upper ? (char) (c + 32) : c);
            } else {
                space = true;
            }
            previous = c;
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("([a-z])([A-Z])");
    private static final java.util.regex.Pattern OTHER = java.util.regex.Pattern.compile("[^a-z0-9]+");
}
