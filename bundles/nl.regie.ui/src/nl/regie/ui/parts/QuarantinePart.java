// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.regie.model.Municipality;
import nl.regie.signals.IntakeReport;
import nl.regie.signals.SignalIntake;
import nl.regie.store.QuarantinedRecord;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.signals.ImportSignalsJob;
import nl.regie.ui.signals.SignalFormDialog;
import nl.regie.ui.signals.Vocabulary;

/**
 * Quarantaine: the records imports refused, with file, line, field and reason, so that nothing is lost. A record
 * can be fixed in the signal form and taken in (it then leaves the quarantine), or dismissed. Shows the oldest
 * {@link #SHOWN} records; the count says how many there are.
 */
public class QuarantinePart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.quarantine";
    /** How many records the table shows at most. */
    public static final int SHOWN = 1000;

    @Inject
    @Optional
    private SignalStore store;

    @Inject
    @Optional
    private IEventBroker events;

    @Inject
    private UISynchronize ui;

    private Municipality municipality;
    private Label count;
    private Table table;
    private Button fix;
    private Button dismiss;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        bar.setLayout(row);
        fix = new Button(bar, SWT.PUSH);
        fix.setText(Messages.Quarantine_fix);
        fix.addListener(SWT.Selection, event -> fixSelected());
        dismiss = new Button(bar, SWT.PUSH);
        dismiss.setText(Messages.Quarantine_dismiss);
        dismiss.addListener(SWT.Selection, event -> dismissSelected());
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(Messages.Inbox_refresh);
        refresh.addListener(SWT.Selection, event -> reload());
        count = new Label(bar, SWT.NONE);

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headings = {Messages.Quarantine_file, Messages.Quarantine_line, Messages.Quarantine_field,
                Messages.Quarantine_reason, Messages.Quarantine_values};
        int[] widths = {150, 60, 110, 280, 500};
        for (int i = 0; i < headings.length; i++) {
            TableColumn column = new TableColumn(table, i == 1 ? SWT.RIGHT : SWT.NONE);
            column.setText(headings[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, event -> enable());
        table.addListener(SWT.DefaultSelection, event -> fixSelected());
        enable();
        reload();
    }

    @Inject
    public void setMunicipality(@Optional Municipality municipality) {
        this.municipality = municipality;
    }

    /** An import may have quarantined records: read again. */
    @Inject
    @Optional
    public void signalsChanged(@UIEventTopic(ImportSignalsJob.SIGNALS_CHANGED) Object change) {
        reload();
    }

    private void enable() {
        boolean one = table.getSelectionCount() == 1;
        fix.setEnabled(one && municipality != null && store != null);
        dismiss.setEnabled(one && store != null);
    }

    /** Reads the count and the oldest records in a job. */
    public void reload() {
        if (table == null || table.isDisposed() || store == null) {
            return;
        }
        Job job = Job.create(Messages.Quarantine_loading, monitor -> {
            try {
                long total = store.quarantineCount();
                List<QuarantinedRecord> records = store.quarantined(0, SHOWN);
                ui.asyncExec(() -> show(total, records));
            } catch (StoreException e) {
                ui.asyncExec(() -> {
                    if (!count.isDisposed()) {
                        count.setText(e.getLocalizedMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(long total, List<QuarantinedRecord> records) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        for (QuarantinedRecord record : records) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(record);
            item.setText(new String[] {record.file(), String.valueOf(record.line()),
                    Vocabulary.fieldLabel(record.field()), record.reason(),
                    new TreeMap<>(record.fields()).toString().replace('\n', ' ')});
        }
        count.setText(NLS.bind(Messages.Quarantine_count, total));
        count.getParent().layout(true, true);
        enable();
    }

    private QuarantinedRecord selected() {
        return table.getSelectionCount() == 1 ? (QuarantinedRecord) table.getSelection()[0].getData() : null;
    }

    /** Opens the record in the signal form; once the intake takes it in, it leaves the quarantine. */
    public SignalFormDialog fixSelected() {
        QuarantinedRecord record = selected();
        if (record == null || municipality == null || store == null) {
            return null;
        }
        SignalIntake intake = new SignalIntake(municipality);
        SignalFormDialog dialog = new SignalFormDialog(table.getShell(), new Vocabulary(municipality), record.fields(),
                Messages.Form_fixTitle, fields -> {
                    IntakeReport report = intake.submit(fields, record.file(), store);
                    if (report.accepted() == 1 || report.duplicates() == 1) {
                        store.release(record.id());
                        if (events != null) {
                            events.post(ImportSignalsJob.SIGNALS_CHANGED, Map.of(IEventBroker.DATA, report));
                        }
                    }
                    return report;
                });
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().addListener(SWT.Dispose, event -> {
            if (dialog.getReturnCode() == Window.OK) {
                reload();
            }
        });
        return dialog;
    }

    private void dismissSelected() {
        QuarantinedRecord record = selected();
        if (record == null || !MessageDialog.openQuestion(table.getShell(), Messages.Quarantine_dismiss,
                Messages.Quarantine_dismissQuestion)) {
            return;
        }
        Job.create(Messages.Quarantine_loading, monitor -> {
            try {
                store.release(record.id());
            } catch (StoreException e) {
                ui.asyncExec(() -> count.setText(e.getLocalizedMessage()));
            }
            ui.asyncExec(this::reload);
            return Status.OK_STATUS;
        }).schedule();
    }

    /** The table, for tests. */
    public Table getTable() {
        return table;
    }

    /** What the count label says, for tests. */
    public String getCount() {
        return count.getText();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
