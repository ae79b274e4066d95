// SPDX-License-Identifier: EPL-2.0
package nl.regie.planning;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.ActionStatus;
import nl.regie.model.Agreement;
import nl.regie.model.Concern;
import nl.regie.model.ConcernKind;
import nl.regie.model.Domain;
import nl.regie.model.Intervention;
import nl.regie.model.Involvement;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.PartnerKind;
import nl.regie.model.PartnerRole;
import nl.regie.model.Pillar;
import nl.regie.model.Policy;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegiePackage;
import nl.regie.model.RoundTable;
import nl.regie.model.Signal;
import nl.regie.model.Substance;
import nl.regie.model.Track;
import nl.regie.planning.Recommender.Need;
import nl.regie.planning.internal.Texts;
import nl.regie.signals.clusters.ClusterDetector.Cluster;
import nl.regie.store.SignalDimension;

/**
 * Building a multi-track plan as EMF commands on an {@link EditingDomain}, so that every step can be undone and redone:
 * a new plan, a track with its lead, an action from a recommended intervention (answering the signals of a cluster),
 * an owner, and the flow of a round table (overleg) into the plan, where what partners said they lack becomes an
 * expertise-promotion action. Each method returns the command, not yet executed, and the object it makes; run it with
 * {@code domain.getCommandStack().execute(command)}.
 */
public final class PlanEditing {

    private static final RegieFactory F = RegieFactory.eINSTANCE;
    private static final RegiePackage P = RegiePackage.eINSTANCE;

    /** A command and the object it adds once executed. */
    public record Created<T extends EObject>(Command command, T object) {
    }

    private final EditingDomain domain;
    private final Locale locale;

    public PlanEditing(EditingDomain domain, Locale locale) {
        this.domain = Objects.requireNonNull(domain);
        this.locale = Objects.requireNonNull(locale);
    }

    /** A new, empty plan in {@code policy}, running over the policy's period. */
    public Created<ActionPlan> newPlan(Policy policy, String title, LocalDate start, LocalDate end, BigDecimal budget) {
        ActionPlan plan = F.createActionPlan();
        plan.setId(newId(policy, "plan"));
        plan.setTitle(title);
        plan.setStartDate(start == null ? policy.getStartDate() : start);
        plan.setEndDate(end == null ? policy.getEndDate() : end);
        plan.setBudget(budget);
        return new Created<>(AddCommand.create(domain, policy, P.getPolicy_ActionPlans(), plan), plan);
    }

    /** A track led by {@code lead} (may be null, which the coherence check reports). */
    public Created<Track> addTrack(ActionPlan plan, String name, Partner lead) {
        Track track = F.createTrack();
        track.setId(newId(plan, "spoor"));
        track.setName(name);
        track.setOwner(lead);
        return new Created<>(AddCommand.create(domain, plan, P.getActionPlan_Tracks(), track), track);
    }

    /**
     * An action applying {@code intervention} for {@code need}, owned by {@code owner}, answering {@code signals}. The
     * action's pillar is the first of the intervention's pillars that the need asks for (else its first pillar); its
     * domain is the owner's. An intervention from a contributed catalogue is copied into the workspace first (once), so
     * that the plan keeps it when it is saved.
     */
    public Created<Action> addAction(Track track, Intervention intervention, Need need, Partner owner,
            Collection<Signal> signals) {
        return addAction(track, intervention, need, owner, signals, null);
    }

    /**
     * As {@link #addAction(Track, Intervention, Need, Partner, Collection)}, and the action answers {@code cluster}
     * (its key is kept with the action, its signals in the workspace are linked); {@code cluster} may be null.
     */
    public Created<Action> addAction(Track track, Intervention intervention, Need need, Partner owner,
            Collection<Signal> signals, Cluster cluster) {
        if (!(track.eContainer() instanceof ActionPlan plan)) {
            throw new IllegalArgumentException("the track is not in a plan yet (run the command that adds it first): "
                    + track.getName());
        }
        Need asked = need == null ? new Need(null, null, null) : need;
        Municipality municipality = municipality(plan);
        CompoundCommand command = new CompoundCommand(Texts.text(locale, "command.addAction"));
        Action action = F.createAction();
        action.setId(newId(track, "actie"));
        if (intervention != null) {
            Intervention own = municipality.getInterventions().stream()
                    .filter(i -> Objects.equals(i.getId(), intervention.getId())).findFirst().orElse(null);
            if (own == null) {
                own = EcoreUtil.isAncestor(municipality, intervention) ? intervention : EcoreUtil.copy(intervention);
                if (own.eContainer() == null) {
                    command.append(AddCommand.create(domain, municipality, P.getMunicipality_Interventions(), own));
                }
            }
            action.setIntervention(own);
            action.setTitle(own.getName());
            Pillar pillar = own.getPillars().stream().filter(asked.pillars()::contains).findFirst()
                    .orElse(own.getPillars().isEmpty() ? null : own.getPillars().get(0));
            if (pillar != null) {
                action.setPillar(pillar);
            }
        } else if (!asked.pillars().isEmpty()) {
            action.setPillar(asked.pillars().iterator().next());
        }
        action.setOwner(owner);
        if (owner != null && owner.getDomain() != null) {
            action.setDomain(owner.getDomain());
        }
        action.setTargetGroup(asked.targetGroup());
        action.setSetting(asked.setting());
        action.setStatus(ActionStatus.PROPOSED);
        action.setStartDate(plan.getStartDate());
        action.setEndDate(plan.getEndDate());
        Set<Signal> linked = new LinkedHashSet<>();
        if (signals != null) {
            linked.addAll(signals);
        }
        if (cluster != null) {
            action.getClusters().add(key(cluster));
            linked.addAll(signalsOf(municipality, cluster));
        }
        action.getSignals().addAll(linked);
        command.append(AddCommand.create(domain, track, P.getTrack_Actions(), action));
        return new Created<>(command, action);
    }

    /**
     * Records a round table (overleg): when, who was at the table, the shared picture and the keys of the clusters in
     * it (see {@link #key}); concerns and agreements are added to it with {@link #addConcern} and {@link #addAgreement}.
     */
    public Created<RoundTable> newRoundTable(Municipality municipality, String title, LocalDate date,
            Collection<Partner> participants, String picture, Collection<String> clusters) {
        RoundTable table = F.createRoundTable();
        table.setId(newId(municipality, "overleg"));
        table.setTitle(title);
        table.setDate(date);
        if (participants != null) {
            table.getParticipants().addAll(participants);
        }
        table.setPicture(picture);
        if (clusters != null) {
            table.getClusters().addAll(clusters);
        }
        return new Created<>(AddCommand.create(domain, municipality, P.getMunicipality_RoundTables(), table), table);
    }

    /** A partner's worry, or the knowledge or skills it says it lacks, raised at a round table. */
    public Created<Concern> addConcern(RoundTable table, Partner partner, ConcernKind kind, String text) {
        Concern concern = F.createConcern();
        concern.setId(newId(table, "zorg"));
        concern.setPartner(partner);
        concern.setKind(kind);
        concern.setText(text);
        return new Created<>(AddCommand.create(domain, table, P.getRoundTable_Concerns(), concern), concern);
    }

    /** An agreement made at a round table, e.g. on how partners handle signals from now on. */
    public Created<Agreement> addAgreement(RoundTable table, String title, String description,
            Collection<Partner> partners) {
        Agreement agreement = F.createAgreement();
        agreement.setId(newId(table, "afspraak"));
        agreement.setTitle(title);
        agreement.setDescription(description);
        agreement.setAgreedOn(table.getDate());
        agreement.getPartners().addAll(partners);
        return new Created<>(AddCommand.create(domain, table, P.getRoundTable_Agreements(), agreement), agreement);
    }

    /** Sets (or, with null, removes) the owner of an action. */
    public Command setOwner(Action action, Partner owner) {
        return SetCommand.create(domain, action, P.getAction_Owner(), owner == null ? SetCommand.UNSET_VALUE : owner);
    }

    /**
     * Lets a round table flow into a plan: the table feeds the plan; what partners said they lack becomes one
     * expertise-promotion action for all who lack knowledge and one for all who lack skills (each partner involved as
     * participant, owned by the addiction-care prevention service, else the public health service), placed in
     * {@code track} or, when null, in a new track for expertise promotion; the concerns are marked answered (a gap
     * answered in another plan by an intervention this plan applies too is answered by this plan's action); the
     * table's agreements on signals are added to the plan's agreements (once). Returns null when there is nothing to do.
     */
    public Command flowIntoPlan(RoundTable table, ActionPlan plan, Track track) {
        Municipality municipality = municipality(plan);
        CompoundCommand command = new CompoundCommand(Texts.text(locale, "command.flow", table.getTitle()));
        if (table.getPlan() != plan) {
            command.append(SetCommand.create(domain, table, P.getRoundTable_Plan(), plan));
        }
        List<Action> inPlan = new ArrayList<>();
        plan.getTracks().forEach(t -> inPlan.addAll(t.getActions()));
        Track target = track;
        List<Action> made = new ArrayList<>();
        // a gap answered elsewhere by an intervention this plan applies too is answered here by that action
        List<Concern> open = new ArrayList<>();
        for (Concern concern : table.getConcerns()) {
            if (concern.getKind() == ConcernKind.WORRY || inPlan.contains(concern.getAnsweredBy())) {
                continue;
            }
            Intervention by = concern.getAnsweredBy() == null ? null : concern.getAnsweredBy().getIntervention();
            Action same = by == null ? null
                    : inPlan.stream().filter(a -> a.getIntervention() == by).findFirst().orElse(null);
            if (same != null) {
                command.append(SetCommand.create(domain, concern, P.getConcern_AnsweredBy(), same));
            } else {
                open.add(concern);
            }
        }
        for (ConcernKind kind : List.of(ConcernKind.KNOWLEDGE_GAP, ConcernKind.SKILL_GAP)) {
            List<Concern> gaps = open.stream().filter(c -> c.getKind() == kind).toList();
            if (gaps.isEmpty()) {
                continue;
            }
            if (target == null) {
                Created<Track> created = addTrack(plan, Texts.text(locale, "track.expertise"), expertise(municipality));
                command.append(created.command());
                target = created.object();
            }
            Action action = F.createAction();
            action.setId(newId(plan, "actie"));
            Set<Partner> partners = new LinkedHashSet<>();
            gaps.forEach(c -> partners.add(c.getPartner()));
            partners.remove(null);
            String who = partners.stream().map(Partner::getName).collect(Collectors.joining(", "));
            action.setTitle(kind == ConcernKind.KNOWLEDGE_GAP
                    ? Texts.text(locale, "gap.knowledge", substances(table, municipality), who)
                    : Texts.text(locale, "gap.skills", who));
            action.setDescription(Texts.text(locale, "gap.description", table.getTitle(), table.getDate(),
                    gaps.stream().map(Concern::getText).distinct().collect(Collectors.joining(" "))));
            action.setPillar(Pillar.DEMAND_REDUCTION);
            Partner owner = expertise(municipality);
            action.setOwner(owner);
            action.setDomain(owner != null && owner.getDomain() != null ? owner.getDomain() : Domain.HEALTH);
            action.setStatus(ActionStatus.PROPOSED);
            action.setStartDate(plan.getStartDate());
            action.setEndDate(plan.getEndDate());
            for (Partner partner : partners) {
                Involvement involvement = F.createInvolvement();
                involvement.setId(action.getId() + "-" + partners.stream().toList().indexOf(partner));
                involvement.setPartner(partner);
                involvement.setRole(PartnerRole.PARTICIPANT);
                action.getInvolvements().add(involvement);
            }
            command.append(AddCommand.create(domain, target, P.getTrack_Actions(), action));
            for (Concern concern : gaps) {
                command.append(SetCommand.create(domain, concern, P.getConcern_AnsweredBy(), action));
            }
            made.add(action);
        }
        if (!made.isEmpty()) {
            command.append(AddCommand.create(domain, table, P.getRoundTable_Actions(), made));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (Agreement agreement : table.getAgreements()) {
            String id = agreement.getId() + "-plan";
            if (plan.getAgreements().stream().noneMatch(a -> id.equals(a.getId()))) {
                Agreement copy = EcoreUtil.copy(agreement);
                copy.setId(id);
                agreements.add(copy);
            }
        }
        if (!agreements.isEmpty()) {
            command.append(AddCommand.create(domain, plan, P.getActionPlan_Agreements(), agreements));
        }
        return command.isEmpty() ? null : command.unwrap();
    }

    /**
     * The canonical key of a cluster, as actions and round tables keep it: dimension=id pairs in dimension order,
     * ';'-separated; an empty id where the cluster's value is unknown (signals that do not say).
     */
    public static String key(Cluster cluster) {
        StringBuilder key = new StringBuilder();
        for (SignalDimension dimension : SignalDimension.values()) {
            if (cluster.key().containsKey(dimension)) {
                String value = cluster.key().get(dimension);
                key.append(key.isEmpty() ? "" : ";").append(dimension.name()).append('=').append(value == null ? "" : value);
            }
        }
        return key.toString();
    }

    /**
     * True when {@code key} (as {@link #key} writes it) and {@code cluster} are about the same signals seen at different
     * levels of detail: they name the same substance and agree on every other dimension both name (a dimension only
     * one of them names may be anything). So an action for 3-MMC among minors answers the 3-MMC cluster and the 3-MMC
     * cluster among minors in the centre, not the 3-MMC cluster among young people in nightlife, the same rule as for a
     * linked signal (see {@link #signalsOf}).
     */
    public static boolean covers(String key, Cluster cluster) {
        Map<SignalDimension, String> pairs = pairs(key);
        if (pairs == null || !pairs.containsKey(SignalDimension.SUBSTANCE)) {
            return false;
        }
        for (Map.Entry<SignalDimension, String> pair : pairs.entrySet()) {
            if (cluster.key().containsKey(pair.getKey())
                    && !Objects.equals(pair.getValue(), cluster.key().get(pair.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dimension=id pairs of a cluster key as {@link #key} writes it (an empty id becomes null: unknown); null when
     * the key is empty or malformed.
     */
    public static Map<SignalDimension, String> pairs(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        Map<SignalDimension, String> pairs = new java.util.EnumMap<>(SignalDimension.class);
        for (String pair : key.split(";")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                return null;
            }
            try {
                String value = pair.substring(equals + 1).strip();
                pairs.put(SignalDimension.valueOf(pair.substring(0, equals).strip()), value.isEmpty() ? null : value);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return pairs;
    }

    /**
     * The signals of the workspace that belong to {@code cluster}: they name its substance and, where the cluster's key
     * has them, its target group, setting and area. Linking them to an action makes the action answer the cluster.
     */
    public static List<Signal> signalsOf(Municipality municipality, Cluster cluster) {
        List<Signal> signals = new ArrayList<>();
        for (Signal signal : municipality.getSignals()) {
            if (belongs(signal, cluster)) {
                signals.add(signal);
            }
        }
        return signals;
    }

    static boolean belongs(Signal signal, Cluster cluster) {
        String substance = cluster.key().get(SignalDimension.SUBSTANCE);
        return (substance == null || signal.getSubstances().stream().anyMatch(s -> Objects.equals(s.getId(), substance)))
                && same(cluster, SignalDimension.TARGET_GROUP, signal.getTargetGroup())
                && same(cluster, SignalDimension.SETTING, signal.getSetting())
                && same(cluster, SignalDimension.AREA, signal.getArea());
    }

    private static boolean same(Cluster cluster, SignalDimension dimension, nl.regie.model.RegieObject value) {
        return !cluster.key().containsKey(dimension)
                || Objects.equals(cluster.key().get(dimension), value == null ? null : value.getId());
    }

    /** The budget of all actions of a plan (actions without a budget count as zero). */
    public static BigDecimal total(ActionPlan plan) {
        BigDecimal total = BigDecimal.ZERO;
        for (Track track : plan.getTracks()) {
            for (Action action : track.getActions()) {
                if (action.getBudget() != null) {
                    total = total.add(action.getBudget());
                }
            }
        }
        return total;
    }

    /** An amount in euros as the user's language writes it. */
    public static String euros(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(
                "nl".equals(locale.getLanguage()) ? Locale.of("nl", "NL") : locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }

    private String substances(RoundTable table, Municipality municipality) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : table.getClusters()) {
            for (String pair : key.split(";")) {
                if (pair.startsWith(SignalDimension.SUBSTANCE.name() + "=")) {
                    String id = pair.substring(pair.indexOf('=') + 1);
                    municipality.getSubstances().stream().filter(s -> s.getId().equals(id)).map(Substance::getName)
                            .findFirst().ifPresent(names::add);
                }
            }
        }
        return names.isEmpty() ? "?" : String.join(", ", names);
    }

    /** The partner that typically promotes expertise: addiction-care prevention, else the public health service. */
    private static Partner expertise(Municipality municipality) {
        for (PartnerKind kind : List.of(PartnerKind.ADDICTION_CARE_PREVENTION, PartnerKind.PUBLIC_HEALTH_SERVICE)) {
            for (Partner partner : municipality.getPartners()) {
                if (partner.getKind() == kind) {
                    return partner;
                }
            }
        }
        return null;
    }

    private static Municipality municipality(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Municipality municipality) {
                return municipality;
            }
        }
        throw new IllegalArgumentException("not inside a municipality: " + object);
    }

    private static String newId(EObject near, String kind) {
        String prefix;
        try {
            prefix = municipality(near).getId();
        } catch (IllegalArgumentException e) {
            prefix = null;
        }
        return (prefix == null || prefix.isBlank() ? "" : prefix + "-") + kind + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
