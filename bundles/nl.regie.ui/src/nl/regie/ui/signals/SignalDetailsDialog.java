// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.signals;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.regie.model.SignalStatus;
import nl.regie.model.edit.RegieLabels;
import nl.regie.signals.privacy.PrivacyScreen;
import nl.regie.store.SignalRecord;
import nl.regie.store.SignalStore;
import nl.regie.ui.internal.Messages;

/**
 * One signal with everything the store keeps of it, and the one change a signal allows: retraction with a reason
 * (it stays stored, marked retracted, and stops counting in clusters). The retraction runs in a job.
 */
public final class SignalDetailsDialog extends Dialog {

    private static final int RETRACT = IDialogConstants.CLIENT_ID + 1;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Vocabulary vocabulary;
    private final SignalStore store;
    private final IEventBroker events;
    private SignalRecord signal;
    private Composite fields;

    public SignalDetailsDialog(Shell shell, SignalRecord signal, Vocabulary vocabulary, SignalStore store,
            IEventBroker events) {
        super(shell);
        this.signal = signal;
        this.vocabulary = vocabulary;
        this.store = store;
        this.events = events;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Details_title, signal.id()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(2, false));
        show();
        return area;
    }

    private void show() {
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        row(Messages.Details_id, signal.id());
        row(Messages.Inbox_date, DATE.format(signal.observedOn()));
        row(Messages.Details_reported, signal.reportedOn() == null ? "" : DATE.format(signal.reportedOn()));
        row(Messages.Inbox_source, vocabulary.name(signal.sourceId()));
        row(Messages.Inbox_substance, String.join(", ", signal.substanceIds().stream().map(vocabulary::name).toList()));
        row(Messages.Inbox_group, vocabulary.name(signal.targetGroupId()));
        row(Messages.Inbox_setting, vocabulary.name(signal.settingId()));
        row(Messages.Inbox_area, vocabulary.name(signal.areaId()));
        row(Messages.Inbox_concern, label(signal.concern()));
        row(Messages.Details_confidence, label(signal.confidence()));
        row(Messages.Inbox_status, label(signal.status()));
        if (signal.retractionReason() != null) {
            row(Messages.Details_retractionReason, signal.retractionReason());
        }
        new Label(fields, SWT.NONE).setText(Messages.Inbox_description + ":");
        Text description = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
        tall.heightHint = 80;
        tall.widthHint = 420;
        description.setLayoutData(tall);
        description.setText(signal.description() == null ? "" : signal.description());
        fields.layout(true, true);
    }

    private static String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    private void row(String label, String value) {
        new Label(fields, SWT.NONE).setText(label + ":");
        Text text = new Text(fields, SWT.READ_ONLY);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(value == null ? "" : value);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button retract = createButton(parent, RETRACT, Messages.Details_retract, false);
        retract.setEnabled(signal.status() != SignalStatus.RETRACTED && store != null);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Details_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RETRACT) {
            InputDialog ask = new InputDialog(getShell(), Messages.Details_retractTitle, Messages.Details_retractReason,
                    "", text -> text.isBlank() ? Messages.Details_retractNeedsReason : null);
            if (ask.open() == Window.OK) {
                retract(ask.getValue().strip());
            }
        } else {
            setReturnCode(OK);
            close();
        }
    }

    /** Retracts the signal with {@code reason}, in a job; the dialog shows it retracted when that is done. */
    public void retract(String given) {
        // the reason is free text that is kept: screened like every other
        String reason = PrivacyScreen.screen(given).text();
        getButton(RETRACT).setEnabled(false);
        Shell shell = getShell();
        org.eclipse.swt.widgets.Display display = shell.getDisplay();
        String id = signal.id();
        Job.create(NLS.bind(Messages.Details_retracting, id), monitor -> {
            try {
                SignalRecord now = store.retract(id, reason);
                if (events != null) {
                    events.post(ImportSignalsJob.SIGNALS_CHANGED, Map.of(IEventBroker.DATA, now));
                }
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        signal = now;
                        show();
                    }
                });
            } catch (Exception e) {
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        getButton(RETRACT).setEnabled(true);
                        MessageDialog.openError(shell, Messages.Details_retractTitle,
                                NLS.bind(Messages.Details_failed, e.getLocalizedMessage()));
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** The signal as the dialog shows it now (retracted once that is done). */
    public SignalRecord getSignal() {
        return signal;
    }
}
