// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.viewers;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

import nl.regie.model.Municipality;
import nl.regie.model.RegiePackage;

/**
 * Tree content for a municipality: its lists (policies, signals, partners, ...) appear as {@link FeatureGroup}
 * folders, and everything below them comes from the EMF.Edit item providers. Model changes refresh the viewer.
 */
public class MunicipalityContentProvider implements ITreeContentProvider, INotifyChangedListener {

    /** The municipality's lists in the order analysts work through them. */
    public static final List<EReference> GROUPS = List.of(RegiePackage.Literals.MUNICIPALITY__POLICIES,
            RegiePackage.Literals.MUNICIPALITY__SIGNALS, RegiePackage.Literals.MUNICIPALITY__PARTNERS,
            RegiePackage.Literals.MUNICIPALITY__INTERVENTIONS, RegiePackage.Literals.MUNICIPALITY__SUBSTANCES,
            RegiePackage.Literals.MUNICIPALITY__TARGET_GROUPS, RegiePackage.Literals.MUNICIPALITY__SETTINGS,
            RegiePackage.Literals.MUNICIPALITY__AREAS);

    private final AdapterFactory adapterFactory;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private volatile StructuredViewer viewer;
    private volatile Display display;

    public MunicipalityContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = (StructuredViewer) newViewer;
        this.display = newViewer.getControl().getDisplay();
    }

    /**
     * The roots: the input is a collection of municipalities. (A municipality itself cannot be the input: JFace
     * would then treat the root element as the input and could not expand or select it.)
     */
    @Override
    public Object[] getElements(Object input) {
        return input instanceof Collection<?> municipalities ? municipalities.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object element) {
        if (element instanceof Municipality municipality) {
            return GROUPS.stream().map(reference -> new FeatureGroup(municipality, reference)).toArray();
        }
        if (element instanceof FeatureGroup group) {
            return group.members().toArray();
        }
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? new Object[0] : provider.getChildren(element).toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.owner();
        }
        if (element instanceof EObject object && object.eContainer() instanceof Municipality municipality
                && GROUPS.contains(object.eContainmentFeature())) {
            return new FeatureGroup(municipality, (EReference) object.eContainmentFeature());
        }
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Municipality) {
            return true;
        }
        if (element instanceof FeatureGroup group) {
            return !group.members().isEmpty();
        }
        ITreeItemContentProvider provider = treeProvider(element);
        if (provider == null) {
            return false;
        }
        Collection<?> children = provider.getChildren(element);
        return !children.isEmpty();
    }

    /**
     * Refreshes the viewer after model changes. Notifications may come from any thread and in bursts (an import
     * changes thousands of objects): they are folded into one refresh on the UI thread.
     */
    @Override
    public void notifyChanged(Notification notification) {
        Display current = display;
        if (current == null || current.isDisposed() || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        current.asyncExec(() -> {
            refreshPending.set(false);
            StructuredViewer target = viewer;
            if (target != null && !target.getControl().isDisposed()) {
                target.refresh();
            }
        });
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }

    private ITreeItemContentProvider treeProvider(Object element) {
        return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }
}
