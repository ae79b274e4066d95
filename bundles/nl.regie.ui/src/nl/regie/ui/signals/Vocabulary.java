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
