// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the application, in English and Dutch. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.regie.app.internal.messages";

    public static String About_title;
    public static String About_text;
    public static String Window_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
