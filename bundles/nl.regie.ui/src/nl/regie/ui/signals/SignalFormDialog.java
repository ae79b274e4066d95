// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.regie.signals.Fields;
import nl.regie.signals.IntakeReport;
import nl.regie.ui.internal.Messages;

/**
 * A signal typed in by hand, or a quarantined record being fixed: every field as text or a choice from the
 * workspace (a choice can also be typed over, so a record with an unknown value can be corrected). OK hands the
 * values to the intake in a job, which checks, screens and dedups them exactly as a file's records; the dialog
 * closes when the signal is taken in and stays open with the reason when it is not.
 */
public final class SignalFormDialog extends TitleAreaDialog {

    /** Takes the values in (off the UI thread). */
    @FunctionalInterface
    public interface Submitter {
        IntakeReport submit(Map<String, String> fields) throws Exception;
    }

    private final Vocabulary vocabulary;
    private final Map<String, String> initial;
    private final String title;
    private final Submitter submitter;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private IntakeReport report;
    private boolean saving;

    /** @param initial values to start from, by field name ({@link Fields}); empty for a new signal */
    public SignalFormDialog(Shell shell, Vocabulary vocabulary, Map<String, String> initial, String title,
            Submitter submitter) {
        super(shell);
        this.vocabulary = vocabulary;
        this.initial = initial;
        this.title = title;
        this.submitter = submitter;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(Messages.Form_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        text(form, Fields.OBSERVED_ON, Messages.Inbox_date, initial.getOrDefault(Fields.OBSERVED_ON,
                format(LocalDate.now())), false);
        text(form, Fields.REPORTED_ON, Messages.Details_reported, initial.getOrDefault(Fields.REPORTED_ON, ""), false);
        choice(form, Fields.SOURCE, Messages.Inbox_source, vocabulary.partners(), false);
        choice(form, Fields.SUBSTANCES, Messages.Inbox_substance, vocabulary.substances(), true);
        choice(form, Fields.TARGET_GROUP, Messages.Inbox_group, vocabulary.groups(), true);
        choice(form, Fields.SETTING, Messages.Inbox_setting, vocabulary.settings(), true);
        choice(form, Fields.AREA, Messages.Inbox_area, vocabulary.areas(), true);
        words(form, Fields.CONCERN, Messages.Inbox_concern, List.of("laag", "matig", "hoog", "acuut"), "laag");
        words(form, Fields.CONFIDENCE, Messages.Details_confidence, List.of("vermoed", "bevestigd"), "vermoed");
        new Label(form, SWT.NONE).setText(Messages.Inbox_description + ":");
        Text description = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
        tall.heightHint = 90;
        tall.widthHint = 420;
        description.setLayoutData(tall);
        description.setText(initial.getOrDefault(Fields.DESCRIPTION, ""));
        controls.put(Fields.DESCRIPTION, description);
        return area;
    }

    private static String format(LocalDate date) {
        return date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
    }

    private void text(Composite form, String field, String label, String value, boolean multi) {
        new Label(form, SWT.NONE).setText(label + ":");
        Text text = new Text(form, SWT.BORDER | (multi ? SWT.MULTI : SWT.SINGLE));
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(value);
        text.setData("field", field);
        controls.put(field, text);
    }

    /** An editable choice of the workspace's names; the value as it was read stays when the workspace lacks it. */
    private void choice(Composite form, String field, String label, List<String> ids, boolean optional) {
        new Label(form, SWT.NONE).setText(label + ":");
        Combo combo = new Combo(form, SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        List<String> items = new ArrayList<>();
        if (optional) {
            items.add("");
        }
        ids.forEach(id -> items.add(vocabulary.name(id)));
        combo.setItems(items.toArray(String[]::new));
        String value = initial.get(field);
        if (value != null) {
            String named = ids.contains(value) ? vocabulary.name(value) : value;
            combo.setText(named);
        } else {
            combo.select(0);
        }
        controls.put(field, combo);
    }

    private void words(Composite form, String field, String label, List<String> words, String preset) {
        new Label(form, SWT.NONE).setText(label + ":");
        Combo combo = new Combo(form, SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setItems(words.toArray(String[]::new));
        combo.setText(initial.getOrDefault(field, preset));
        controls.put(field, combo);
    }

    /** The values as typed, by field name; blank ones left out. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        controls.forEach((field, control) -> {
            String value = control instanceof Text text ? text.getText() : ((Combo) control).getText();
            if (!value.isBlank()) {
                values.put(field, value.strip());
            }
        });
        return values;
    }

    /** Sets a field's value, for tests (as a user would type it). */
    public void set(String field, String value) {
        Control control = controls.get(field);
        if (control instanceof Text text) {
            text.setText(value);
        } else if (control instanceof Combo combo) {
            combo.setText(value);
        }
    }

    /** Does what the OK button does (for tests and keyboard shortcuts). */
    public void submit() {
        okPressed();
    }

    @Override
    protected void okPressed() {
        Map<String, String> values = values();
        // While the intake runs, the dialog can be neither confirmed again nor cancelled: the signal may be stored.
        saving = true;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
        setErrorMessage(null);
        org.eclipse.swt.widgets.Display display = getShell().getDisplay();
        Job job = Job.create(Messages.Form_saving, monitor -> {
            try {
                IntakeReport done = submitter.submit(values);
                display.asyncExec(() -> finished(done, null));
            } catch (Exception e) {
                display.asyncExec(() -> finished(null, e));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void finished(IntakeReport done, Exception failure) {
        saving = false;
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        getButton(IDialogConstants.CANCEL_ID).setEnabled(true);
        if (failure != null) {
            setErrorMessage(NLS.bind(Messages.Details_failed, failure.getLocalizedMessage()));
        } else if (done.accepted() == 1) {
            report = done;
            setReturnCode(OK);
            close();
        } else if (done.duplicates() == 1) {
            setErrorMessage(Messages.Form_duplicate);
        } else {
            var rejection = done.rejections().get(0);
            setErrorMessage(NLS.bind(Messages.Form_rejected, (rejection.field() == null ? ""
                    : Vocabulary.fieldLabel(rejection.field()) + ": ") + rejection.reason()));
            Control at = controls.get(rejection.field());
            if (at != null) {
                at.setFocus();
            }
        }
    }

    @Override
    public boolean close() {
        // Escape or the window's close box while the intake runs would hide whether the signal was stored
        return !saving && super.close();
    }

    /** What the intake made of the values, once the signal was taken in. */
    public IntakeReport getReport() {
        return report;
    }

    /** The error shown, for tests. */
    public String getShownError() {
        return getErrorMessage();
    }
}
