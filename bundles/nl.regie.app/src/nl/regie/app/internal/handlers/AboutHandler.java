// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import nl.regie.app.internal.Messages;

/** Help > About Regie: what the workbench is for. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        MessageDialog.openInformation(shell, Messages.About_title, Messages.About_text);
    }
}
