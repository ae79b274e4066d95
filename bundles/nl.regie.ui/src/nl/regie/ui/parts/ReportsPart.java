// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
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
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.regie.model.Action;
import nl.regie.model.ActionStatus;
import nl.regie.model.Municipality;
import nl.regie.model.RegiePackage;
import nl.regie.model.edit.RegieLabels;
import nl.regie.store.Account;
import nl.regie.store.Accounts;
import nl.regie.store.ActionReport;
import nl.regie.store.ActionReports;
import nl.regie.store.Role;
import nl.regie.store.StoreException;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Meldingen: how partners maintain their own actions on a shared database. A partner's workbench (its plan is
 * read-only) reports a status and a note on one of its actions; an analyst's lists the open reports and takes one over
 * into the plan (an undoable edit, saved as usual) or sets it aside. The database decides who may report on what.
 */
public class ReportsPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.reports";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    @Inject
    private UISynchronize ui;

    @Inject
    @Optional
    private ActionReports store;

    @Inject
    @Optional
    private Accounts accounts;

    private final SessionLink link = new SessionLink(changed -> fillActions());
    private Label intro;
    private Composite form;
    private Combo action;
    private Combo status;
    private Text note;
    private Composite decisions;
    private TableViewer viewer;
    private Account account;
    private List<Action> actions = List.of();
    private List<ActionReport> shown = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        intro = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);

        form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Reports_action);
        action = new Combo(form, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(action);
        new Label(form, SWT.NONE).setText(Messages.Reports_status);
        status = new Combo(form, SWT.READ_ONLY);
        status.add(Messages.Reports_noChange);
        for (ActionStatus value : ActionStatus.VALUES) {
            status.add(label(value));
        }
        status.select(0);
        new Label(form, SWT.NONE).setText(Messages.Reports_note);
        note = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(note);
        Button send = new Button(form, SWT.PUSH);
        send.setText(Messages.Reports_send);
        send.addListener(SWT.Selection, event -> send());
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(send);

        decisions = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(decisions);
        Button takeOver = new Button(decisions, SWT.PUSH);
        takeOver.setText(Messages.Reports_takeOver);
        takeOver.addListener(SWT.Selection, event -> decide(true));
        Button setAside = new Button(decisions, SWT.PUSH);
        setAside.setText(Messages.Reports_setAside);
        setAside.addListener(SWT.Selection, event -> decide(false));

        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Reports_column_action, 220, report -> actionTitle(report.actionId()));
        column(Messages.Reports_column_partner, 120, ActionReport::partnerId);
        column(Messages.Reports_column_status, 110, report -> report.status() == null ? "" : label(report.status()));
        column(Messages.Reports_column_note, 240, report -> report.note() == null ? "" : report.note());
        column(Messages.Reports_column_by, 120, ActionReport::reportedBy);
        column(Messages.Reports_column_when, 130, report -> WHEN.withLocale(Locale.getDefault())
                .withZone(ZoneId.systemDefault()).format(report.reportedAt()));
        column(Messages.Reports_column_handled, 180, report -> report.open() ? ""
                : NLS.bind(report.takenOver() ? Messages.Reports_takenOver : Messages.Reports_setAsideBy,
                        report.handledBy()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        layoutFor(null);
    }

    private void column(String title, int width, Function<ActionReport, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ActionReport) element);
            }
        });
    }

    private static String label(ActionStatus value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    @Inject
    public void setSession(@Optional WorkspaceSession session) {
        link.follow(session);
        fillActions();
        refresh();
    }

    @PreDestroy
    void dispose() {
        link.close();
    }

    private void fillActions() {
        WorkspaceSession session = link.session();
        if (action == null || action.isDisposed() || session == null || session.municipality() == null) {
            return;
        }
        List<Action> found = new ArrayList<>();
        session.municipality().eAllContents().forEachRemaining(object -> {
            if (object instanceof Action each) {
                found.add(each);
            }
        });
        actions = found;
        action.removeAll();
        found.forEach(each -> action.add(each.getTitle() == null ? each.getId() : each.getTitle()));
        if (!found.isEmpty()) {
            action.select(0);
        }
        viewer.refresh();
    }

    private String actionTitle(String id) {
        return actions.stream().filter(each -> id.equals(each.getId())).map(Action::getTitle).findFirst().orElse(id);
    }

    /** Reads the reports this account may see, in a job; returns it (for tests). */
    public Job refresh() {
        if (store == null || accounts == null) {
            intro.setText(Messages.Reports_unavailable);
            return null;
        }
        ActionReports reports = store;
        Accounts who = accounts;
        Job job = new Job(Messages.Reports_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    if (!who.enabled()) {
                        ui.asyncExec(() -> message(Messages.Reports_unavailable));
                        return Status.OK_STATUS;
                    }
                    Account current = who.current();
                    List<ActionReport> read = reports.reports(false);
                    ui.asyncExec(() -> show(current, read));
                } catch (StoreException e) {
                    ui.asyncExec(() -> message(e.getLocalizedMessage()));
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
        return job;
    }

    private void show(Account current, List<ActionReport> read) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        account = current;
        shown = read;
        viewer.setInput(read);
        layoutFor(current);
        if (current.role() == Role.PARTNER) {
            intro.setText(Messages.Reports_partnerIntro);
        } else if (current.role().mayEdit()) {
            intro.setText(NLS.bind(Messages.Reports_analystIntro, read.stream().filter(ActionReport::open).count()));
        } else {
            intro.setText(Messages.Reports_viewerIntro);
        }
        intro.getParent().layout(true, true);
    }

    /** The partner's form for a partner, the decision buttons for an analyst, neither otherwise. */
    private void layoutFor(Account current) {
        boolean partner = current != null && current.role() == Role.PARTNER;
        boolean analyst = current != null && current.role().mayEdit();
        ((org.eclipse.swt.layout.GridData) form.getLayoutData()).exclude = !partner;
        form.setVisible(partner);
        GridDataFactory.fillDefaults().exclude(!analyst).applyTo(decisions);
        decisions.setVisible(analyst);
    }

    private void message(String text) {
        if (!intro.isDisposed()) {
            intro.setText(text);
            intro.getParent().layout(true, true);
        }
    }

    /** A partner's report on the chosen action, written in a job; returns it (for tests). */
    public Job send() {
        int chosen = action.getSelectionIndex();
        if (chosen < 0 || store == null) {
            return null;
        }
        String actionId = actions.get(chosen).getId();
        ActionStatus reported = status.getSelectionIndex() <= 0 ? null
                : ActionStatus.VALUES.get(status.getSelectionIndex() - 1);
        String text = note.getText();
        ActionReports reports = store;
        Job job = Job.create(Messages.Reports_send, monitor -> {
            try {
                reports.report(actionId, reported, text);
                ui.asyncExec(() -> {
                    note.setText("");
                    refresh();
                    message(Messages.Reports_sent);
                });
            } catch (StoreException e) {
                ui.asyncExec(() -> message(e.getLocalizedMessage()));
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * An analyst's decision on the selected report: taken over (its status set on the action as an undoable edit of
     * the open workspace, saved as usual) or set aside; the report is marked handled in a job.
     */
    private void decide(boolean takeOver) {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (!(selected instanceof ActionReport report) || !report.open() || store == null) {
            return;
        }
        if (takeOver && report.status() != null) {
            WorkspaceSession session = link.session();
            Municipality municipality = session == null ? null : session.municipality();
            Action target = actions.stream().filter(each -> report.actionId().equals(each.getId())).findFirst()
                    .orElse(null);
            if (municipality == null || target == null) {
                return;
            }
            EditingDomain domain = session.editingDomain();
            Command set = SetCommand.create(domain, target, RegiePackage.Literals.ACTION__STATUS, report.status());
            if (!set.canExecute()) {
                return;
            }
            domain.getCommandStack().execute(set);
        }
        ActionReports reports = store;
        Job job = Job.create(Messages.Reports_takeOver, monitor -> {
            try {
                reports.handle(report.id(), takeOver);
                ui.asyncExec(this::refresh);
            } catch (StoreException e) {
                ui.asyncExec(() -> message(e.getLocalizedMessage()));
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /** The reports shown (for tests). */
    public List<ActionReport> reports() {
        return shown;
    }

    /** The account the part shows reports for, once read (for tests). */
    public Account account() {
        return account;
    }

    /** The text above the reports (for tests). */
    public String getIntro() {
        return intro.getText();
    }
}
