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

    public static String Inbox_group;
    public static String Inbox_setting;
    public static String Inbox_concernFilter;
    public static String Inbox_status;
    public static String Inbox_from;
    public static String Inbox_to;
    public static String Inbox_badDate;
    public static String Inbox_details;
    public static String Inbox_newSignal;
    public static String Details_title;
    public static String Details_id;
    public static String Details_reported;
    public static String Details_confidence;
    public static String Details_retract;
    public static String Details_retractTitle;
    public static String Details_retractReason;
    public static String Details_retractNeedsReason;
    public static String Details_retracting;
    public static String Details_retractionReason;
    public static String Details_failed;
    public static String Form_title;
    public static String Form_fixTitle;
    public static String Form_message;
    public static String Form_none;
    public static String Form_rejected;
    public static String Form_duplicate;
    public static String Form_saving;
    public static String Form_substancesHint;
    public static String Quarantine_file;
    public static String Quarantine_line;
    public static String Quarantine_field;
    public static String Quarantine_reason;
    public static String Quarantine_values;
    public static String Quarantine_fix;
    public static String Quarantine_dismiss;
    public static String Quarantine_dismissQuestion;
    public static String Quarantine_count;
    public static String Quarantine_loading;
    public static String Clusters_until;
    public static String Clusters_compute;
    public static String Clusters_computing;
    public static String Clusters_cluster;
    public static String Clusters_recent;
    public static String Clusters_baseline;
    public static String Clusters_expected;
    public static String Clusters_probability;
    public static String Clusters_flagged;
    public static String Clusters_yes;
    public static String Clusters_count;
    public static String Clusters_chartTitle;
    public static String Clusters_chartEmpty;
    public static String Clusters_seriesBaseline;
    public static String Clusters_seriesWindow;
    public static String Clusters_seriesExpected;
    public static String Clusters_axisWeek;
    public static String Clusters_axisCount;
    public static String Clusters_method;
    public static String Wizard_title;
    public static String Wizard_filePage;
    public static String Wizard_fileDescription;
    public static String Wizard_file;
    public static String Wizard_browse;
    public static String Wizard_format;
    public static String Wizard_formatAuto;
    public static String Wizard_mapping;
    public static String Wizard_mappingAuto;
    public static String Wizard_noFile;
    public static String Wizard_unknownFormat;
    public static String Wizard_mappingPage;
    public static String Wizard_mappingDescription;
    public static String Wizard_ignore;
    public static String Wizard_saveAs;
    public static String Wizard_noColumns;
    public static String Wizard_previewFailed;
    public static String Wizard_badName;
    public static String Wizard_noKnownColumn;
    public static String Wizard_checkPage;
    public static String Wizard_checkDescription;
    public static String Wizard_checking;
    public static String Wizard_rejectsHeading;
    public static String Wizard_checkFailed;

    public static String Clusters_unknown;
    public static String Details_close;

    public static String Wizard_dedup;
    public static String Wizard_dedupDays;
    public static String Wizard_dedupSimilarity;

    public static String Coherence_title;
    public static String Coherence_pillarDomain;
    public static String Coherence_settingGroup;
    public static String Coherence_cellEmpty;
    public static String Coherence_cellActions;
    public static String Coherence_noPlan;
    public static String Coherence_findings;
    public static String Coherence_ok;
    public static String Coherence_owner;

    public static String Catalogue_name;
    public static String Catalogue_level;
    public static String Catalogue_pillars;
    public static String Catalogue_settings;
    public static String Catalogue_provider;
    public static String Catalogue_catalogue;
    public static String Catalogue_pillarFilter;
    public static String Catalogue_settingFilter;
    public static String Catalogue_recognisedOnly;
    public static String Catalogue_count;
    public static String Catalogue_advisedAgainst;
    public static String Catalogue_lapsed;
    public static String Catalogue_source;
    public static String Catalogue_recognised;
    public static String Catalogue_groups;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
