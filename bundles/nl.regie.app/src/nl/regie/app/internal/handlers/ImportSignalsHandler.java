// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import nl.regie.app.internal.Messages;
import nl.regie.model.Municipality;
import nl.regie.signals.ColumnMapping;
import nl.regie.signals.IntakeReport;
import nl.regie.signals.SignalIntake;
import nl.regie.store.SignalStore;
import nl.regie.ui.signals.ImportSignalsJob;
import nl.regie.ui.signals.ImportSignalsWizard;

/**
 * File > Import signals: the import wizard (file, columns over a preview, a check that stores nothing), then the
 * import as a cancellable job with progress; the summary, and where the rejected records went, are shown when it is
 * done.
 */
public class ImportSignalsHandler {

    @CanExecute
    public boolean canExecute(@Optional Municipality municipality, @Optional SignalStore store) {
        return municipality != null && store != null;
    }

    @Execute
    public void execute(Municipality municipality, SignalStore store, IEventBroker events, UISynchronize ui,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        ImportSignalsWizard wizard = new ImportSignalsWizard(municipality, store, events, ColumnMapping.defaultFolder());
        WizardDialog dialog = new WizardDialog(shell, wizard);
        if (dialog.open() != Window.OK || wizard.getJob() == null) {
            return;
        }
        ImportSignalsJob job = wizard.getJob();
        Path file = job.getFile();
        job.setUser(true);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IntakeReport report = job.getReport();
                IStatus result = event.getResult();
                if (result.getSeverity() == IStatus.OK && report != null) {
                    String message = ImportSignalsJob.summary(report);
                    if (report.rejected() > 0) {
                        message += "\n\n" + NLS.bind(Messages.ImportSignals_rejects, SignalIntake.rejectsReport(file));
                    }
                    String shown = message;
                    ui.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openInformation(shell, Messages.ImportSignals_title, shown);
                        }
                    });
                } else if (result.getSeverity() == IStatus.ERROR) {
                    ui.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openError(shell, Messages.ImportSignals_title, result.getMessage());
                        }
                    });
                }
            }
        });
        job.schedule();
    }
}
