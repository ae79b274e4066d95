// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.time.LocalDate;
import java.util.List;

import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.RegieObject;
import nl.regie.model.Signal;
import nl.regie.model.SignalStatus;

/**
 * A signal as the signal store keeps it: what was seen, when, where and by which partner, with the workspace's
 * objects named by their ids. It describes groups and settings, never persons.
 *
 * @param id unique id of the signal
 * @param observedOn when it was seen (required)
 * @param reportedOn when it reached the municipality; may be null
 * @param sourceId id of the reporting partner (required)
 * @param substanceIds ids of the substances concerned, each once; may be empty
 * @param targetGroupId id of the target group; may be null
 * @param settingId id of the setting; may be null
 * @param areaId id of the area (wijk); may be null
 * @param concern how worrying it is
 * @param confidence suspected or confirmed
 * @param status where it stands
 * @param description what was seen, without personal data; may be null
 * @param retractionReason why it was retracted; null unless retracted
 */
public record SignalRecord(String id, LocalDate observedOn, LocalDate reportedOn, String sourceId,
        List<String> substanceIds, String targetGroupId, String settingId, String areaId, ConcernLevel concern,
        Confidence confidence, SignalStatus status, String description, String retractionReason) {

    /** Checks the required parts; the substance list is copied. */
    public SignalRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a signal needs an id");
        }
        if (observedOn == null) {
            throw new IllegalArgumentException("signal " + id + " has no observation date");
        }
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("signal " + id + " has no source partner");
        }
        substanceIds = substanceIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(substanceIds));
        concern = concern == null ? ConcernLevel.LOW : concern;
        confidence = confidence == null ? Confidence.SUSPECTED : confidence;
        status = status == null ? SignalStatus.NEW : status;
    }

    /** The record of a signal in a workspace: its references become ids. */
    public static SignalRecord of(Signal signal) {
        return new SignalRecord(signal.getId(), signal.getObservedOn(), signal.getReportedOn(), id(signal.getSource()),
                signal.getSubstances().stream().map(SignalRecord::id).toList(), id(signal.getTargetGroup()),
                id(signal.getSetting()), id(signal.getArea()), signal.getConcern(), signal.getConfidence(),
                signal.getStatus(), signal.getDescription(), signal.getRetractionReason());
    }

    private static String id(RegieObject object) {
        return object == null ? null : object.getId();
    }
}
