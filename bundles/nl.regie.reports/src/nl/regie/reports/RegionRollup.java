// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.regie.store.SignalCount;
import nl.regie.store.SignalDimension;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;

/**
 * The region view: signal counts of several municipalities side by side (each its own database, on a server they
 * share), read-only, one row per combination of the chosen dimensions, a column per municipality and the region's
 * total. Every municipality cell is a {@link Table.Count}, so that each output suppresses it below {@link Cells#SMALL}.
 * A row's total would give a suppressed cell away (total minus the others); where a row has suppressed cells the
 * total is therefore shown as the range it lies in (at least the known cells; at most 4 more per suppressed cell),
 * which tells no more than the "&lt;5" cells themselves.
 */
public final class RegionRollup {

    /** One municipality of the region: its name and its signals (a viewer's login is enough). */
    public record Member(String name, SignalStore signals) {
    }

    private RegionRollup() {
    }

    /**
     * The region's table of signals matching {@code query}, by {@code dimensions} (in the enum's order), a column per
     * member in the given order.
     */
    public static Table rollUp(String title, List<Member> members, SignalQuery query, Set<SignalDimension> dimensions)
            throws StoreException {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a region needs at least one municipality");
        }
        Set<SignalDimension> by = dimensions.isEmpty() ? EnumSet.of(SignalDimension.SUBSTANCE)
                : EnumSet.copyOf(dimensions);
        Map<List<String>, long[]> rows = new TreeMap<>(RegionRollup::compareKeys);
        for (int m = 0; m < members.size(); m++) {
            for (SignalCount count : members.get(m).signals().countBy(query, by)) {
                List<String> key = new ArrayList<>();
                for (SignalDimension dimension : by) {
                    String value = count.key().get(dimension);
                    key.add(value == null ? "" : value);
                }
                rows.computeIfAbsent(key, k -> new long[members.size()])[m] += count.count();
            }
        }
        List<String> headings = new ArrayList<>();
        by.forEach(dimension -> headings.add(dimension.name().toLowerCase(java.util.Locale.ROOT)));
        members.forEach(member -> headings.add(member.name()));
        headings.add("regio");
        List<List<Object>> table = new ArrayList<>();
        for (Map.Entry<List<String>, long[]> row : rows.entrySet()) {
            List<Object> cells = new ArrayList<>(row.getKey());
            long known = 0;
            int hidden = 0;
            long total = 0;
            for (long n : row.getValue()) {
                cells.add(new Table.Count(n));
                total += n;
                if (Cells.suppressed(n)) {
                    hidden++;
                } else {
                    known += n;
                }
            }
            cells.add(total(total, known, hidden));
            table.add(cells);
        }
        return new Table(title, headings, table);
    }

    /** The region's total of a row as it may be shown. */
    static Object total(long total, long known, int hidden) {
        if (Cells.suppressed(total) || hidden == 0) {
            return new Table.Count(total);
        }
        long most = known + hidden * (Cells.SMALL - 1);
        return known >= Cells.SMALL ? known + "\u2013" + most : Cells.SUPPRESSED + "\u2013" + most;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
