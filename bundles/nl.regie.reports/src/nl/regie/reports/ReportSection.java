// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports;

import java.time.LocalDate;
import java.util.Locale;

import nl.regie.model.ActionPlan;
import nl.regie.model.Municipality;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * A section an organisation adds to Regie's documents, offered as an OSGi service (a GGD region's monitor figures in
 * the council letter, an addiction-care institution's reach in the policy plan). {@link Reports#with} takes the
 * registered ones; they go before the council letter's next steps and at the end of the policy plan. Counts of signals
 * or people in a contributed table must be {@link Table.Count} cells, so that every output shows those below 5 as
 * "&lt;5"; text cells are made safe for spreadsheets as Regie's own are.
 */
public interface ReportSection {

    /** What a section is made from. {@code signals} may be null (no store). */
    record Context(Municipality municipality, ActionPlan plan, SignalStore signals, LocalDate today, Locale locale) {
    }

    /** The section's name, shown when it fails. */
    String name(Locale locale);

    /** True when the section belongs in documents of {@code kind}. */
    boolean appliesTo(Reports.Kind kind);

    /** The section now, or null when there is nothing to say. */
    Report.Section section(Context context) throws StoreException;
}
