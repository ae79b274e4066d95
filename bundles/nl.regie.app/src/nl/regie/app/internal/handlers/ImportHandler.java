// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nl.regie.app.internal.Messages;
import nl.regie.ui.session.WorkspaceSession;

/** File > Import workspace: reads an XMI archive (untrusted) and saves it as a new version, in a job. */
public class ImportHandler {

    @CanExecute
    public boolean canExecute(@Optional WorkspaceSession session) {
        return session != null && !session.isBusy();
    }

    @Execute
    public void execute(WorkspaceSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.Import_title);
        dialog.setFilterExtensions(new String[] {"*.xmi"});
        String file = dialog.open();
        if (file != null && MessageDialog.openConfirm(shell, Messages.Import_title, NLS.bind(Messages.Import_question, file))) {
            session.importFrom(Path.of(file));
        }
    }
}
