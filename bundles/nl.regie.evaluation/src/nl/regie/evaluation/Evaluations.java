// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.regie.model.ActionPlan;

/**
 * Runs evaluation checks over a plan and collects their findings, serious ones first; asks computed indicators for
 * their values.
 */
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
            } catch (RuntimeException | LinkageError e) {
                String name = nameOf(() -> check.name(locale), check);
                findings.add(new EvaluationCheck.Finding(name, plan, true,
                        nl.regie.evaluation.internal.Texts.text(locale, "check.failed", name, e)));
            }
        }
        findings.sort((a, b) -> Boolean.compare(b.serious(), a.serious()));
        return findings;
    }

    /**
     * The values of every indicator in {@code indicators}, in their order; an indicator that fails (an exception, or a
     * class missing from a broken bundle) gives one value without a number whose method names the failure, so one
     * organisation's broken bundle does not hide the others; missing texts in a value become empty.
     */
    public static List<EvaluationIndicator.Value> measure(List<? extends EvaluationIndicator> indicators,
            EvaluationIndicator.Context context) {
        List<EvaluationIndicator.Value> values = new ArrayList<>();
        for (EvaluationIndicator indicator : indicators) {
            try {
                for (EvaluationIndicator.Value value : indicator.measure(context)) {
                    if (value != null) {
                        // an organisation's value with gaps is shown with empty texts rather than breaking a report
                        values.add(new EvaluationIndicator.Value(
                                value.indicator() == null ? indicator.name(context.locale()) : value.indicator(),
                                value.unit() == null ? "" : value.unit(), value.value(),
                                value.breakdown() == null ? "" : value.breakdown(),
                                value.method() == null ? "" : value.method(), value.count()));
                    }
                }
            } catch (nl.regie.store.StoreException | RuntimeException | LinkageError e) {
                String name = nameOf(() -> indicator.name(context.locale()), indicator);
                values.add(new EvaluationIndicator.Value(name, "", null, "",
                        nl.regie.evaluation.internal.Texts.text(context.locale(), "indicator.failed", name, e.getMessage()),
                        false));
            }
        }
        return values;
    }

    /** A contribution's name, or its class when even that fails. */
    private static String nameOf(java.util.function.Supplier<String> name, Object contribution) {
        try {
            return name.get();
        } catch (RuntimeException | LinkageError e) {
            return contribution.getClass().getName();
        }
    }
}
