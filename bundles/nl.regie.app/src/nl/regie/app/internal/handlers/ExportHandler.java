// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nl.regie.app.internal.Messages;
import nl.regie.ui.session.WorkspaceSession;

/** File > Export workspace: writes the workspace as a readable XMI archive, in a job. */
public class ExportHandler {

    @CanExecute
    public boolean canExecute(@Optional WorkspaceSession session) {
        return session != null && session.municipality() != null && !session.isBusy();
    }

    @Execute
    public void execute(WorkspaceSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] {"*.xmi"});
        String name = session.municipality().getName() == null ? "werkruimte" : session.municipality().getName();
        dialog.setFileName(name.replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase(java.util.Locale.ROOT) + ".xmi");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            session.exportTo(Path.of(file.endsWith(".xmi") ? file : file + ".xmi"));
        }
    }
}
