// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import nl.regie.app.internal.Messages;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Help > Check for updates (Updates zoeken): see {@link UpdateFlow}. This class does not use the update API itself,
 * so that a product built without the update feature (no {@code nl.regie.update} package) still says why it cannot
 * update instead of failing to create the handler.
 */
public class UpdateHandler {

    /** Preference node and key of the update site; an IT department sets it in plugin_customization.ini. */
    public static final String NODE = "nl.regie.update";
    public static final String SITE = "site";

    /** The family of the jobs that check for and install updates. */
    public static final Object UPDATES = new Object();
    /** The family of the job that installs an update (closing the workbench waits for it). */
    public static final Object INSTALLING = new Object();

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEclipseContext context,
            @Optional WorkspaceSession session, UISynchronize ui, IWorkbench workbench) {
        if (Job.getJobManager().find(UPDATES).length > 0) {
            MessageDialog.openInformation(shell, Messages.Update_title, Messages.Update_running);
            return;
        }
        if (!available()) {
            MessageDialog.openError(shell, Messages.Update_title, Messages.Update_unavailable);
            return;
        }
        UpdateFlow.start(shell, context, session, ui, workbench);
    }

    /** True when this installation has the update API (the update feature). */
    static boolean available() {
        try {
            Class.forName("nl.regie.update.ProductUpdate", false, UpdateHandler.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** True while an update is being installed. */
    public static boolean installing() {
        return Job.getJobManager().find(INSTALLING).length > 0;
    }
}
