// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.regie.model.ActionPlan;
import nl.regie.model.Municipality;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * An indicator Regie computes from the workspace and the signal store instead of one measured by hand, offered as an
 * OSGi service: Regie's own (share of the plan's actions under way, share resting on a recognised intervention, signals
 * in the clusters the plan addresses) and those organisations add in their own bundles (a GGD region's monitor figure,
 * an addiction-care institution's reach). {@link Evaluations#measure} asks all of them; the dashboard, {@code ./regie
 * evaluate} and the council letter show what they give.
 */
public interface EvaluationIndicator {

    /** What an indicator is asked about: the workspace, the plan under evaluation, the store (may be null), the day. */
    record Context(Municipality municipality, ActionPlan plan, SignalStore signals, LocalDate today, Locale locale) {
    }

    /**
     * One value: the indicator's name, its unit, the value (null when it cannot be computed now; {@code method} then
     * says why), what it is broken down by (a track, a target group, an area; empty for the whole plan), how it is
     * computed, and whether it counts signals or people (then exports show values below 5 as "&lt;5").
     */
    record Value(String indicator, String unit, Double value, String breakdown, String method, boolean count) {
    }

    /** The indicator's (or set of indicators') name, shown with its values. */
    String name(Locale locale);

    /** The values now; none when there is nothing to say. */
    List<Value> measure(Context context) throws StoreException;
}
