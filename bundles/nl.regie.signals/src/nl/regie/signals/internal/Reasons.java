// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why a record is refused, in the user's language: English ({@code reasons.properties}) and Dutch
 * ({@code reasons_nl.properties}), chosen by the intake's locale (the JVM's default, which Equinox sets from
 * {@code -nl}). This bundle stays free of the Eclipse runtime, hence plain resource bundles rather than NLS.
 */
public final class Reasons {

    private static final String BUNDLE = "nl.regie.signals.internal.reasons";

    private Reasons() {
    }

    /** The text of {@code key} with {@code arguments}, in {@code locale} (English when it has none). */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Reasons.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
