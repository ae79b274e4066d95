// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services of a type registered now (catalogues, evaluation checks), highest ranking first. */
public final class Services {

    /** One tracker per service type, opened on first use and kept while the workbench runs. */
    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private Services() {
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        var bundle = FrameworkUtil.getBundle(Services.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return found;
        }
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) TRACKERS.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> opened = new ServiceTracker<>(context, type, null);
            opened.open();
            return opened;
        });
        ServiceReference<T>[] references = tracker.getServiceReferences();
        if (references == null) {
            return found;
        }
        List<ServiceReference<T>> sorted = new ArrayList<>(List.of(references));
        sorted.sort(Comparator.reverseOrder());
        for (ServiceReference<T> reference : sorted) {
            T service = tracker.getService(reference);
            if (service != null) {
                found.add(service);
            }
        }
        return found;
    }
}
