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
    public static String Properties_invalid;
    public static String Session_opening;
    public static String Session_saving;
    public static String Session_restoring;
    public static String Session_exporting;
    public static String Session_importing;
    public static String History_loading;
    public static String History_count;
    public static String History_restore;
    public static String History_restoreQuestion;
    public static String History_restoreDiscards;
    public static String History_column_version;
    public static String History_column_saved;
    public static String History_column_author;
    public static String History_column_summary;
    public static String PolicyExplorer_opening;
    public static String History_changed;
    public static String History_restored;
    public static String History_imported;
    public static String History_noChanges;
    public static String History_objects;
    public static String Inbox_substance;
    public static String Inbox_source;
    public static String Inbox_area;
    public static String Inbox_date;
    public static String Inbox_concern;
    public static String Inbox_description;
    public static String Inbox_all;
    public static String Inbox_refresh;
    public static String Inbox_loading;
    public static String Inbox_count;

    public static String ImportSignals_job;
    public static String ImportSignals_reading;
    public static String ImportSignals_checking;
    public static String ImportSignals_failed;
    public static String ImportSignals_summary;
    public static String ImportSignals_unknownFormat;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
