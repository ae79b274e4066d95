// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the application, in English and Dutch. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.regie.app.internal.messages";

    public static String About_title;
    public static String About_text;
    public static String Window_title;
    public static String Problem_title;
    public static String Problem_noStore;
    public static String Problem_conflictTitle;
    public static String Problem_reloadQuestion;
    public static String Problem_reload;
    public static String Problem_saveOver;
    public static String Quit_title;
    public static String Quit_question;
    public static String Quit_save;
    public static String Quit_discard;
    public static String Quit_cancel;
    public static String Export_title;
    public static String Import_title;
    public static String Import_question;

    public static String ImportSignals_title;
    public static String ImportSignals_rejects;

    public static String Update_title;
    public static String Update_askSite;
    public static String Update_badSite;
    public static String Update_checking;
    public static String Update_installing;
    public static String Update_upToDate;
    public static String Update_offer;
    public static String Update_install;
    public static String Update_later;
    public static String Update_installed;
    public static String Update_installedSaveFirst;
    public static String Update_restart;
    public static String Update_unavailable;

    public static String Update_running;
    public static String Update_installedNoRestart;
    public static String Quit_updating;

    public static String Login_title;
    public static String Login_message;
    public static String Login_password;
    public static String Window_titleRole;
    public static String Role_ADMINISTRATOR;
    public static String Role_ANALYST;
    public static String Role_PARTNER;
    public static String Role_VIEWER;

    public static String Problem_merge;
    public static String Problem_conflictChoiceMerge;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
