// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.ActionStatus;
import nl.regie.model.Direction;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Measurement;
import nl.regie.model.Milestone;
import nl.regie.model.Track;

/**
 * Progress of a plan, per track: how its actions are carried out (status, mean fidelity, milestones reached) and how
 * the indicators of the goals they serve move from their baseline towards their target. An indicator's latest value
 * is its latest measurement of the total (no breakdown); the share of the way from baseline to target is computed in
 * the indicator's direction.
 */
public final class Progress {

    /** Where an indicator stands. */
    public enum Standing {
        /** No measurement of the total yet. */
        NO_DATA,
        /** Measured, but baseline or target is not set: progress cannot be said. */
        NO_TARGET,
        /** Less than half of the way from baseline to target (or moving the wrong way). */
        BEHIND,
        /** Half of the way or more. */
        ON_TRACK,
        /** At or past the target. */
        REACHED
    }

    /** One indicator: baseline, target, the latest total measurement and the share of the way done (null: unknown). */
    public record IndicatorProgress(Indicator indicator, Double baseline, Double target, Measurement latest, Double share,
            Standing standing) {
    }

    /** One track: its actions by status, mean fidelity (null: none assessed), milestones and indicators. */
    public record TrackProgress(Track track, Map<ActionStatus, Integer> statuses, Double fidelity, int milestonesReached,
            int milestones, List<IndicatorProgress> indicators) {

        /** Actions in progress or completed, of all actions. */
        public int underway() {
            return statuses.getOrDefault(ActionStatus.IN_PROGRESS, 0) + statuses.getOrDefault(ActionStatus.COMPLETED, 0);
        }

        public int actions() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Progress() {
    }

    /** The progress of one indicator. */
    public static IndicatorProgress of(Indicator indicator) {
        Measurement latest = indicator.getMeasurements().stream()
                .filter(m -> (m.getBreakdown() == null || m.getBreakdown().isBlank()) && m.getMeasuredOn() != null
                        && m.getValue() != null)
                .max(Comparator.comparing(Measurement::getMeasuredOn)).orElse(null);
        Double baseline = indicator.getBaseline();
        Double target = indicator.getTarget();
        if (latest == null) {
            return new IndicatorProgress(indicator, baseline, target, null, null, Standing.NO_DATA);
        }
        if (baseline == null || target == null) {
            return new IndicatorProgress(indicator, baseline, target, latest, null, Standing.NO_TARGET);
        }
        double value = latest.getValue();
        Double share;
        Standing standing;
        if (indicator.getDirection() == Direction.MAINTAIN || target.equals(baseline)) {
            double tolerance = Math.max(Math.abs(target) * 0.05, 1e-9);
            share = Math.abs(value - target) <= tolerance ? 1.0 : 0.0;
            standing = share == 1.0 ? Standing.REACHED : Standing.BEHIND;
        } else {
            share = (value - baseline) / (target - baseline);
            standing = share >= 1.0 ? Standing.REACHED : share >= 0.5 ? Standing.ON_TRACK : Standing.BEHIND;
        }
        return new IndicatorProgress(indicator, baseline, target, latest, share, standing);
    }

    /** The progress of every track of the plan, in the plan's order. */
    public static List<TrackProgress> of(ActionPlan plan) {
        List<TrackProgress> tracks = new ArrayList<>();
        for (Track track : plan.getTracks()) {
            Map<ActionStatus, Integer> statuses = new EnumMap<>(ActionStatus.class);
            double fidelity = 0;
            int assessed = 0;
            int reached = 0;
            int milestones = 0;
            Set<Indicator> indicators = new LinkedHashSet<>();
            for (Action action : track.getActions()) {
                statuses.merge(action.getStatus(), 1, Integer::sum);
                if (action.getFidelity() != null) {
                    fidelity += action.getFidelity();
                    assessed++;
                }
                for (Milestone milestone : action.getMilestones()) {
                    milestones++;
                    if (milestone.isReached()) {
                        reached++;
                    }
                }
                for (Goal goal : action.getGoals()) {
                    indicators.addAll(goal.getIndicators());
                }
            }
            tracks.add(new TrackProgress(track, statuses, assessed == 0 ? null : fidelity / assessed, reached, milestones,
                    indicators.stream().map(Progress::of).toList()));
        }
        return tracks;
    }
}
