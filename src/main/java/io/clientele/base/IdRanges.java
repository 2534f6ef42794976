package io.clientele.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Ids written compactly as ascending ranges, "1-40,42,50-51": what a bulk job changed, small enough to keep in
 * its row and its audit event even for many thousands of rows.
 */
public final class IdRanges {
    private IdRanges() {
    }

    /** {@code ranges} with {@code ids} added, in any order; adjacent and overlapping ranges merge. */
    public static String append(String ranges, Collection<Long> ids) {
        TreeMap<Long, Long> all = new TreeMap<>();
        for (long[] r : parse(ranges)) {
            all.put(r[0], r[1]);
        }
        for (long id : ids) {
            var below = all.floorEntry(id);
            if (below != null && below.getValue() >= id) {
                continue;
            }
            long from = below != null && below.getValue() == id - 1 ? below.getKey() : id;
            long to = id;
            Long above = all.get(id + 1);
            if (above != null) {
                all.remove(id + 1);
                to = above;
            }
            all.put(from, to);
        }
        StringBuilder text = new StringBuilder();
        all.forEach((from, to) -> {
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
