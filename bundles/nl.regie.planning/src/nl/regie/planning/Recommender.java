// SPDX-License-Identifier: EPL-2.0
package nl.regie.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.regie.catalog.InterventionCatalogue;
import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.CostIndication;
import nl.regie.model.EvidenceLevel;
import nl.regie.model.Intervention;
import nl.regie.model.Pillar;
import nl.regie.model.Setting;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;
import nl.regie.model.edit.RegieLabels;
import nl.regie.planning.internal.Texts;

/**
 * Ranks catalogue interventions for a need (a worrying cluster's target group and setting, and the pillars the plan
 * lacks), and says why each ranks where it does. Points, added up: the setting the intervention is delivered in
 * matches the need's (3); its target groups share a word with the need's group (2); for each of its pillars the plan
 * does not cover yet (2), or that the need asks for (1); its recognition level (0 for not assessed up to 5 for strong
 * indications); low cost (1) or high cost (-1); a lapsed recognition (-3). Interventions advised against come last,
 * whatever their points, with the reason. Substances are not matched: the catalogue does not record them.
 */
public final class Recommender {

    /** What a recommendation is for; any part may be null or empty. */
    public record Need(TargetGroup targetGroup, Setting setting, Set<Pillar> pillars) {
        public Need {
            pillars = pillars == null || pillars.isEmpty() ? EnumSet.noneOf(Pillar.class) : EnumSet.copyOf(pillars);
        }
    }

    /** An intervention, its points and the reasons for them, in the order they were counted. */
    public record Recommendation(Intervention intervention, int score, List<String> reasons, boolean advisedAgainst) {
    }

    private final Locale locale;

    public Recommender() {
        this(Locale.getDefault());
    }

    public Recommender(Locale locale) {
        this.locale = locale;
    }

    /** Every entry of {@code catalogue}, best first; {@code plan} may be null. */
    public List<Recommendation> recommend(Need need, List<Intervention> catalogue, ActionPlan plan, LocalDate today) {
        Set<Pillar> covered = EnumSet.noneOf(Pillar.class);
        if (plan != null) {
            for (Track track : plan.getTracks()) {
                for (Action action : track.getActions()) {
                    if (action.isSetPillar()) {
                        covered.add(action.getPillar());
                    }
                }
            }
        }
        List<Recommendation> ranked = new ArrayList<>();
        for (Intervention intervention : catalogue) {
            ranked.add(rank(intervention, need, plan == null ? null : covered, today));
        }
        ranked.sort(Comparator.comparing(Recommendation::advisedAgainst).thenComparing(Recommendation::score,
                Comparator.reverseOrder()).thenComparing(r -> r.intervention().getName()));
        return ranked;
    }

    private Recommendation rank(Intervention intervention, Need need, Set<Pillar> covered, LocalDate today) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        if (need.setting() != null && need.setting().getKind() != null
                && intervention.getSettings().contains(need.setting().getKind())) {
            score += 3;
            reasons.add(Texts.text(locale, "rank.setting", need.setting().getName()));
        }
        if (need.targetGroup() != null) {
            for (String group : intervention.getTargetGroups()) {
                if (shareAWord(group, need.targetGroup().getName())) {
                    score += 2;
                    reasons.add(Texts.text(locale, "rank.group", group));
                    break;
                }
            }
        }
        for (Pillar pillar : intervention.getPillars()) {
            if (covered != null && !covered.contains(pillar)) {
                score += 2;
                reasons.add(Texts.text(locale, "rank.pillar.gap", label(pillar)));
            } else if (need.pillars().contains(pillar)) {
                score += 1;
                reasons.add(Texts.text(locale, "rank.pillar", label(pillar)));
            }
        }
        EvidenceLevel level = intervention.getEvidenceLevel();
        if (level == null || level == EvidenceLevel.NOT_ASSESSED) {
            reasons.add(Texts.text(locale, "rank.notAssessed"));
        } else {
            score += level.getValue();
            reasons.add(Texts.text(locale, "rank.level", label(level)));
        }
        if (InterventionCatalogue.lapsed(intervention, today)) {
            score -= 3;
            reasons.add(Texts.text(locale, "rank.lapsed", intervention.getRecognitionValidUntil()));
        }
        if (intervention.getCostIndication() == CostIndication.LOW) {
            score += 1;
            reasons.add(Texts.text(locale, "rank.cost.low"));
        } else if (intervention.getCostIndication() == CostIndication.HIGH) {
            score -= 1;
            reasons.add(Texts.text(locale, "rank.cost.high"));
        }
        if (intervention.isNotRecommended()) {
            reasons.add(Texts.text(locale, "rank.notRecommended", intervention.getNotRecommendedReason()));
        }
        return new Recommendation(intervention, score, List.copyOf(reasons), intervention.isNotRecommended());
    }

    /** True when the two texts share a word of five letters or more (compared on its first six letters). */
    static boolean shareAWord(String a, String b) {
        Set<String> left = stems(a);
        for (String stem : stems(b)) {
            if (left.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        if (text == null) {
            return stems;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+")) {
            if (word.length() >= 5) {
                stems.add(word.substring(0, Math.min(6, word.length())));
            }
        }
        return stems;
    }

    private String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }
}
