// SPDX-License-Identifier: EPL-2.0
package nl.regie.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Concern;
import nl.regie.model.ConcernKind;
import nl.regie.model.Domain;
import nl.regie.model.Municipality;
import nl.regie.model.RoundTable;
import nl.regie.model.Pillar;
import nl.regie.model.Setting;
import nl.regie.model.Track;
import nl.regie.model.edit.RegieLabels;
import nl.regie.model.validation.RegieModelValidator;
import nl.regie.planning.internal.Texts;
import nl.regie.signals.clusters.ClusterDetector;
import nl.regie.signals.clusters.ClusterDetector.Cluster;

/**
 * The coherence of a multi-track plan, as one EMF {@link Diagnostic}: the model's own rules for the plan and all it
 * holds (an action without an owner, an action relying on an intervention advised against, a period that ends before
 * it starts, ...) and the plan-level checks of this class, each with a stable code and a message in the user's
 * language (then the checks organisations contribute as {@link CoherenceCheck} services):
 * <ul>
 * <li>{@link Check#CLUSTER_UNANSWERED}: a worrying cluster that no action answers (no action keeps its key or links a
 * signal of it);
 * <li>{@link Check#PILLAR_EMPTY}, {@link Check#DOMAIN_EMPTY}: a pillar or domain without any action;
 * <li>{@link Check#SUPPLY_ALONE}: a supply measure in a setting with no demand or harm-reduction measure there;
 * <li>{@link Check#OVER_BUDGET}: the actions together cost more than the plan's budget;
 * <li>{@link Check#GAP_UNANSWERED}: a partner said at a round table feeding this plan that it lacks knowledge or
 * skills, and no action of the plan answers it.
 * </ul>
 */
public final class Coherence {

    /** The diagnostic source of the plan-level checks. */
    public static final String SOURCE = "nl.regie.planning";

    /** The code of the finding that a contributed check failed. */
    public static final int CHECK_FAILED = 199;

    /** The plan-level checks, with their diagnostic codes. */
    public enum Check {
        CLUSTER_UNANSWERED(101), PILLAR_EMPTY(102), DOMAIN_EMPTY(103), SUPPLY_ALONE(104), OVER_BUDGET(105), GAP_UNANSWERED(106);

        private final int code;

        Check(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private final Locale locale;
    private final List<? extends CoherenceCheck> contributed;

    public Coherence() {
        this(Locale.getDefault());
    }

    public Coherence(Locale locale) {
        this(locale, List.of());
    }

    /** With the checks organisations contributed ({@link CoherenceCheck} services), run after Regie's own. */
    public Coherence(Locale locale, List<? extends CoherenceCheck> contributed) {
        this.locale = locale;
        this.contributed = contributed;
    }

    /**
     * Checks {@code plan} against itself and the worrying clusters.
     *
     * @param worrying the flagged clusters (others are ignored)
     * @param names the name of a workspace object by its id, for the messages
     */
    public Diagnostic check(ActionPlan plan, List<Cluster> worrying, Function<String, String> names) {
        BasicDiagnostic result = new BasicDiagnostic(SOURCE, 0, Texts.text(locale, "coherence.plan", plan.getTitle()),
                new Object[] {plan});
        Diagnostic model = RegieModelValidator.validateAll(plan);
        if (model.getSeverity() != Diagnostic.OK) {
            model.getChildren().forEach(result::add);
        }
        List<Action> actions = new ArrayList<>();
        for (Track track : plan.getTracks()) {
            actions.addAll(track.getActions());
        }
        for (Cluster cluster : worrying) {
            if (cluster.flagged() && actions.stream().noneMatch(action -> answers(action, cluster))) {
                result.add(warning(Check.CLUSTER_UNANSWERED, plan, "cluster.unanswered", describe(cluster, names)));
            }
        }
        Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        Map<Setting, Set<Pillar>> bySetting = new LinkedHashMap<>();
        for (Action action : actions) {
            if (action.isSetPillar()) {
                pillars.add(action.getPillar());
                if (action.getSetting() != null) {
                    bySetting.computeIfAbsent(action.getSetting(), s -> EnumSet.noneOf(Pillar.class)).add(action.getPillar());
                }
            }
            if (action.isSetDomain()) {
                domains.add(action.getDomain());
            }
        }
        for (Pillar pillar : Pillar.VALUES) {
            if (!pillars.contains(pillar)) {
                result.add(warning(Check.PILLAR_EMPTY, plan, "pillar.empty", label(pillar)));
            }
        }
        for (Domain domain : Domain.VALUES) {
            if (!domains.contains(domain)) {
                result.add(warning(Check.DOMAIN_EMPTY, plan, "domain.empty", label(domain)));
            }
        }
        bySetting.forEach((setting, present) -> {
            if (present.contains(Pillar.SUPPLY_REDUCTION) && !present.contains(Pillar.DEMAND_REDUCTION)
                    && !present.contains(Pillar.HARM_REDUCTION)) {
                result.add(warning(Check.SUPPLY_ALONE, setting, "supply.alone", setting.getName()));
            }
        });
        BigDecimal total = PlanEditing.total(plan);
        if (plan.getBudget() != null && total.compareTo(plan.getBudget()) > 0) {
            result.add(warning(Check.OVER_BUDGET, plan, "budget.over", PlanEditing.euros(total, locale),
                    PlanEditing.euros(plan.getBudget(), locale), PlanEditing.euros(total.subtract(plan.getBudget()), locale)));
        }
        if (plan.eContainer() != null && plan.eContainer().eContainer() instanceof Municipality municipality) {
            for (RoundTable table : municipality.getRoundTables()) {
                if (table.getPlan() != plan) {
                    continue;
                }
                for (Concern concern : table.getConcerns()) {
                    if (concern.getKind() != ConcernKind.WORRY && !actions.contains(concern.getAnsweredBy())) {
                        result.add(warning(Check.GAP_UNANSWERED, concern, "gap.unanswered",
                                concern.getPartner() == null ? "?" : concern.getPartner().getName(), table.getTitle(),
                                label(concern.getKind()), concern.getText()));
                    }
                }
            }
        }
        for (CoherenceCheck check : contributed) {
            try {
                for (Diagnostic finding : check.check(plan, worrying, locale)) {
                    if (finding != null) {
                        result.add(finding);
                    }
                }
            } catch (RuntimeException | LinkageError e) {
                // one organisation's broken check is a finding, not a broken plan board
                result.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, CHECK_FAILED,
                        Texts.text(locale, "check.failed", nameOf(check), String.valueOf(e.getMessage())),
                        new Object[] {plan}));
            }
        }
        return result;
    }

    /**
     * True when the action answers the cluster: it keeps the key of a cluster about the same signals at another level
     * of detail ({@link PlanEditing#covers}), or it links a signal of the workspace that belongs to the cluster.
     */
    static boolean answers(Action action, Cluster cluster) {
        return action.getClusters().stream().anyMatch(key -> PlanEditing.covers(key, cluster))
                || action.getSignals().stream().anyMatch(signal -> PlanEditing.belongs(signal, cluster));
    }

    private static String describe(Cluster cluster, Function<String, String> names) {
        return "'" + String.join(", ", ClusterDetector.describe(cluster, names, dimension -> "-")) + "' ("
                + cluster.recent() + ")";
    }

    /** A contributed check's name, or its class when even that fails. */
    private String nameOf(CoherenceCheck check) {
        try {
            return check.name(locale);
        } catch (RuntimeException | LinkageError e) {
            return check.getClass().getName();
        }
    }

    private String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }

    private BasicDiagnostic warning(Check check, Object subject, String key, Object... arguments) {
        return new BasicDiagnostic(Diagnostic.WARNING, SOURCE, check.code(), Texts.text(locale, key, arguments),
                new Object[] {subject});
    }
}
