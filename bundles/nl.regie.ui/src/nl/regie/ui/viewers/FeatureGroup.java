// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.viewers;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A folder in a tree that groups the objects one containment reference holds, such as a municipality's signals.
 *
 * @param owner the object that holds the list
 * @param reference the many-valued containment reference
 */
public record FeatureGroup(EObject owner, EReference reference) {

    /** The objects in the group, live. */
    public List<?> members() {
        return (List<?>) owner.eGet(reference);
    }
}
