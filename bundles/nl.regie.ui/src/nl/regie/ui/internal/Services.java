// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The OSGi services of a type registered now (catalogues, evaluation checks), highest ranking first. */
public final class Services {

    private Services() {
    }

    public static <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        var bundle = FrameworkUtil.getBundle(Services.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return found;
        }
        try {
            List<ServiceReference<T>> references = new ArrayList<>(context.getServiceReferences(type, null));
            references.sort(Comparator.reverseOrder());
            for (ServiceReference<T> reference : references) {
                T service = context.getService(reference);
                if (service != null) {
                    found.add(service);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
