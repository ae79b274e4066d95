// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Edit > Undo (Ctrl+Z): undoes the last change to the workspace. */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(@Optional EditingDomain domain) {
        return domain != null && domain.getCommandStack().canUndo();
    }

    @Execute
    public void execute(EditingDomain domain) {
        domain.getCommandStack().undo();
    }
}
