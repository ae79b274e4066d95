// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the workbench parts, in English ({@code messages.properties}) and Dutch ({@code _nl}). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.regie.ui.internal.messages";

    public static String PolicyExplorer_empty;
    public static String Properties_column_property;
    public static String Properties_column_value;
    public static String Properties_nothingSelected;
    public static String Properties_severalSelected;
    public static String Properties_yes;
    public static String Properties_no;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
