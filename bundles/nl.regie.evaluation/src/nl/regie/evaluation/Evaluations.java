// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.regie.model.ActionPlan;

/** Runs evaluation checks over a plan and collects their findings, serious ones first. */
public final class Evaluations {

    private Evaluations() {
    }

    /** Every finding of {@code checks} for {@code plan}; a check that fails is reported as a finding, not thrown. */
    public static List<EvaluationCheck.Finding> check(List<? extends EvaluationCheck> checks, ActionPlan plan,
            Locale locale) {
        List<EvaluationCheck.Finding> findings = new ArrayList<>();
        for (EvaluationCheck check : checks) {
            try {
                findings.addAll(check.check(plan, locale));
            } catch (RuntimeException e) {
                findings.add(new EvaluationCheck.Finding(check.name(locale), plan, true,
                        nl.regie.evaluation.internal.Texts.text(locale, "check.failed", check.name(locale), e)));
            }
        }
        findings.sort((a, b) -> Boolean.compare(b.serious(), a.serious()));
        return findings;
    }
}
