// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.reports.Exports;
import nl.regie.reports.RegionRollup;
import nl.regie.reports.Table;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.store.derby.Credentials;
import nl.regie.store.derby.DerbyStore;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Regio: the signal counts of this municipality and of the other municipalities of the region, side by side, read-only
 * (their databases on the server they share, or data folders; {@code regie.region.stores} fills the list in). Counts
 * below 5 are suppressed and a total next to one is shown as a range ({@link RegionRollup}); read in a cancellable
 * job, exportable as CSV with the same suppression.
 */
public class RegionPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.region";

    private static final List<Set<SignalDimension>> GROUPINGS = List.of(EnumSet.of(SignalDimension.SUBSTANCE),
            EnumSet.of(SignalDimension.MONTH), EnumSet.of(SignalDimension.AREA), EnumSet.of(SignalDimension.TARGET_GROUP),
            EnumSet.of(SignalDimension.SUBSTANCE, SignalDimension.MONTH));

    @Inject
    private UISynchronize ui;

    @Inject
    @Optional
    private SignalStore signals;

    @Inject
    @Optional
    private WorkspaceSession session;

    private Text stores;
    private Combo by;
    private Label status;
    private Button export;
    private TableViewer viewer;
    private Table shown;
    private Job running;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(parent);
        Label storesLabel = new Label(parent, SWT.NONE);
        storesLabel.setText(Messages.Region_stores);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(storesLabel);
        stores = new Text(parent, SWT.BORDER);
        stores.setText(System.getProperty("regie.region.stores", ""));
        stores.setData("regie.id", "region.stores");
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(stores);
        new Label(parent, SWT.NONE).setText(Messages.Region_by);
        by = new Combo(parent, SWT.READ_ONLY);
        by.setItems(Messages.Region_dim_SUBSTANCE, Messages.Region_dim_MONTH, Messages.Region_dim_AREA,
                Messages.Region_dim_TARGET_GROUP, Messages.Region_bySubstanceMonth);
        by.select(0);
        Button show = new Button(parent, SWT.PUSH);
        show.setText(Messages.Region_show);
        show.addListener(SWT.Selection, event -> refresh());
        export = new Button(parent, SWT.PUSH);
        export.setText(Messages.Region_export);
        export.setEnabled(false);
        export.addListener(SWT.Selection, event -> exportShown());
        status = new Label(parent, SWT.WRAP);
        status.setText(Messages.Region_intro);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(status);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(viewer.getTable());
    }

    /** Reads the counts of this municipality and the ones listed, in a job; returns it (for tests). */
    public Job refresh() {
        if (running != null) {
            running.cancel();
        }
        List<String> others = new ArrayList<>();
        for (String store : stores.getText().split(",")) {
            if (!store.isBlank()) {
                others.add(store.strip());
            }
        }
        Set<SignalDimension> grouping = GROUPINGS.get(Math.max(0, by.getSelectionIndex()));
        Municipality own = session == null ? null : session.municipality();
        String ownName = own == null || own.getName() == null ? "" : own.getName();
        Map<String, String> names = names(own);
        SignalStore ownStore = signals;
        Job job = new Job(Messages.Region_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(Messages.Region_loading, others.size() + 1);
                List<DerbyStore> opened = new ArrayList<>();
                try {
                    List<RegionRollup.Member> members = new ArrayList<>();
                    if (ownStore != null) {
                        members.add(new RegionRollup.Member(ownName, ownStore));
                    }
                    Credentials login = Credentials.configured();
                    for (String other : others) {
                        if (monitor.isCanceled()) {
                            return Status.CANCEL_STATUS;
                        }
                        DerbyStore store = DerbyStore.openOther(other, login);
                        opened.add(store);
                        String name = store.load().municipality().getName();
                        members.add(new RegionRollup.Member(name == null || name.isBlank() ? other : name, store));
                        monitor.worked(1);
                    }
                    Table table = RegionRollup.rollUp(Messages.Region_total, members, SignalQuery.ALL, grouping);
                    ui.asyncExec(() -> show(table, grouping, names, members.size()));
                } catch (StoreException e) {
                    ui.asyncExec(() -> failed(e.getLocalizedMessage()));
                } finally {
                    opened.forEach(DerbyStore::close);
                    monitor.done();
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == WorkspaceSession.JOBS;
            }
        };
        job.setUser(true);
        running = job;
        job.schedule();
        return job;
    }

    /** Names of the workspace's substances, areas and groups by id: the table shows names where it knows them. */
    private static Map<String, String> names(Municipality municipality) {
        Map<String, String> names = new LinkedHashMap<>();
        if (municipality != null) {
            municipality.eAllContents().forEachRemaining(object -> {
                if (object instanceof NamedElement named && named.getId() != null && named.getName() != null) {
                    names.putIfAbsent(named.getId(), named.getName());
                }
            });
        }
        return names;
    }

    private void show(Table table, Set<SignalDimension> grouping, Map<String, String> names, int municipalities) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        shown = table;
        viewer.getTable().setRedraw(false);
        try {
            for (org.eclipse.swt.widgets.TableColumn column : viewer.getTable().getColumns()) {
                column.dispose();
            }
            List<SignalDimension> dimensions = new ArrayList<>(grouping);
            for (int c = 0; c < table.headings().size(); c++) {
                int index = c;
                boolean dimension = c < dimensions.size();
                TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
                column.getColumn().setText(dimension ? heading(dimensions.get(c))
                        : c == table.headings().size() - 1 ? Messages.Region_total : table.headings().get(c));
                column.getColumn().setWidth(dimension ? 160 : 120);
                column.getColumn().setAlignment(dimension ? SWT.LEFT : SWT.RIGHT);
                column.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        Object cell = ((List<?>) element).get(index);
                        String text = Table.display(cell);
                        return !dimension ? text : text.isEmpty() ? Messages.Region_unknown : names.getOrDefault(text, text);
                    }
                });
            }
            viewer.setInput(table.rows());
        } finally {
            viewer.getTable().setRedraw(true);
        }
        status.setText(NLS.bind(Messages.Region_status, municipalities, table.rows().size()));
        export.setEnabled(!table.rows().isEmpty());
        status.getParent().layout();
    }

    private static String heading(SignalDimension dimension) {
        return switch (dimension) {
            case SUBSTANCE -> Messages.Region_dim_SUBSTANCE;
            case MONTH -> Messages.Region_dim_MONTH;
            case AREA -> Messages.Region_dim_AREA;
            case TARGET_GROUP -> Messages.Region_dim_TARGET_GROUP;
            default -> dimension.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void failed(String message) {
        if (!status.isDisposed()) {
            status.setText(message);
            status.getParent().layout();
        }
    }

    private void exportShown() {
        FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("regio.csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** Writes the shown table as CSV (small counts suppressed) in a job; for the Export button and tests. */
    public Job exportTo(Path file) {
        Table table = shown;
        Job job = Job.create(Messages.Region_export, monitor -> {
            try {
                Exports.csv(table, file);
                ui.asyncExec(() -> failed(NLS.bind(Messages.Region_exported, table.rows().size(), file)));
            } catch (java.io.IOException e) {
                ui.asyncExec(() -> failed(file + ": " + e.getMessage()));
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The table as shown: headings and each row's cells as text (for tests). */
    public List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : viewer.getTable().getItems()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < viewer.getTable().getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    /** The column headings as shown (for tests). */
    public List<String> headings() {
        List<String> headings = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableColumn column : viewer.getTable().getColumns()) {
            headings.add(column.getText());
        }
        return headings;
    }

    /** The status line (for tests). */
    public String getStatus() {
        return status.getText();
    }

    /** Sets the list of other municipalities' databases (for tests). */
    public void setStores(String list) {
        stores.setText(list);
    }
}
