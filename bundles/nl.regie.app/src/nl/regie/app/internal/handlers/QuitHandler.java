// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import nl.regie.app.internal.Messages;
import nl.regie.ui.session.WorkspaceSession;

/** File > Quit (Bestand > Afsluiten): closes the workbench, asking first when there are unsaved changes. */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, @Optional WorkspaceSession session,
            @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (UpdateHandler.installing()) {
            MessageDialog.openInformation(shell, Messages.Update_title, Messages.Quit_updating);
            return;
        }
        if (session != null && session.isDirty()) {
            MessageDialog dialog = new MessageDialog(shell, Messages.Quit_title, null, Messages.Quit_question,
                    MessageDialog.QUESTION, 0, Messages.Quit_save, Messages.Quit_discard, Messages.Quit_cancel);
            int answer = dialog.open();
            if (answer == 2 || answer == -1) {
                return;
            }
            if (answer == 0) {
                Job save = session.save();
                if (save != null) {
                    save.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
                        @Override
                        public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                            shell.getDisplay().asyncExec(() -> {
                                if (!session.isDirty()) {
                                    workbench.close();
                                }
                            });
                        }
                    });
                    return;
                }
            }
        }
        workbench.close();
    }
}
