// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.regie.model.Area;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegieObject;
import nl.regie.model.Setting;
import nl.regie.model.Signal;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;

/**
 * A whole workspace as one exchange file: the model with every signal of the signal store in it, so that
 * {@link WorkspaceStore#importWorkspace} on another installation brings back both.
 */
public final class WorkspaceExchange {

    private static final int PAGE = 10_000;

    private WorkspaceExchange() {
    }

    /**
     * A copy of {@code municipality} whose signals are its own plus every signal of {@code signals} it does not
     * have yet, with their partners, substances, groups, settings and areas resolved in the copy.
     */
    public static Municipality withAllSignals(Municipality municipality, SignalStore signals) throws StoreException {
        Municipality copy = EcoreUtil.copy(municipality);
        Map<String, RegieObject> byId = new HashMap<>();
        for (TreeIterator<EObject> it = copy.eAllContents(); it.hasNext();) {
            if (it.next() instanceof RegieObject object && object.getId() != null) {
                byId.put(object.getId(), object);
            }
        }
        Set<String> present = new HashSet<>();
        for (Signal signal : copy.getSignals()) {
            present.add(signal.getId());
        }
        for (int offset = 0;; offset += PAGE) {
            List<SignalRecord> page = signals.query(SignalQuery.ALL, offset, PAGE);
            for (SignalRecord record : page) {
                if (present.add(record.id())) {
                    copy.getSignals().add(toSignal(record, byId));
                }
            }
            if (page.size() < PAGE) {
                return copy;
            }
        }
    }

    /** A model signal for a record, its references resolved by id in {@code byId}; unknown ids stay empty. */
    public static Signal toSignal(SignalRecord record, Map<String, RegieObject> byId) {
        Signal signal = RegieFactory.eINSTANCE.createSignal();
        signal.setId(record.id());
        signal.setObservedOn(record.observedOn());
        signal.setReportedOn(record.reportedOn());
        signal.setSource(byId.get(record.sourceId()) instanceof Partner partner ? partner : null);
        for (String substance : record.substanceIds()) {
            if (byId.get(substance) instanceof Substance known) {
                signal.getSubstances().add(known);
            }
        }
        signal.setTargetGroup(byId.get(record.targetGroupId()) instanceof TargetGroup group ? group : null);
        signal.setSetting(byId.get(record.settingId()) instanceof Setting setting ? setting : null);
        signal.setArea(byId.get(record.areaId()) instanceof Area area ? area : null);
        signal.setConcern(record.concern());
        signal.setConfidence(record.confidence());
        signal.setStatus(record.status());
        signal.setDescription(record.description());
        signal.setRetractionReason(record.retractionReason());
        return signal;
    }
}
