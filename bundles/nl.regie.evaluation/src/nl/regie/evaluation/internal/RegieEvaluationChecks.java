// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.regie.evaluation.EvaluationCheck;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.ActionStatus;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Track;

/**
 * Regie's own evaluation checks: an action under way or done without any RE-AIM score, or without its fidelity; an
 * indicator of a goal the plan serves without baseline or target, or without any measurement.
 */
@Component(service = EvaluationCheck.class)
public final class RegieEvaluationChecks implements EvaluationCheck {

    @Override
    public String name(Locale locale) {
        return Texts.text(locale, "check.regie");
    }

    @Override
    public List<Finding> check(ActionPlan plan, Locale locale) {
        List<Finding> findings = new ArrayList<>();
        Set<Indicator> indicators = new LinkedHashSet<>();
        for (Track track : plan.getTracks()) {
            for (Action action : track.getActions()) {
                boolean underway = action.getStatus() == ActionStatus.IN_PROGRESS
                        || action.getStatus() == ActionStatus.COMPLETED;
                if (underway && action.getReAim().stream().noneMatch(s -> s.getValue() != null)) {
                    findings.add(new Finding(name(locale), action, false, Texts.text(locale, "check.noReAim",
                            action.getTitle())));
                }
                if (underway && action.getFidelity() == null) {
                    findings.add(new Finding(name(locale), action, false, Texts.text(locale, "check.noFidelity",
                            action.getTitle())));
                }
                for (Goal goal : action.getGoals()) {
                    indicators.addAll(goal.getIndicators());
                }
            }
        }
        for (Indicator indicator : indicators) {
            if (indicator.getBaseline() == null || indicator.getTarget() == null) {
                findings.add(new Finding(name(locale), indicator, true, Texts.text(locale, "check.noTarget",
                        indicator.getName())));
            }
            if (indicator.getMeasurements().isEmpty()) {
                findings.add(new Finding(name(locale), indicator, false, Texts.text(locale, "check.noMeasurement",
                        indicator.getName())));
            }
        }
        return findings;
    }
}
