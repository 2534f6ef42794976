package io.clientele.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ids written compactly as ascending ranges, "1-40,42,50-51": what a bulk job changed, small enough to keep in
 * its row and its audit event even for many thousands of rows.
 */
public final class IdRanges {
    private final TreeMap<Long, Long> ranges = new TreeMap<>();
    /** The range the last id went into: ids in ascending runs extend it without a search. */
    private Map.Entry<Long, Long> last;

    /** Adds {@code ids}, in any order; adjacent and overlapping ranges merge. Cost per id: a tree lookup at most. */
    public IdRanges add(Collection<Long> ids) {
        for (long id : ids) {
            if (last != null && last.getValue() == id - 1 && !ranges.containsKey(id + 1)) {
                ranges.put(last.getKey(), id);
                last = Map.entry(last.getKey(), id);
                continue;
            }
            var below = ranges.floorEntry(id);
            if (below != null && below.getValue() >= id) {
                continue;
            }
            long from = below != null && below.getValue() == id - 1 ? below.getKey() : id;
            Long above = ranges.remove(id + 1);
            long to = above != null ? above : id;
            ranges.put(from, to);
            last = Map.entry(from, to);
        }
        return this;
    }

    /** "1-40,42,50-51". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        ranges.forEach((from, to) -> {
            if (!text.isEmpty()) text.append(',');
            text.append(from);
            if (!to.equals(from)) text.append('-').append(to);
        });
        return text.toString();
    }

    /** [from, to] pairs, both inclusive. */
    public static List<long[]> parse(String ranges) {
        List<long[]> out = new ArrayList<>();
        if (ranges == null || ranges.isBlank()) {
            return out;
        }
        for (String part : ranges.split(",")) {
            int dash = part.indexOf('-');
            long from = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
            long to = dash < 0 ? from : Long.parseLong(part.substring(dash + 1));
            out.add(new long[] {from, to});
        }
        return out;
    }

    public static List<Long> ids(String ranges) {
        List<Long> ids = new ArrayList<>();
        for (long[] r : parse(ranges)) {
            for (long id = r[0]; id <= r[1]; id++) ids.add(id);
        }
        return ids;
    }
}
