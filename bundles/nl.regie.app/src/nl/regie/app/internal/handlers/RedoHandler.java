// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Edit > Redo (Ctrl+Y): redoes the last undone change. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional EditingDomain domain) {
        return domain != null && domain.getCommandStack().canRedo();
    }

    @Execute
    public void execute(EditingDomain domain) {
        domain.getCommandStack().redo();
    }
}
