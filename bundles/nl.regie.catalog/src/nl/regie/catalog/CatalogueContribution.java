// SPDX-License-Identifier: EPL-2.0
package nl.regie.catalog;

import java.util.List;

import nl.regie.model.Intervention;

/**
 * A catalogue of interventions, registered as an OSGi service by Regie (its own entries) or by an organisation's
 * bundle (a GGD region's, an addiction-care institution's). Each call returns fresh objects the caller may keep.
 */
public interface CatalogueContribution {

    /** The catalogue's name as users see it, e.g. "Regie" or "GGD Regio Noord". */
    String name();

    /** The entries, each with a stable id unique within the catalogue. */
    List<Intervention> interventions();
}
