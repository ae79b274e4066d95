// SPDX-License-Identifier: EPL-2.0
package org.example.regie.nightlife;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Involvement;
import nl.regie.model.PartnerKind;
import nl.regie.model.SettingKind;
import nl.regie.model.Track;
import nl.regie.planning.CoherenceCheck;
import nl.regie.signals.clusters.ClusterDetector.Cluster;

/**
 * The nightlife partners' rule for a coherent plan: an action in a nightlife setting involves a nightlife business
 * (as its owner or among those involved); agreements made without them do not hold at the door. Regie runs it after
 * its own checks, on the plan board, in Samenhang and in {@code ./regie check}.
 */
@Component(service = CoherenceCheck.class)
public final class NightlifePartnerCheck implements CoherenceCheck {

    /** The diagnostic source of this check's findings. */
    public static final String SOURCE = "org.example.regie.nightlife";

    @Override
    public String name(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "Horeca aan tafel" : "Nightlife at the table";
    }

    @Override
    public List<Diagnostic> check(ActionPlan plan, List<Cluster> worrying, Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        List<Diagnostic> findings = new ArrayList<>();
        for (Track track : plan.getTracks()) {
            for (Action action : track.getActions()) {
                if (action.getSetting() == null || action.getSetting().getKind() != SettingKind.NIGHTLIFE) {
                    continue;
                }
                boolean business = action.getOwner() != null && action.getOwner().getKind() == PartnerKind.NIGHTLIFE_BUSINESS;
                for (Involvement involvement : action.getInvolvements()) {
                    business |= involvement.getPartner() != null
                            && involvement.getPartner().getKind() == PartnerKind.NIGHTLIFE_BUSINESS;
                }
                if (!business) {
                    findings.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 1, dutch
                            ? "Horeca niet betrokken bij '" + action.getTitle() + "' in het uitgaansleven: betrek de "
                                    + "horecaondernemers, anders houden de afspraken niet aan de deur."
                            : "No nightlife business involved in '" + action.getTitle() + "' in the nightlife setting.",
                            new Object[] {action}));
                }
            }
        }
        return findings;
    }
}
