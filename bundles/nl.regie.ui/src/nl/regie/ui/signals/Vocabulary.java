// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.signals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import nl.regie.model.Area;
import nl.regie.model.Municipality;
import nl.regie.model.NamedElement;
import nl.regie.model.Partner;
import nl.regie.model.RegieObject;
import nl.regie.model.Setting;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;
import nl.regie.signals.Fields;
import nl.regie.ui.internal.Messages;

/** The names a workspace gives to the ids that signals refer to, and the choices for each kind, in model order. */
public final class Vocabulary {

    private final Map<String, String> names = new HashMap<>();
    private final List<String> partners = new ArrayList<>();
    private final List<String> substances = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final List<String> settings = new ArrayList<>();
    private final List<String> areas = new ArrayList<>();

    public Vocabulary(Municipality municipality) {
        if (municipality == null) {
            return;
        }
        for (TreeIterator<EObject> it = municipality.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof NamedElement named && object instanceof RegieObject regie && regie.getId() != null) {
                names.put(regie.getId(), named.getName());
                if (object instanceof Partner) {
                    partners.add(regie.getId());
                } else if (object instanceof Substance) {
                    substances.add(regie.getId());
                } else if (object instanceof TargetGroup) {
                    groups.add(regie.getId());
                } else if (object instanceof Setting) {
                    settings.add(regie.getId());
                } else if (object instanceof Area) {
                    areas.add(regie.getId());
                }
            }
        }
    }

    /** What users call a signal field ({@link nl.regie.signals.Fields}), in their language. */
    public static String fieldLabel(String field) {
        if (field == null) {
            return "";
        }
        return switch (field) {
            case Fields.ID -> Messages.Details_id;
            case Fields.OBSERVED_ON -> Messages.Inbox_date;
            case Fields.REPORTED_ON -> Messages.Details_reported;
            case Fields.SOURCE -> Messages.Inbox_source;
            case Fields.SUBSTANCES -> Messages.Inbox_substance;
            case Fields.TARGET_GROUP -> Messages.Inbox_group;
            case Fields.SETTING -> Messages.Inbox_setting;
            case Fields.AREA -> Messages.Inbox_area;
            case Fields.CONCERN -> Messages.Inbox_concern;
            case Fields.CONFIDENCE -> Messages.Details_confidence;
            case Fields.DESCRIPTION -> Messages.Inbox_description;
            default -> field;
        };
    }

    /** The name of {@code id}; the id itself when the workspace does not know it; "" for null. */
    public String name(String id) {
        return id == null ? "" : names.getOrDefault(id, id);
    }

    public List<String> partners() {
        return partners;
    }

    public List<String> substances() {
        return substances;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> settings() {
        return settings;
    }

    public List<String> areas() {
        return areas;
    }
}
