// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals;

import java.util.List;

/**
 * The first rows of a file as they stand, for the import wizard's mapping page: the headings, the field each is
 * taken as (null when none), and the cells of the first rows.
 */
public record SourcePreview(List<String> headings, List<String> fields, List<List<String>> rows) {

    /** A source whose records have no columns to map. */
    public static final SourcePreview NONE = new SourcePreview(List.of(), List.of(), List.of());

    public SourcePreview {
        headings = List.copyOf(headings);
        fields = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fields));
        rows = rows.stream().map(List::copyOf).toList();
    }
}
