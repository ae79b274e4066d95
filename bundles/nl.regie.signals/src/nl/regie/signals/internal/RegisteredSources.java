// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.internal;

import java.util.ArrayList;
import java.util.List;

import nl.regie.signals.SignalSource;

/**
 * The {@link SignalSource} services organisations register (a nightlife incident log, a GGD monitor export, ...),
 * followed with a service tracker opened on first use by nl.regie.signals' own bundle context. Outside an OSGi
 * framework (a plain JVM, as the benchmarks run) there are none.
 */
public final class RegisteredSources {

    private static volatile Object tracker;
    private static volatile Object trackerContext;

    private RegisteredSources() {
    }

    /** The sources registered now, highest service ranking first. */
    public static List<SignalSource> all() {
        try {
            return Tracked.all();
        } catch (NoClassDefFoundError e) {
            // no OSGi framework classes on the class path
            return List.of();
        }
    }

    /** Kept apart so that the OSGi classes are only loaded when asked for. */
    private static final class Tracked {

        @SuppressWarnings("unchecked")
        static List<SignalSource> all() {
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(RegisteredSources.class);
            org.osgi.framework.BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context == null) {
                return List.of();
            }
            org.osgi.util.tracker.ServiceTracker<SignalSource, SignalSource> sources;
            synchronized (RegisteredSources.class) {
                // nl.regie.signals stopped and started again has a new context: follow the services through that one
                if (tracker != null && trackerContext != context) {
                    ((org.osgi.util.tracker.ServiceTracker<?, ?>) tracker).close();
                    tracker = null;
                }
                if (tracker == null) {
                    trackerContext = context;
                    org.osgi.util.tracker.ServiceTracker<SignalSource, SignalSource> opened =
                            new org.osgi.util.tracker.ServiceTracker<>(context, SignalSource.class, null);
                    opened.open();
                    tracker = opened;
                }
                sources = (org.osgi.util.tracker.ServiceTracker<SignalSource, SignalSource>) tracker;
            }
            org.osgi.framework.ServiceReference<SignalSource>[] references = sources.getServiceReferences();
            List<SignalSource> found = new ArrayList<>();
            if (references != null) {
                List<org.osgi.framework.ServiceReference<SignalSource>> sorted = new ArrayList<>(List.of(references));
                sorted.sort(java.util.Comparator.reverseOrder());
                for (org.osgi.framework.ServiceReference<SignalSource> reference : sorted) {
                    SignalSource source = sources.getService(reference);
                    if (source != null) {
                        found.add(source);
                    }
                }
            }
            return found;
        }
    }
}
