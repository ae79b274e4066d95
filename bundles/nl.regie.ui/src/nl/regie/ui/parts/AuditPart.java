// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import nl.regie.model.RegieObject;
import nl.regie.reports.Exports;
import nl.regie.reports.Table;
import nl.regie.store.AuditEntry;
import nl.regie.store.AuditTrail;
import nl.regie.store.StoreException;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Audit trail (Wijzigingslog): who changed the selected object, when, in which version, and its values before and
 * after, read in a job from the store's audit trail whenever the selection or the session changes; exportable as CSV.
 */
public class AuditPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.audit";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    @Inject
    private UISynchronize ui;

    @Inject
    private AdapterFactory adapterFactory;

    @Inject
    @Optional
    private AuditTrail trail;

    private final SessionLink link = new SessionLink(changed -> refresh());
    private RegieObject shown;
    private TableViewer viewer;
    private Label status;
    private Button export;
    private List<AuditEntry> entries = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(Messages.Audit_nothingSelected);
        export = new Button(parent, SWT.PUSH);
        export.setText(Messages.Audit_export);
        export.setEnabled(false);
        export.addListener(SWT.Selection, event -> exportShown());

        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Audit_column_when, 18, e -> when(e));
        column(layout, Messages.Audit_column_who, 12, AuditEntry::author);
        column(layout, Messages.Audit_column_version, 7, e -> e.version() == 0 ? "" : String.valueOf(e.version()));
        column(layout, Messages.Audit_column_change, 11, AuditPart::change);
        column(layout, Messages.Audit_column_property, 14, this::property);
        column(layout, Messages.Audit_column_before, 19, e -> e.before() == null ? "" : e.before());
        column(layout, Messages.Audit_column_after, 19, e -> e.after() == null ? "" : e.after());
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<AuditEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AuditEntry) element);
            }
        });
    }

    private static String when(AuditEntry entry) {
        return WHEN.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault()).format(entry.at());
    }

    private static String change(AuditEntry entry) {
        return switch (entry.change()) {
            case CREATED -> Messages.Audit_change_CREATED;
            case CHANGED -> Messages.Audit_change_CHANGED;
            case REMOVED -> Messages.Audit_change_REMOVED;
            case IMPORTED -> Messages.Audit_change_IMPORTED;
            case RETRACTED -> Messages.Audit_change_RETRACTED;
        };
    }

    /** A property by the name the Properties view gives it (the model's edit support), else as stored. */
    private String property(AuditEntry entry) {
        if (entry.feature() == null) {
            return "";
        }
        return nl.regie.ui.internal.Forms.propertyName(adapterFactory, shown, entry.feature(), entry.feature());
    }

    /** Follows the session the lifecycle puts into the context: after a save, the trail has grown. */
    @Inject
    public void setSession(@Optional WorkspaceSession newSession) {
        link.follow(newSession);
        refresh();
    }

    /** Follows the workbench selection: one object of the workspace. */
    @Inject
    public void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Object single = selection instanceof List<?> list && list.size() == 1 ? list.get(0) : selection;
        if (single instanceof RegieObject object && object.getId() != null) {
            shown = object;
            refresh();
        }
    }

    /** Reads the shown object's entries in a job. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed() || shown == null) {
            return;
        }
        if (trail == null) {
            status.setText(Messages.Audit_unavailable);
            return;
        }
        RegieObject object = shown;
        String name = label(object);
        AuditTrail store = trail;
        Job job = new Job(Messages.Audit_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<AuditEntry> read = store.of(object.getId());
                    ui.asyncExec(() -> show(object, read, read.isEmpty() ? NLS.bind(Messages.Audit_none, name)
                            : NLS.bind(Messages.Audit_count, name, read.size())));
                } catch (StoreException e) {
                    ui.asyncExec(() -> show(object, List.of(), e.getLocalizedMessage()));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == WorkspaceSession.JOBS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private String label(Object object) {
        IItemLabelProvider label = (IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class);
        return label == null ? String.valueOf(object) : label.getText(object);
    }

    private void show(RegieObject object, List<AuditEntry> read, String text) {
        if (viewer.getControl().isDisposed() || object != shown) {
            return;
        }
        entries = read;
        viewer.setInput(read);
        status.setText(text);
        export.setEnabled(!read.isEmpty());
        status.getParent().layout();
    }

    /** Writes the shown entries as CSV (a job; the file is chosen first). */
    private void exportShown() {
        FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.SAVE);
        dialog.setText(Messages.Audit_exportTitle);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("wijzigingslog-" + shown.getId() + ".csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** Writes the shown entries to {@code file} in a job (for the Export button, and for tests). */
    public Job exportTo(Path file) {
        List<List<Object>> rows = new ArrayList<>();
        for (AuditEntry entry : entries) {
            rows.add(Arrays.asList(when(entry), entry.author(), entry.version() == 0 ? "" : String.valueOf(entry.version()),
                    entry.objectType(), entry.objectId(), change(entry), property(entry), entry.before(), entry.after()));
        }
        Table table = new Table(Messages.Audit_exportTitle, List.of(Messages.Audit_column_when, Messages.Audit_column_who,
                Messages.Audit_column_version, "Type", "Id", Messages.Audit_column_change, Messages.Audit_column_property,
                Messages.Audit_column_before, Messages.Audit_column_after), rows);
        Job job = Job.create(Messages.Audit_exporting, monitor -> {
            try {
                Exports.csv(table, file);
                ui.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(NLS.bind(Messages.Audit_exported, rows.size(), file));
                    }
                });
                return Status.OK_STATUS;
            } catch (java.io.IOException e) {
                ui.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(file + ": " + e.getMessage());
                    }
                });
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The table, for tests. */
    public TableViewer getViewer() {
        return viewer;
    }

    /** The line above the table, for tests. */
    public String getStatus() {
        return status.getText();
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    void dispose() {
        link.close();
    }
}
