// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The model rules of Regie, each with a diagnostic code, a severity and a message in English and Dutch
 * ({@code messages.properties}, {@code messages_nl.properties}).
 */
public enum Rule {
    /** A municipality, partner, substance, target group, setting, area, intervention, track or indicator needs a name. */
    NAME_REQUIRED(1, Diagnostic.ERROR),
    /** A CBS municipality code, when given, is GM followed by four digits. */
    CBS_CODE_FORMAT(2, Diagnostic.ERROR),
    /** A policy needs a title. */
    POLICY_TITLE_REQUIRED(3, Diagnostic.ERROR),
    /** A period (policy, plan, action) does not end before it starts. */
    PERIOD_ORDER(4, Diagnostic.ERROR),
    /** A goal states what it wants to achieve. */
    GOAL_STATEMENT_REQUIRED(5, Diagnostic.ERROR),
    /** A goal is placed in at least one pillar. */
    GOAL_PILLAR_REQUIRED(6, Diagnostic.ERROR),
    /** A goal names at least one domain. */
    GOAL_DOMAIN_REQUIRED(7, Diagnostic.ERROR),
    /** An action has a title. */
    ACTION_TITLE_REQUIRED(8, Diagnostic.ERROR),
    /** An action has an owner partner. */
    ACTION_OWNER_REQUIRED(9, Diagnostic.ERROR),
    /** An action is placed in a pillar. */
    ACTION_PILLAR_REQUIRED(10, Diagnostic.ERROR),
    /** An action names the domain responsible for it. */
    ACTION_DOMAIN_REQUIRED(11, Diagnostic.ERROR),
    /** A budget is not negative. */
    BUDGET_NOT_NEGATIVE(12, Diagnostic.ERROR),
    /** An action does not apply an intervention that is advised against. */
    ACTION_NOT_RECOMMENDED_INTERVENTION(13, Diagnostic.WARNING),
    /** An action lies within the period of its policy. */
    ACTION_OUTSIDE_POLICY_PERIOD(14, Diagnostic.WARNING),
    /** An involved partner is named. */
    INVOLVEMENT_PARTNER_REQUIRED(15, Diagnostic.ERROR),
    /** A signal names the partner that reported it. */
    SIGNAL_SOURCE_REQUIRED(16, Diagnostic.ERROR),
    /** A signal says when it was observed. */
    SIGNAL_OBSERVED_REQUIRED(17, Diagnostic.ERROR),
    /** A signal is not reported before it was observed. */
    SIGNAL_DATE_ORDER(18, Diagnostic.ERROR),
    /** A retracted signal keeps the reason of its retraction. */
    SIGNAL_RETRACTION_REASON_REQUIRED(19, Diagnostic.ERROR),
    /** An intervention advised against says why. */
    NOT_RECOMMENDED_REASON_REQUIRED(20, Diagnostic.ERROR),
    /** An agreement is made between at least two partners. */
    AGREEMENT_PARTNERS_REQUIRED(21, Diagnostic.ERROR),
    /** An indicator has a unit. */
    INDICATOR_UNIT_REQUIRED(22, Diagnostic.ERROR),
    /** Ages of a target group are not negative and the youngest is not older than the oldest. */
    TARGET_GROUP_AGES(23, Diagnostic.ERROR),
    /** A measurement has a date and a finite value. */
    MEASUREMENT_COMPLETE(24, Diagnostic.ERROR),
    /** A track names the partner that leads it (its trekker). */
    TRACK_OWNER_REQUIRED(25, Diagnostic.WARNING),
    /** A milestone says what is reached and when. */
    MILESTONE_COMPLETE(26, Diagnostic.ERROR),
    /** A round table says when it took place and who was there. */
    ROUND_TABLE_COMPLETE(27, Diagnostic.ERROR),
    /** A concern raised at a round table names the partner that raised it and says what it is. */
    CONCERN_COMPLETE(28, Diagnostic.ERROR),
    /** An action's fidelity is a percentage, 0 to 100. */
    FIDELITY_RANGE(29, Diagnostic.ERROR),
    /** A RE-AIM score, when scored, lies between 0 and 100. */
    RE_AIM_SCORE(30, Diagnostic.ERROR),
    /** An adaptation says what was changed and why. */
    ADAPTATION_COMPLETE(31, Diagnostic.ERROR);

    private static final String BUNDLE = "nl.regie.model.validation.messages";

    private final int code;
    private final int severity;

    Rule(int code, int severity) {
        this.code = code;
        this.severity = severity;
    }

    /**
     * The {@link Diagnostic#getCode() diagnostic code} of this rule, unique within
     * {@link RegieModelValidator#DIAGNOSTIC_SOURCE} and stable: a new rule takes a new number, a removed one's
     * number is not reused.
     */
    public int code() {
        return code;
    }

    /** {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}. */
    public int severity() {
        return severity;
    }

    /** The rule's message with its arguments, in the default locale. */
    public String message(Object... arguments) {
        return message(Locale.getDefault(), arguments);
    }

    /** The rule's message with its arguments, in {@code locale} (Dutch or English). */
    public String message(Locale locale, Object... arguments) {
        String pattern;
        try {
            // No fallback to the JVM's default locale: English is asked for on a Dutch machine too.
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Rule.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(name());
        } catch (MissingResourceException e) {
            pattern = name() + " {0}";
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The rule a diagnostic reports, or {@code null} for diagnostics of other sources (EMF's own checks). */
    public static Rule of(Diagnostic diagnostic) {
        if (!RegieModelValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            return null;
        }
        for (Rule rule : values()) {
            if (rule.code == diagnostic.getCode()) {
                return rule;
            }
        }
        return null;
    }
}
