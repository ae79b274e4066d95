// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Domain;
import nl.regie.model.Pillar;
import nl.regie.model.ReAimDimension;
import nl.regie.model.ReAimScore;
import nl.regie.model.Track;
import nl.regie.model.edit.RegieLabels;
import nl.regie.evaluation.internal.Texts;

/**
 * The RE-AIM scorecard of a plan: each action's scores (Reach, Effectiveness, Adoption, Implementation, Maintenance;
 * 0 to 100) with their measure and data source, rolled up per track, pillar, domain and for the whole plan as the mean
 * of the scores present per dimension. A row says how many of its actions have any score: a mean over two of twelve
 * actions is shown as such, never as the plan's score.
 */
public final class Scorecard {

    /** The level a row sums up. */
    public enum Level {
        PLAN, PILLAR, DOMAIN, TRACK, ACTION
    }

    /** One row: the mean score per dimension of its actions (a dimension nobody scored is absent). */
    public record Row(Level level, String name, Map<ReAimDimension, Double> scores, int actions, int assessed) {
        public Row {
            // an empty map stays empty (EnumMap cannot copy an empty map that is not an EnumMap)
            scores = scores.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(scores));
        }

        /** The score of a dimension, or null when none of the row's actions has one. */
        public Double score(ReAimDimension dimension) {
            return scores.get(dimension);
        }
    }

    private Scorecard() {
    }

    /** The plan row, then a row per pillar, per domain, per track and per action. */
    public static List<Row> of(ActionPlan plan) {
        List<Action> all = new ArrayList<>();
        plan.getTracks().forEach(track -> all.addAll(track.getActions()));
        List<Row> rows = new ArrayList<>();
        rows.add(row(Level.PLAN, plan.getTitle(), all));
        group(rows, Level.PILLAR, all, a -> a.isSetPillar() ? a.getPillar() : null, Pillar.VALUES);
        group(rows, Level.DOMAIN, all, a -> a.isSetDomain() ? a.getDomain() : null, Domain.VALUES);
        for (Track track : plan.getTracks()) {
            rows.add(row(Level.TRACK, track.getName(), track.getActions()));
        }
        for (Action action : all) {
            rows.add(row(Level.ACTION, action.getTitle(), List.of(action)));
        }
        return rows;
    }

    private static <E extends Enum<E>> void group(List<Row> rows, Level level, List<Action> actions,
            Function<Action, E> key, List<E> values) {
        Map<E, List<Action>> groups = new LinkedHashMap<>();
        values.forEach(v -> groups.put(v, new ArrayList<>()));
        for (Action action : actions) {
            E value = key.apply(action);
            if (value != null) {
                groups.get(value).add(action);
            }
        }
        groups.forEach((value, members) -> rows.add(row(level, label(value), members)));
    }

    private static Row row(Level level, String name, List<Action> actions) {
        Map<ReAimDimension, double[]> sums = new EnumMap<>(ReAimDimension.class);
        int assessed = 0;
        for (Action action : actions) {
            boolean any = false;
            for (ReAimScore score : action.getReAim()) {
                if (score.getValue() != null && score.getDimension() != null) {
                    double[] sum = sums.computeIfAbsent(score.getDimension(), d -> new double[2]);
                    sum[0] += score.getValue();
                    sum[1]++;
                    any = true;
                }
            }
            if (any) {
                assessed++;
            }
        }
        Map<ReAimDimension, Double> means = new EnumMap<>(ReAimDimension.class);
        sums.forEach((dimension, sum) -> means.put(dimension, sum[0] / sum[1]));
        return new Row(level, name, means, actions.size(), assessed);
    }

    /** What a dimension means (from RE-AIM), in the user's language. */
    public static String definition(ReAimDimension dimension, Locale locale) {
        return Texts.text(locale, "reaim." + dimension.getName());
    }

    private static String label(Enum<?> value) {
        String label = RegieLabels.enumerated(value);
        return label == null ? value.name() : label;
    }
}
