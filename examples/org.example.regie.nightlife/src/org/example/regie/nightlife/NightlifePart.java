// SPDX-License-Identifier: EPL-2.0
package org.example.regie.nightlife;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.regie.store.SignalQuery;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * Uitgaansleven: the nightlife partners' own view in Regie's window (added by the model fragment), with how many
 * signals the store holds and how many of them mention 3-MMC, counted in a job (the UI thread does no I/O).
 */
public class NightlifePart {

    @Inject
    private UISynchronize ui;

    @Inject
    @Optional
    private SignalStore signals;

    @Inject
    @Optional
    private Logger logger;

    private Label summary;
    private Job counting;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.WRAP);
        title.setText("Uitgaansleven (bijdrage van de horecapartners)");
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setText("Signalen tellen...");
        counting = new Job("Uitgaansleven: signalen tellen") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String text;
                try {
                    if (signals == null) {
                        text = "Geen signalenbestand gevonden.";
                    } else {
                        // small counts shown as <5, as everywhere in Regie (the example municipality's 3-MMC id)
                        long all = signals.count(SignalQuery.ALL);
                        long mmc = signals.count(SignalQuery.ALL.substances("gemx-middel-3mmc"));
                        text = count(all) + " signalen in de werkruimte, waarvan " + count(mmc) + " over 3-MMC.";
                    }
                } catch (StoreException e) {
                    text = "De signalen zijn niet te lezen: " + e.getLocalizedMessage();
                }
                String shown = text;
                ui.asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        summary.setText(shown);
                        summary.getParent().layout();
                    }
                });
                if (logger != null) {
                    logger.info("Uitgaansleven view shown: " + shown);
                }
                return Status.OK_STATUS;
            }
        };
        counting.setSystem(true);
        counting.schedule();
    }

    private static String count(long value) {
        return value < 5 ? "<5" : String.valueOf(value);
    }

    @PreDestroy
    public void dispose() {
        if (counting != null) {
            counting.cancel();
        }
    }
}
