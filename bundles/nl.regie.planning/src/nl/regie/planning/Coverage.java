// SPDX-License-Identifier: EPL-2.0
package nl.regie.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Domain;
import nl.regie.model.Municipality;
import nl.regie.model.Pillar;
import nl.regie.model.Setting;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;

/**
 * Where a plan's actions are, for the coherence heatmap: per pillar and domain, and per setting and target group of the
 * municipality, the actions in that cell (an empty list is a gap). Actions without a pillar, domain, setting or group
 * are left out of the grid they lack.
 */
public final class Coverage {

    /** A cell's two coordinates. */
    public record Cell<R, C>(R row, C column) {
    }

    private final Map<Cell<Pillar, Domain>, List<Action>> pillarsByDomain = new LinkedHashMap<>();
    private final Map<Cell<Setting, TargetGroup>, List<Action>> settingsByGroup = new LinkedHashMap<>();

    public Coverage(Municipality municipality, ActionPlan plan) {
        for (Pillar pillar : Pillar.VALUES) {
            for (Domain domain : Domain.VALUES) {
                pillarsByDomain.put(new Cell<>(pillar, domain), new ArrayList<>());
            }
        }
        for (Setting setting : municipality.getSettings()) {
            for (TargetGroup group : municipality.getTargetGroups()) {
                settingsByGroup.put(new Cell<>(setting, group), new ArrayList<>());
            }
        }
        for (Track track : plan.getTracks()) {
            for (Action action : track.getActions()) {
                if (action.isSetPillar() && action.isSetDomain()) {
                    pillarsByDomain.get(new Cell<>(action.getPillar(), action.getDomain())).add(action);
                }
                List<Action> cell = settingsByGroup.get(new Cell<>(action.getSetting(), action.getTargetGroup()));
                if (cell != null) {
                    cell.add(action);
                }
            }
        }
    }

    /** The actions in a pillar and domain. */
    public List<Action> actions(Pillar pillar, Domain domain) {
        return List.copyOf(pillarsByDomain.get(new Cell<>(pillar, domain)));
    }

    /** The actions in a setting for a target group. */
    public List<Action> actions(Setting setting, TargetGroup group) {
        return List.copyOf(settingsByGroup.getOrDefault(new Cell<>(setting, group), List.of()));
    }

    /** The pillar x domain cells without any action. */
    public List<Cell<Pillar, Domain>> pillarGaps() {
        return pillarsByDomain.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }
}
