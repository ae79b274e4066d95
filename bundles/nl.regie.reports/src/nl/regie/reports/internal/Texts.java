// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reports' texts in English ({@code texts.properties}) and Dutch ({@code texts_nl.properties}). */
public final class Texts {

    private static final String BUNDLE = "nl.regie.reports.internal.texts";

    private Texts() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
