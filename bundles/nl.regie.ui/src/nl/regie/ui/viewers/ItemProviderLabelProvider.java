// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

import nl.regie.model.provider.RegieEditPlugin;

/**
 * Labels and icons from the EMF.Edit item providers, for JFace viewers (EMF's own edit.ui is not on Maven Central).
 * Folders ({@link FeatureGroup}) are labelled with the translated name of their reference and a count.
 */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof FeatureGroup group) {
            String key = "_UI_" + group.reference().getEContainingClass().getName() + "_" + group.reference().getName()
                    + "_feature";
            return RegieEditPlugin.INSTANCE.getString(key) + " (" + group.members().size() + ")";
        }
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        Object image;
        if (element instanceof FeatureGroup group) {
            image = RegieEditPlugin.INSTANCE.getImage("full/obj16/" + group.reference().getEReferenceType().getName());
        } else {
            IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
            image = provider == null ? null : provider.getImage(element);
        }
        return toImage(image);
    }

    private Image toImage(Object image) {
        if (image instanceof ComposedImage composed) {
            List<Object> images = composed.getImages();
            return images.isEmpty() ? null : toImage(images.get(0));
        }
        if (image instanceof URL url) {
            return resources.create(ImageDescriptor.createFromURL(url));
        }
        return null;
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
