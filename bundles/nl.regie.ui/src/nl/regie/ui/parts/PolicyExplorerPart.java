// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import nl.regie.model.ActionPlan;
import nl.regie.model.Municipality;
import nl.regie.model.Policy;
import nl.regie.model.RegiePackage;
import nl.regie.ui.session.WorkspaceSession;
import nl.regie.ui.viewers.FeatureGroup;
import nl.regie.ui.viewers.ItemProviderLabelProvider;
import nl.regie.ui.viewers.MunicipalityContentProvider;

/**
 * The Policy Explorer (Beleidsverkenner): the open municipality as a tree of its policies with goals and multi-track
 * plans, its signals, partners, interventions, substances, target groups, settings and areas. The selection is
 * published to the workbench so other parts (Properties) follow it.
 */
public class PolicyExplorerPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.policyExplorer";

    @Inject
    private ESelectionService selectionService;

    @Inject
    private AdapterFactory adapterFactory;

    @Inject
    private UISynchronize ui;

    private TreeViewer viewer;
    private Municipality municipality;

    @PostConstruct
    public void createControls(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new MunicipalityContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        viewer.setUseHashlookup(true);
        viewer.addSelectionChangedListener(event -> {
            IStructuredSelection selection = event.getStructuredSelection();
            selectionService.setSelection(selection.size() == 1 ? selection.getFirstElement() : selection.toList());
        });
        show();
    }

    /**
     * Shows {@code municipality}, or nothing when it is removed from the context; called again whenever another
     * workspace is opened, from whichever thread set it.
     */
    @Inject
    public void setMunicipality(@Optional Municipality municipality) {
        this.municipality = municipality;
        if (viewer == null || viewer.getControl().isDisposed()) {
            return; // createControls shows it, or the part is gone
        }
        if (viewer.getControl().getDisplay().getThread() == Thread.currentThread()) {
            show();
        } else {
            ui.asyncExec(this::show);
        }
    }

    private void show() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Municipality current = municipality;
        viewer.setInput(current == null ? List.of() : List.of(current));
        if (current != null) {
            revealPlans(current);
        }
    }

    /** Opens the tree down to the tracks of each plan: where an analyst starts working. */
    private void revealPlans(Municipality municipality) {
        FeatureGroup policies = new FeatureGroup(municipality, RegiePackage.Literals.MUNICIPALITY__POLICIES);
        viewer.setExpandedState(municipality, true);
        viewer.setExpandedState(policies, true);
        for (Policy policy : municipality.getPolicies()) {
            for (ActionPlan plan : policy.getActionPlans()) {
                viewer.expandToLevel(new TreePath(new Object[] {municipality, policies, policy, plan}), 1);
            }
        }
    }

    /** The viewer, for tests and for handlers that act on the tree. */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** Called by the workbench for a dirty part, e.g. when the window closes: saves the workspace. */
    @Persist
    public void save(@Optional WorkspaceSession session) {
        if (session != null) {
            session.saveAndWait(viewer.getControl().getDisplay());
        }
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
