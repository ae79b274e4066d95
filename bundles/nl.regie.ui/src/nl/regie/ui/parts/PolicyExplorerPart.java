// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
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

    private TreeViewer viewer;

    @PostConstruct
    public void createControls(Composite parent, @Optional Municipality municipality) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new MunicipalityContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        viewer.setUseHashlookup(true);
        viewer.addSelectionChangedListener(event -> {
            IStructuredSelection selection = event.getStructuredSelection();
            selectionService.setSelection(selection.size() == 1 ? selection.getFirstElement() : selection.toList());
        });
        setMunicipality(municipality);
    }

    /** Shows {@code municipality}, or nothing; called again when another workspace is opened. */
    @Inject
    @Optional
    public void setMunicipality(Municipality municipality) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(municipality == null ? List.of() : List.of(municipality));
        if (municipality != null) {
            revealPlans(municipality);
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

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
