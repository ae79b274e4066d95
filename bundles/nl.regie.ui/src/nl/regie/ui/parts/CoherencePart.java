// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Domain;
import nl.regie.model.Municipality;
import nl.regie.model.Pillar;
import nl.regie.model.Setting;
import nl.regie.model.TargetGroup;
import nl.regie.model.edit.RegieLabels;
import nl.regie.planning.Coherence;
import nl.regie.planning.Coverage;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.store.SignalStore;
import nl.regie.ui.internal.Messages;
import nl.regie.ui.session.SessionLink;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Samenhang (coherence heatmap): the plan's actions per pillar and domain and per setting and target group, each cell
 * coloured by how many actions it holds (none: a gap), a click on a cell listing its actions or saying what is missing,
 * and the findings of the coherence check (the model's rules and the plan's). It reads the workspace in memory only.
 */
public class CoherencePart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.coherence";

    private Composite grids;
    private org.eclipse.swt.widgets.List details;
    private org.eclipse.swt.widgets.List findings;
    private Label title;
    private Municipality municipality;
    private Coverage coverage;
    private WorkspaceSession session;
    private final SessionLink link = new SessionLink(changed -> show());
    private final List<Cluster> flagged = new ArrayList<>();

    @Inject
    private UISynchronize ui;
    @Inject
    @Optional
    private SignalStore signals;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        grids = new Composite(scroll, SWT.NONE);
        grids.setLayout(new GridLayout(1, false));
        scroll.setContent(grids);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        // Wrap to the part's width and scroll only up and down: the headings wrap instead of widening the grid
        scroll.addListener(SWT.Resize, event -> fit());
        details = new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        findings = new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        sash.setWeights(60, 20, 20);
        show();
    }

    @Inject
    public void setMunicipality(@Optional Municipality municipality) {
        this.municipality = municipality;
        if (grids != null && !grids.isDisposed()) {
            show();
        }
    }

    /** Follows the session: the plan the plan board shows, redrawn after every edit, undo or redo. */
    @Inject
    public void setSession(@Optional WorkspaceSession newSession) {
        session = link.follow(newSession);
        if (session != null) {
            findClusters();
        }
        if (grids != null && !grids.isDisposed()) {
            show();
        }
    }

    /** Signals were imported or retracted: the worrying clusters may have changed. */
    @Inject
    @Optional
    public void signalsChanged(@org.eclipse.e4.ui.di.UIEventTopic(nl.regie.ui.signals.ImportSignalsJob.SIGNALS_CHANGED)
            Object change) {
        findClusters();
    }

    private void findClusters() {
        PlanBoardPart.findFlagged(signals, ui, found -> {
            flagged.clear();
            flagged.addAll(found);
            if (grids != null && !grids.isDisposed()) {
                show();
            }
        });
    }

    @PreDestroy
    public void dispose() {
        link.close();
    }

    private ActionPlan plan() {
        if (session != null && session.plan() != null) {
            return session.plan();
        }
        if (municipality == null || municipality.getPolicies().isEmpty()
                || municipality.getPolicies().get(0).getActionPlans().isEmpty()) {
            return null;
        }
        return municipality.getPolicies().get(0).getActionPlans().get(0);
    }

    /** Draws the grids and the findings for the workspace's plan. */
    public void show() {
        if (grids == null || grids.isDisposed()) {
            return;
        }
        if (session != null && session.municipality() != null) {
            municipality = session.municipality();
        }
        for (Control child : grids.getChildren()) {
            child.dispose();
        }
        details.removeAll();
        findings.removeAll();
        ActionPlan plan = plan();
        if (plan == null) {
            title.setText(Messages.Coherence_noPlan);
            coverage = null;
            return;
        }
        title.setText(NLS.bind(Messages.Coherence_title, plan.getTitle()));
        coverage = new Coverage(municipality, plan);
        new Label(grids, SWT.NONE).setText(Messages.Coherence_pillarDomain);
        grid(List.of(Pillar.VALUES.toArray(Pillar[]::new)), List.of(Domain.VALUES.toArray(Domain[]::new)),
                CoherencePart::label, CoherencePart::label, (pillar, domain) -> coverage.actions(pillar, domain));
        new Label(grids, SWT.NONE).setText(Messages.Coherence_settingGroup);
        grid(municipality.getSettings(), municipality.getTargetGroups(), Setting::getName, TargetGroup::getName,
                (setting, group) -> coverage.actions(setting, group));
        Diagnostic diagnostic = new Coherence(java.util.Locale.getDefault(), nl.regie.ui.internal.Services.all(nl.regie.planning.CoherenceCheck.class)).check(plan, flagged, this::name);
        if (diagnostic.getChildren().isEmpty()) {
            findings.add(Messages.Coherence_ok);
        } else {
            findings.add(NLS.bind(Messages.Coherence_findings, diagnostic.getChildren().size()));
            diagnostic.getChildren().forEach(d -> findings.add((d.getSeverity() == Diagnostic.ERROR ? "! " : "- ")
                    + d.getMessage()));
        }
        grids.layout(true, true);
        fit();
    }

    private String name(String id) {
        return PlanBoardPart.nameOf(municipality, id);
    }

    private void fit() {
        ScrolledComposite scroll = (ScrolledComposite) grids.getParent();
        int width = scroll.getClientArea().width;
        if (width > 0) {
            scroll.setMinSize(grids.computeSize(width, SWT.DEFAULT));
        }
    }

    private interface Cells<R, C> {
        List<Action> actions(R row, C column);
    }

    private <R, C> void grid(List<R> rows, List<C> columns, java.util.function.Function<R, String> rowName,
            java.util.function.Function<C, String> columnName, Cells<R, C> cells) {
        Composite grid = new Composite(grids, SWT.NONE);
        GridLayout layout = new GridLayout(columns.size() + 1, true);
        layout.horizontalSpacing = layout.verticalSpacing = 2;
        grid.setLayout(layout);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(grid, SWT.NONE);
        for (C column : columns) {
            Label heading = new Label(grid, SWT.WRAP | SWT.CENTER);
            heading.setText(columnName.apply(column));
            heading.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        }
        for (R row : rows) {
            Label heading = new Label(grid, SWT.WRAP);
            heading.setText(rowName.apply(row));
            heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            for (C column : columns) {
                List<Action> actions = cells.actions(row, column);
                Label cell = new Label(grid, SWT.CENTER | SWT.BORDER);
                cell.setText(String.valueOf(actions.size()));
                cell.setBackground(colour(actions.size()));
                GridData size = new GridData(SWT.FILL, SWT.FILL, true, false);
                size.heightHint = 24;
                cell.setLayoutData(size);
                String r = rowName.apply(row);
                String c = columnName.apply(column);
                cell.setData(new Object[] {r, c, actions});
                cell.addListener(SWT.MouseUp, event -> select(r, c, actions));
            }
        }
    }

    private static Color colour(int actions) {
        return actions == 0 ? new Color(244, 199, 195) : actions == 1 ? new Color(253, 236, 184)
                : new Color(183, 225, 190);
    }

    private void select(String row, String column, List<Action> actions) {
        details.removeAll();
        if (actions.isEmpty()) {
            details.add(NLS.bind(Messages.Coherence_cellEmpty, row, column));
            return;
        }
        details.add(NLS.bind(Messages.Coherence_cellActions, new Object[] {actions.size(), row, column}));
        for (Action action : actions) {
            details.add("  " + action.getTitle() + (action.getOwner() == null ? ""
                    : " (" + NLS.bind(Messages.Coherence_owner, action.getOwner().getName()) + ")"));
        }
    }

    /** Clicks the cell of {@code pillar} and {@code domain}, as a user does (for tests). */
    public void selectCell(Pillar pillar, Domain domain) {
        select(label(pillar), label(domain), coverage.actions(pillar, domain));
    }

    /** The lines under the grid (for tests). */
    public List<String> getDetails() {
        return List.of(details.getItems());
    }

    /** The findings of the coherence check (for tests). */
    public List<String> getFindings() {
        return List.of(findings.getItems());
    }

    /** The numbers in the pillar x domain cells, row by row (for tests). */
    public List<String> getPillarDomainCounts() {
        List<String> counts = new ArrayList<>();
        for (Pillar pillar : Pillar.VALUES) {
            StringBuilder row = new StringBuilder(label(pillar)).append(':');
            for (Domain domain : Domain.VALUES) {
                row.append(' ').append(coverage.actions(pillar, domain).size());
            }
            counts.add(row.toString());
        }
        return counts;
    }

    private static String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    @Focus
    public void setFocus() {
        grids.setFocus();
    }
}
