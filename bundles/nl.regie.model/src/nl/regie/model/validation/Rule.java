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
    NAME_REQUIRED(Diagnostic.ERROR),
    /** A CBS municipality code, when given, is GM followed by four digits. */
    CBS_CODE_FORMAT(Diagnostic.ERROR),
    /** A policy needs a title. */
    POLICY_TITLE_REQUIRED(Diagnostic.ERROR),
    /** A period (policy, plan, action) does not end before it starts. */
    PERIOD_ORDER(Diagnostic.ERROR),
    /** A goal states what it wants to achieve. */
    GOAL_STATEMENT_REQUIRED(Diagnostic.ERROR),
    /** A goal is placed in at least one pillar. */
    GOAL_PILLAR_REQUIRED(Diagnostic.ERROR),
    /** A goal names at least one domain. */
    GOAL_DOMAIN_REQUIRED(Diagnostic.ERROR),
    /** An action has a title. */
    ACTION_TITLE_REQUIRED(Diagnostic.ERROR),
    /** An action has an owner partner. */
    ACTION_OWNER_REQUIRED(Diagnostic.ERROR),
    /** An action is placed in a pillar. */
    ACTION_PILLAR_REQUIRED(Diagnostic.ERROR),
    /** An action names the domain responsible for it. */
    ACTION_DOMAIN_REQUIRED(Diagnostic.ERROR),
    /** A budget is not negative. */
    BUDGET_NOT_NEGATIVE(Diagnostic.ERROR),
    /** An action does not apply an intervention that is advised against. */
    ACTION_NOT_RECOMMENDED_INTERVENTION(Diagnostic.WARNING),
    /** An action lies within the period of its policy. */
    ACTION_OUTSIDE_POLICY_PERIOD(Diagnostic.WARNING),
    /** An involved partner is named. */
    INVOLVEMENT_PARTNER_REQUIRED(Diagnostic.ERROR),
    /** A signal names the partner that reported it. */
    SIGNAL_SOURCE_REQUIRED(Diagnostic.ERROR),
    /** A signal says when it was observed. */
    SIGNAL_OBSERVED_REQUIRED(Diagnostic.ERROR),
    /** A signal is not reported before it was observed. */
    SIGNAL_DATE_ORDER(Diagnostic.ERROR),
    /** A retracted signal keeps the reason of its retraction. */
    SIGNAL_RETRACTION_REASON_REQUIRED(Diagnostic.ERROR),
    /** An intervention advised against says why. */
    NOT_RECOMMENDED_REASON_REQUIRED(Diagnostic.ERROR),
    /** An agreement is made between at least two partners. */
    AGREEMENT_PARTNERS_REQUIRED(Diagnostic.ERROR),
    /** An indicator has a unit. */
    INDICATOR_UNIT_REQUIRED(Diagnostic.ERROR),
    /** Ages of a target group are not negative and the youngest is not older than the oldest. */
    TARGET_GROUP_AGES(Diagnostic.ERROR),
    /** A measurement has a date and a finite value. */
    MEASUREMENT_COMPLETE(Diagnostic.ERROR);

    private static final String BUNDLE = "nl.regie.model.validation.messages";

    private final int severity;

    Rule(int severity) {
        this.severity = severity;
    }

    /** The {@link Diagnostic#getCode() diagnostic code} of this rule; unique within {@link RegieModelValidator#DIAGNOSTIC_SOURCE}. */
    public int code() {
        return ordinal() + 1;
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
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Rule.class.getClassLoader()).getString(name());
        } catch (MissingResourceException e) {
            pattern = name() + " {0}";
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The rule whose {@link #code()} is {@code code}, or {@code null}. */
    public static Rule forCode(int code) {
        Rule[] rules = values();
        return code >= 1 && code <= rules.length ? rules[code - 1] : null;
    }
}
