// SPDX-License-Identifier: EPL-2.0
package nl.regie.planning;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

import nl.regie.model.ActionPlan;
import nl.regie.signals.clusters.ClusterDetector.Cluster;

/**
 * A check of a plan's coherence that an organisation adds in its own bundle, offered as an OSGi service (for example a
 * region's rule that every nightlife measure has a harm-reduction partner). {@link Coherence} runs the registered ones
 * after its own; their findings appear on the plan board and in *Samenhang* with Regie's.
 */
public interface CoherenceCheck {

    /** The check's name, shown when it fails. */
    String name(Locale locale);

    /**
     * The findings for {@code plan}, as EMF diagnostics: severity WARNING or ERROR, the check's own source and codes, a
     * message in the user's language, and the object concerned as the first data element. None when all is well.
     *
     * @param worrying the flagged clusters of the signals
     */
    List<Diagnostic> check(ActionPlan plan, List<Cluster> worrying, Locale locale);
}
