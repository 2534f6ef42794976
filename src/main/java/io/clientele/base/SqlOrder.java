package io.clientele.base;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/** A list's sort as the ORDER BY terms of hand-written SQL: only the keys the list names, each to its column. */
public final class SqlOrder {
    private SqlOrder() {}

    /** The terms for {@code sort}, or {@code fallback} when it names no known key. */
    public static String of(Sort sort, Map<String, String> columns, String fallback) {
        String order = sort.stream()
                .filter(o -> columns.containsKey(o.getProperty()))
                .map(o -> columns.get(o.getProperty()) + (o.getDirection() == Sort.Direction.DESC ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        return order.isEmpty() ? fallback : order;
    }
}
