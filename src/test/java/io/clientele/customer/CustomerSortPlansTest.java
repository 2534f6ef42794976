package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.base.SqlCapture;
import io.clientele.security.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sorting the Customers list by any sortable column, either way, and paging deep never sorts the table: there is an
 * index {@code (tenant_id, column, id)} for it on both databases, and on PostgreSQL the plan of the very query the
 * service sends (captured on its way) walks it (the plan guard for the benchmark's sort figures). The planner is told
 * to avoid sorts, incremental sorts and sequential scans if it can, so on a small test table the plan shows whether
 * an index can give the order; H2's optimizer has no such switch, so there the indexes are checked alone.
 */
class CustomerSortPlansTest extends DatabaseTest {
    /** The sort properties of the Customers list's sortable columns. */
    private static final List<String> SORTABLE = List.of(
            "id",
            "displayName",
            "firstName",
            "lastName",
            "status",
            "email",
            "phoneDigits",
            "nextVisitAt",
            "type",
            "teamsLabel",
            "createdAt",
            "lastLoginAt");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everySortableColumnPagesDeepFromAnIndexInBothDirections() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.VIEWER));
        boolean postgres = "postgres".equals(System.getProperty("clientele.test.database"));
        List<List<String>> indexes = customerIndexes();
        for (String property : SORTABLE) {
            String column = property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            // The id's order is the primary key's.
            List<String> wanted = column.equals("id") ? List.of("id") : List.of("tenant_id", column, "id");
            assertThat(indexes)
                    .as(property)
                    .anyMatch(i -> i.size() >= wanted.size()
                            && i.subList(0, wanted.size()).equals(wanted));
            if (postgres) {
                for (Sort.Direction direction : Sort.Direction.values()) {
                    assertPlanWalksAnIndex(tenant, property, direction);
                }
            }
        }
    }

    private void assertPlanWalksAnIndex(long tenant, String property, Sort.Direction direction) {
        List<String> sql = SqlCapture.of(
                () -> customers.list(CustomerFilter.empty(), PageRequest.of(2_000, 50, Sort.by(direction, property))));
        // The page's bounds as literals; then its only parameters are the tenant's, which the COPY export fills in too.
        String query = CustomerCsvCopy.withTenant(
                        sql.getFirst()
                                .replaceAll("offset \\?", "offset 100000")
                                .replaceAll("fetch first \\?", "fetch first 50"),
                        tenant)
                .orElseThrow();
        String plan = tx.execute(s -> {
            jdbc.execute("SET LOCAL enable_sort = off");
            // Else a shorter index (e.g. the unique (tenant_id, email)) plus a sort of its ties can look as cheap.
            jdbc.execute("SET LOCAL enable_incremental_sort = off");
            jdbc.execute("SET LOCAL enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("EXPLAIN " + query, String.class));
        });
        assertThat(plan)
                .as(property + " " + direction)
                .contains("Index")
                .doesNotContainPattern("(?m)^\\s*(->\\s*)?(Incremental )?Sort ");
    }

    /** The customer table's indexes, each as its lower-case column names in order. */
    private List<List<String>> customerIndexes() {
        return jdbc.execute((java.sql.Connection c) -> {
            Map<String, java.util.TreeMap<Integer, String>> indexes = new HashMap<>();
            for (String table : List.of("customer", "CUSTOMER")) {
                try (var r = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (r.next()) {
                        if (r.getString("COLUMN_NAME") != null) {
                            indexes.computeIfAbsent(r.getString("INDEX_NAME"), k -> new java.util.TreeMap<>())
                                    .put(
                                            r.getInt("ORDINAL_POSITION"),
                                            r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return indexes.values().stream().map(i -> List.copyOf(i.values())).toList();
        });
    }
}
