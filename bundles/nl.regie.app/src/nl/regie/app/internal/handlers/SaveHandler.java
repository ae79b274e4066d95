// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import nl.regie.ui.session.WorkspaceSession;

/** File > Save (Ctrl+S): saves the workspace as a new version, in a job. */
public class SaveHandler {

    @CanExecute
    public boolean canExecute(@Optional WorkspaceSession session) {
        return session != null && session.isDirty() && !session.isBusy() && !session.isReadOnly();
    }

    @Execute
    public void execute(WorkspaceSession session) {
        session.save();
    }
}
