// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Agreement;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Intervention;
import nl.regie.model.Involvement;
import nl.regie.model.Measurement;
import nl.regie.model.Milestone;
import nl.regie.model.RoundTable;
import nl.regie.model.Concern;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.Policy;
import nl.regie.model.RegiePackage;
import nl.regie.model.Signal;
import nl.regie.model.SignalStatus;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;

/**
 * Checks the {@link Rule model rules} of Regie on top of EMF's own structural checks (multiplicities, unique ids,
 * proxies). Each broken rule yields one diagnostic with the rule's {@link Rule#code() code}, its severity and a
 * message that names the object; the diagnostic's data holds the object and then the {@link Rule}.
 */
public class RegieModelValidator extends EObjectValidator {

    /** Source of every diagnostic this validator produces. */
    public static final String DIAGNOSTIC_SOURCE = "nl.regie.model";

    /** The shared instance, stateless. */
    public static final RegieModelValidator INSTANCE = new RegieModelValidator();

    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    /** A diagnostician that knows the Regie rules without relying on the global validator registry. */
    public static Diagnostician diagnostician() {
        EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(RegiePackage.eINSTANCE, INSTANCE);
        return new Diagnostician(registry);
    }

    /** Validates {@code root} and everything it contains. */
    public static Diagnostic validateAll(EObject root) {
        return diagnostician().validate(root);
    }

    @Override
    protected EPackage getEPackage() {
        return RegiePackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (eClass.getEPackage() != RegiePackage.eINSTANCE) {
            return super.validate(eClass, object, diagnostics, context);
        }
        // Not super.validate: EObjectValidator skips the default constraints for the classifier id that EObject has
        // in Ecore, which one of our classes shares.
        boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
        Checks checks = new Checks(object, diagnostics);
        if (object instanceof NamedElement named) {
            checks.require(!blank(named.getName()), Rule.NAME_REQUIRED, label(object));
        }
        switch (object) {
            case Municipality municipality -> checkMunicipality(municipality, checks);
            case Policy policy -> checkPolicy(policy, checks);
            case Goal goal -> checkGoal(goal, checks);
            case ActionPlan plan -> {
                checks.period(plan.getStartDate(), plan.getEndDate());
                checks.require(plan.getBudget() == null || plan.getBudget().signum() >= 0, Rule.BUDGET_NOT_NEGATIVE,
                        label(plan), plan.getBudget());
            }
            case Track track -> checks.require(track.getOwner() != null, Rule.TRACK_OWNER_REQUIRED, label(track));
            case Milestone milestone -> checks.require(!blank(milestone.getTitle()) && milestone.getDueDate() != null,
                    Rule.MILESTONE_COMPLETE, label(milestone.eContainer()));
            case RoundTable table -> checks.require(table.getDate() != null && !table.getParticipants().isEmpty(),
                    Rule.ROUND_TABLE_COMPLETE, label(table));
            case nl.regie.model.ReAimScore score -> checks.require(score.getDimension() != null
                    && (score.getValue() == null || (score.getValue() >= 0 && score.getValue() <= 100)),
                    Rule.RE_AIM_SCORE, label(score.eContainer()), score.getValue());
            case nl.regie.model.Adaptation adaptation -> checks.require(!blank(adaptation.getChange())
                    && !blank(adaptation.getReason()), Rule.ADAPTATION_COMPLETE, label(adaptation.eContainer()));
            case Concern concern -> checks.require(concern.getPartner() != null && !blank(concern.getText()),
                    Rule.CONCERN_COMPLETE, label(concern.eContainer()));
            case Action action -> checkAction(action, checks);
            case Involvement involvement -> checks.require(involvement.getPartner() != null,
                    Rule.INVOLVEMENT_PARTNER_REQUIRED, label(involvement.eContainer()));
            case Signal signal -> checkSignal(signal, checks);
            case Intervention intervention -> checks.require(
                    !intervention.isNotRecommended() || !blank(intervention.getNotRecommendedReason()),
                    Rule.NOT_RECOMMENDED_REASON_REQUIRED, label(intervention));
            case Agreement agreement -> checks.require(agreement.getPartners().size() >= 2,
                    Rule.AGREEMENT_PARTNERS_REQUIRED, label(agreement), agreement.getPartners().size());
            case Indicator indicator -> checks.require(!blank(indicator.getUnit()), Rule.INDICATOR_UNIT_REQUIRED,
                    label(indicator));
            case TargetGroup group -> checkTargetGroup(group, checks);
            case Measurement measurement -> checks.require(
                    measurement.getMeasuredOn() != null && measurement.getValue() != null
                            && Double.isFinite(measurement.getValue()),
                    Rule.MEASUREMENT_COMPLETE, label(measurement.eContainer()));
            default -> {
                // Partner, Substance, Setting, Area: only the name rule applies.
            }
        }
        return valid && checks.valid;
    }

    private static void checkMunicipality(Municipality municipality, Checks checks) {
        String code = municipality.getCbsCode();
        checks.require(blank(code) || CBS_CODE.matcher(code.strip()).matches(), Rule.CBS_CODE_FORMAT,
                label(municipality), code);
    }

    private static void checkPolicy(Policy policy, Checks checks) {
        checks.require(!blank(policy.getTitle()), Rule.POLICY_TITLE_REQUIRED, label(policy));
        checks.period(policy.getStartDate(), policy.getEndDate());
    }

    private static void checkGoal(Goal goal, Checks checks) {
        checks.require(!blank(goal.getStatement()), Rule.GOAL_STATEMENT_REQUIRED, label(goal.eContainer()));
        checks.require(!goal.getPillars().isEmpty(), Rule.GOAL_PILLAR_REQUIRED, label(goal));
        checks.require(!goal.getDomains().isEmpty(), Rule.GOAL_DOMAIN_REQUIRED, label(goal));
    }

    private static void checkAction(Action action, Checks checks) {
        String name = label(action);
        checks.require(!blank(action.getTitle()), Rule.ACTION_TITLE_REQUIRED, label(action.eContainer()));
        checks.require(action.getOwner() != null, Rule.ACTION_OWNER_REQUIRED, name);
        checks.require(action.isSetPillar(), Rule.ACTION_PILLAR_REQUIRED, name);
        checks.require(action.isSetDomain(), Rule.ACTION_DOMAIN_REQUIRED, name);
        BigDecimal budget = action.getBudget();
        checks.require(budget == null || budget.signum() >= 0, Rule.BUDGET_NOT_NEGATIVE, name, budget);
        Integer fidelity = action.getFidelity();
        checks.require(fidelity == null || (fidelity >= 0 && fidelity <= 100), Rule.FIDELITY_RANGE, name, fidelity);
        checks.period(action.getStartDate(), action.getEndDate());
        Intervention intervention = action.getIntervention();
        checks.require(intervention == null || !intervention.isNotRecommended(),
                Rule.ACTION_NOT_RECOMMENDED_INTERVENTION, name, intervention == null ? "" : label(intervention),
                intervention == null ? "" : intervention.getNotRecommendedReason());
        Policy policy = enclosing(action, Policy.class);
        if (policy != null && action.getStartDate() != null && action.getEndDate() != null && !reversed(policy)) {
            boolean inside = (policy.getStartDate() == null || !action.getStartDate().isBefore(policy.getStartDate()))
                    && (policy.getEndDate() == null || !action.getEndDate().isAfter(policy.getEndDate()));
            checks.require(inside, Rule.ACTION_OUTSIDE_POLICY_PERIOD, name, action.getStartDate(),
                    action.getEndDate(), policy.getTitle(), policy.getStartDate(), policy.getEndDate());
        }
    }

    /** A policy whose own period is reversed is reported once, not again on each of its actions. */
    private static boolean reversed(Policy policy) {
        return policy.getStartDate() != null && policy.getEndDate() != null
                && policy.getEndDate().isBefore(policy.getStartDate());
    }

    private static void checkSignal(Signal signal, Checks checks) {
        String name = label(signal);
        checks.require(signal.getSource() != null, Rule.SIGNAL_SOURCE_REQUIRED, name);
        checks.require(signal.getObservedOn() != null, Rule.SIGNAL_OBSERVED_REQUIRED, name);
        LocalDate observed = signal.getObservedOn();
        LocalDate reported = signal.getReportedOn();
        checks.require(observed == null || reported == null || !reported.isBefore(observed), Rule.SIGNAL_DATE_ORDER,
                name, observed, reported);
        checks.require(signal.getStatus() != SignalStatus.RETRACTED || !blank(signal.getRetractionReason()),
                Rule.SIGNAL_RETRACTION_REASON_REQUIRED, name);
    }

    private static void checkTargetGroup(TargetGroup group, Checks checks) {
        Integer min = group.getMinimumAge();
        Integer max = group.getMaximumAge();
        boolean valid = (min == null || min >= 0) && (max == null || max >= 0)
                && (min == null || max == null || min <= max);
        checks.require(valid, Rule.TARGET_GROUP_AGES, label(group), min, max);
    }

    /** A short human label for messages: name, title, statement or description, else the type and id. */
    public static String label(EObject object) {
        if (object == null) {
            return "?";
        }
        String text = switch (object) {
            case NamedElement named -> named.getName();
            case Policy policy -> policy.getTitle();
            case ActionPlan plan -> plan.getTitle();
            case Action action -> action.getTitle();
            case Agreement agreement -> agreement.getTitle();
            case Milestone milestone -> milestone.getTitle();
            case RoundTable table -> table.getTitle();
            case Concern concern -> concern.getText();
            case Goal goal -> goal.getStatement();
            case Signal signal -> signal.getDescription();
            default -> null;
        };
        if (blank(text)) {
            String id = object instanceof nl.regie.model.RegieObject regie ? regie.getId() : null;
            return object.eClass().getName() + (blank(id) ? "" : " " + id);
        }
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static <T> T enclosing(EObject object, Class<T> type) {
        for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
            if (type.isInstance(container)) {
                return type.cast(container);
            }
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Collects the diagnostics of one object. */
    private static final class Checks {
        private final EObject object;
        private final DiagnosticChain diagnostics;
        private boolean valid = true;

        Checks(EObject object, DiagnosticChain diagnostics) {
            this.object = object;
            this.diagnostics = diagnostics;
        }

        void require(boolean condition, Rule rule, Object... arguments) {
            if (condition) {
                return;
            }
            if (rule.severity() == Diagnostic.ERROR) {
                valid = false;
            }
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(rule.severity(), DIAGNOSTIC_SOURCE, rule.code(),
                        rule.message(arguments), new Object[] {object, rule}));
            }
        }

        void period(LocalDate start, LocalDate end) {
            require(start == null || end == null || !end.isBefore(start), Rule.PERIOD_ORDER, label(object), start, end);
        }
    }
}
