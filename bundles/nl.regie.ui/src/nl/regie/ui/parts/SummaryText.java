// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import nl.regie.model.provider.RegieEditPlugin;
import nl.regie.ui.internal.Messages;

/**
 * The store keeps a version's summary in a fixed notation ("+2 Partner, -1 Signal, 3 changed"); this puts it in the
 * user's language with the model's own type names ("+2 Partij, -1 Signaal, 3 gewijzigd").
 */
final class SummaryText {

    private static final Pattern COUNTED = Pattern.compile("([+-])(\\d+) ([A-Z][A-Za-z]*)");
    private static final Pattern CHANGED = Pattern.compile("(\\d+) changed");
    private static final Pattern RESTORED = Pattern.compile("Restored version (\\d+)");
    private static final Pattern IMPORTED = Pattern.compile("Imported from (.+?)( \\(|$)");

    private SummaryText() {
    }

    static String localize(String summary) {
        if (summary == null) {
            return "";
        }
        String text = replace(COUNTED, summary, m -> m.group(1) + m.group(2) + " " + typeName(m.group(3)));
        text = replace(CHANGED, text, m -> NLS.bind(Messages.History_changed, m.group(1)));
        text = replace(RESTORED, text, m -> NLS.bind(Messages.History_restored, m.group(1)));
        text = replace(IMPORTED, text, m -> NLS.bind(Messages.History_imported, m.group(1)) + m.group(2));
        return text.replace("no changes", Messages.History_noChanges).replace(" objects", " " + Messages.History_objects);
    }

    private static String typeName(String type) {
        try {
            return RegieEditPlugin.INSTANCE.getString("_UI_" + type + "_type");
        } catch (java.util.MissingResourceException e) {
            return type;
        }
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
