// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.eclipse.swt.widgets.Label;

import nl.regie.store.StoreException;
import nl.regie.store.WorkspaceVersion;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * History (Geschiedenis): the saved versions of the workspace, newest first, with who saved them and what changed;
 * an older version can be made the latest again. The list is read in a job whenever the session changes.
 */
public class HistoryPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.history";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    @Inject
    private UISynchronize ui;

    private WorkspaceSession session;
    private final SessionLink link = new SessionLink(changed -> refresh());
    private TableViewer viewer;
    private Label status;
    private Button restore;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        restore = new Button(parent, SWT.PUSH);
        restore.setText(Messages.History_restore);
        restore.setEnabled(false);
        restore.addListener(SWT.Selection, event -> restoreSelected());

        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.History_column_version, 8, v -> String.valueOf(v.number()));
        column(layout, Messages.History_column_saved, 22,
                v -> WHEN.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault()).format(v.savedAt()));
        column(layout, Messages.History_column_author, 15, WorkspaceVersion::author);
        column(layout, Messages.History_column_summary, 55, v -> SummaryText.localize(v.summary()));
        viewer.addSelectionChangedListener(event -> updateButton());
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<WorkspaceVersion, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((WorkspaceVersion) element);
            }
        });
    }

    /** Follows the session the lifecycle puts into the context. */
    @Inject
    public void setSession(@Optional WorkspaceSession newSession) {
        session = link.follow(newSession);
        refresh();
    }

    /** Reads the versions in a job and shows them. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed() || session == null) {
            return;
        }
        WorkspaceSession current = session;
        Job job = new Job(Messages.History_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<WorkspaceVersion> versions = current.store().history();
                    ui.asyncExec(() -> show(versions, null));
                } catch (StoreException e) {
                    ui.asyncExec(() -> show(List.of(), e.getLocalizedMessage()));
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

    private void show(List<WorkspaceVersion> versions, String problem) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(versions);
        status.setText(problem != null ? problem : NLS.bind(Messages.History_count, versions.size(),
                session.version() == null ? "-" : session.version().number()));
        status.getParent().layout();
        updateButton();
    }

    private void updateButton() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        restore.setEnabled(selected instanceof WorkspaceVersion version && session != null && session.version() != null
                && version.number() != session.version().number() && !session.isBusy());
    }

    private void restoreSelected() {
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof WorkspaceVersion version)) {
            return;
        }
        String question = session.isDirty() ? Messages.History_restoreDiscards : Messages.History_restoreQuestion;
        if (MessageDialog.openConfirm(viewer.getControl().getShell(), Messages.History_restore,
                NLS.bind(question, version.number()))) {
            session.restoreVersion(version.number());
        }
    }

    /** The table, for tests. */
    public TableViewer getViewer() {
        return viewer;
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
