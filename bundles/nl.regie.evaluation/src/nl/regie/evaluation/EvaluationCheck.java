// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.util.List;
import java.util.Locale;

import nl.regie.model.ActionPlan;
import nl.regie.model.RegieObject;

/**
 * A check of how a plan is evaluated, offered as an OSGi service: Regie's own (an action under way without a RE-AIM
 * score or fidelity, an indicator without baseline, target or measurements) and those organisations add in their own
 * bundles (for example a GGD region's own monitoring rules). {@link Evaluations#check} runs all of them.
 */
public interface EvaluationCheck {

    /** A finding: what it is about, how serious, and what to do, in the user's language. */
    record Finding(String check, RegieObject subject, boolean serious, String message) {
    }

    /** The check's name, shown with its findings. */
    String name(Locale locale);

    /** The findings for {@code plan}; none when all is well. */
    List<Finding> check(ActionPlan plan, Locale locale);
}
