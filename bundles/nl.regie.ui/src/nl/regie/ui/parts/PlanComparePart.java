// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import nl.regie.model.ActionPlan;
import nl.regie.model.Municipality;
import nl.regie.model.Policy;
import nl.regie.planning.PlanComparison;
import nl.regie.store.StoreException;
import nl.regie.store.WorkspaceVersion;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.internal.Forms;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Planversies (plan compare): two versions of the plan on the board side by side, in words a policy officer reads:
 * actions added, removed and changed (what changed, from what to what) and the budget of all actions before and after.
 * A version is a saved workspace version (the plan board sets one down with a note); the later side may also be the
 * plan as it is now, unsaved. Versions are read in a job.
 */
public class PlanComparePart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.planCompare";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    @Inject
    private UISynchronize ui;

    private WorkspaceSession session;
    private final SessionLink link = new SessionLink(changed -> newVersion());

    private Combo before;
    private Combo after;
    private org.eclipse.swt.widgets.List lines;
    private final List<WorkspaceVersion> versions = new ArrayList<>();
    private long shownVersion = -1;
    private int loads;
    private Job running;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        before = Forms.combo(parent, Messages.PlanCompare_before);
        after = Forms.combo(parent, Messages.PlanCompare_after);
        Forms.button(parent, Messages.PlanCompare_compare, 2, this::compare);
        lines = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        lines.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        loadVersions();
    }

    /** Follows the session the lifecycle puts into the context. */
    @Inject
    public void setSession(@Optional WorkspaceSession newSession) {
        session = link.follow(newSession);
        loadVersions();
    }

    @PreDestroy
    public void dispose() {
        link.close();
    }

    private void newVersion() {
        if (session != null && session.version() != null && session.version().number() != shownVersion) {
            loadVersions();
        }
    }

    /** Reads the saved versions in a job and offers them on both sides. */
    public Job loadVersions() {
        if (before == null || before.isDisposed() || session == null || session.version() == null) {
            return null;
        }
        WorkspaceSession current = session;
        shownVersion = current.version().number();
        int mine = ++loads;
        Job job = new Job(Messages.History_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<WorkspaceVersion> found = current.store().history();
                    // only the latest reading is shown: an older job finishing late must not reset the choices
                    ui.asyncExec(() -> {
                        if (mine == loads) {
                            showVersions(found);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (StoreException e) {
                    ui.asyncExec(() -> show(List.of(e.getLocalizedMessage())));
                    return Status.OK_STATUS;
                }
            }
        };
        job.schedule();
        return job;
    }

    private void showVersions(List<WorkspaceVersion> found) {
        if (before.isDisposed()) {
            return;
        }
        versions.clear();
        versions.addAll(found);
        before.removeAll();
        after.removeAll();
        after.add(Messages.PlanCompare_now);
        for (WorkspaceVersion version : versions) {
            String text = NLS.bind(Messages.PlanCompare_version, new Object[] {version.number(),
                    WHEN.format(version.savedAt()), version.summary() == null ? "" : version.summary()});
            before.add(text);
            after.add(text);
        }
        // by default: the latest set-down plan version against the plan as it is now
        int frozen = -1;
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).summary() != null && versions.get(i).summary().startsWith(Messages.PlanCompare_frozenPrefix)
                    && (frozen < 0 || versions.get(i).number() > versions.get(frozen).number())) {
                frozen = i;
            }
        }
        before.select(frozen >= 0 ? frozen : versions.isEmpty() ? -1 : 0);
        after.select(0);
    }

    /** Chooses the two sides by version number; 0 on the later side means the plan as it is now (for tests). */
    public void choose(long earlier, long later) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() == earlier) {
                before.select(i);
            }
            if (versions.get(i).number() == later) {
                after.select(i + 1);
            }
        }
        if (later == 0) {
            after.select(0);
        }
    }

    /** Compares the two chosen versions of the board's plan in a job and shows the difference. */
    public Job compare() {
        if (session == null || session.plan() == null || before.getSelectionIndex() < 0) {
            show(List.of(Messages.PlanCompare_chooseFirst));
            return null;
        }
        String planId = session.plan().getId();
        WorkspaceVersion from = versions.get(before.getSelectionIndex());
        int later = after.getSelectionIndex();
        WorkspaceVersion to = later <= 0 ? null : versions.get(later - 1);
        Municipality now = to == null ? EcoreUtil.copy(session.municipality()) : null;
        WorkspaceSession current = session;
        Locale locale = Locale.getDefault();
        Job job = new Job(Messages.PlanCompare_comparing) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<String> text;
                try {
                    ActionPlan a = plan(current.store().loadVersion(from.number()), planId);
                    ActionPlan b = plan(to == null ? now : current.store().loadVersion(to.number()), planId);
                    if (a == null || b == null) {
                        text = List.of(NLS.bind(Messages.PlanCompare_missing, a == null ? from.number()
                                : to == null ? Messages.PlanCompare_now : to.number()));
                    } else {
                        text = PlanComparison.compare(a, b).describe(locale);
                    }
                } catch (StoreException e) {
                    text = List.of(e.getLocalizedMessage());
                }
                List<String> shown = text;
                ui.asyncExec(() -> show(shown));
                return Status.OK_STATUS;
            }
        };
        running = job;
        job.schedule();
        return job;
    }

    private static ActionPlan plan(Municipality municipality, String id) {
        for (Policy policy : municipality.getPolicies()) {
            for (ActionPlan plan : policy.getActionPlans()) {
                if (plan.getId() != null && plan.getId().equals(id)) {
                    return plan;
                }
            }
        }
        return null;
    }

    private void show(List<String> text) {
        if (lines.isDisposed()) {
            return;
        }
        lines.removeAll();
        text.forEach(lines::add);
    }

    /** The lines of the last comparison (for tests). */
    public List<String> getLines() {
        return List.of(lines.getItems());
    }

    /** The job of the last comparison (for tests). */
    public Job getRunning() {
        return running;
    }

    @Focus
    public void setFocus() {
        before.setFocus();
    }
}
