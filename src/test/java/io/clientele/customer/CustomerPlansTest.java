package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.base.SqlCapture;
import io.clientele.security.Role;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans of the Customers list's queries, on PostgreSQL those of the very queries the service sends (captured on
 * their way): the plan guard for the benchmark's sort and search figures.
 * Sorting by any sortable column, either way, and paging deep never sorts the table: there is an index
 * {@code (tenant_id, column, id)} for it on both databases, and on PostgreSQL the plan walks it. The planner is told
 * to avoid sorts, incremental sorts and sequential scans if it can, so on a small test table the plan shows whether
 * an index can give the order; H2's optimizer has no such switch, so there the indexes are checked alone.
 * Searching, and filtering by name, e-mail or phone, reads the one trigram index over the three (migration 031).
 */
class CustomerPlansTest extends DatabaseTest {
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

    @Test
    void searchingAndFilteringByNameEmailOrPhoneReadTheOneTrigramIndex() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.VIEWER));
        data.customer(tenant, "Ingrid", "Hansen", "ingrid@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        // A tenant of some size, so the planner weighs a trigram read against the tenant's other indexes as in use.
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(
                "INSERT INTO customer (tenant_id, version, type, status, display_name, email, phone_digits, source,"
                        + " all_teams, teams_label, has_avatar, allow_shared_billing, legal_hold, created_at,"
                        + " updated_at) VALUES (?, 0, 'INDIVIDUAL', 'ACTIVE', ?, ?, ?, 'ADMIN', true, '', false, false,"
                        + " false, ?, ?)",
                IntStream.range(0, 20_000)
                        .mapToObj(i -> new Object[] {
                            tenant, "Kari Nordmann " + i, "kari" + i + "@example.no", "4740" + (100_000 + i), now, now
                        })
                        .toList());
        Map<String, CustomerFilter> filters = Map.of(
                "search by name", CustomerFilter.empty().withSearch("hansen"),
                "search by e-mail", CustomerFilter.empty().withSearch("ingrid@"),
                "search by phone", CustomerFilter.empty().withSearch("+47 912 34"),
                "name filter", fields("hansen", null, null),
                "e-mail filter", fields(null, "ingrid@", null),
                "phone filter", fields(null, null, "912 34 567"));
        boolean postgres = "postgres".equals(System.getProperty("clientele.test.database"));
        if (postgres) {
            // As autovacuum would: statistics, and the trigram index's pending entries merged (the planner prices a
            // long pending list as a read of all of it).
            jdbc.execute("VACUUM ANALYZE customer");
        }
        filters.forEach((what, filter) -> {
            assertThat(customers.list(filter, PageRequest.of(0, 50)))
                    .as(what)
                    .extracting(CustomerRow::displayName)
                    .containsExactly("Ingrid Hansen");
            List<String> sql = SqlCapture.of(() -> customers.list(filter, PageRequest.of(0, 50)));
            if (postgres) {
                String plan = plan(sql.getFirst(), tenant, "SET LOCAL enable_seqscan = off");
                assertThat(plan).as(what).contains("ix_customer_search_trgm");
            }
        });
    }

    private static CustomerFilter fields(String name, String email, String phone) {
        CustomerFilter f = CustomerFilter.empty();
        return new CustomerFilter(
                null,
                name,
                email,
                phone,
                f.types(),
                f.statuses(),
                f.groups(),
                f.consents(),
                null,
                null,
                null,
                null,
                false,
                f.zone());
    }

    private void assertPlanWalksAnIndex(long tenant, String property, Sort.Direction direction) {
        List<String> sql = SqlCapture.of(
                () -> customers.list(CustomerFilter.empty(), PageRequest.of(2_000, 50, Sort.by(direction, property))));
        String plan = plan(
                sql.getFirst(),
                tenant,
                "SET LOCAL enable_sort = off",
                // Else a shorter index (e.g. the unique (tenant_id, email)) plus a sort of its ties can look as cheap.
                "SET LOCAL enable_incremental_sort = off",
                "SET LOCAL enable_seqscan = off");
        assertThat(plan)
                .as(property + " " + direction)
                .contains("Index")
                .doesNotContainPattern("(?m)^\\s*(->\\s*)?(Incremental )?Sort ");
    }

    /** PostgreSQL's plan of a captured list query, under {@code settings} for its transaction. */
    private String plan(String captured, long tenant, String... settings) {
        // The page's bounds as literals; then its only parameters are the tenant's, which the COPY export fills in too.
        String query = CustomerCsvCopy.withTenant(
                        captured.replaceAll("offset \\?", "offset 100000")
                                .replaceAll("fetch first \\?", "fetch first 50"),
                        tenant)
                .orElseThrow();
        return tx.execute(s -> {
            for (String setting : settings) {
                jdbc.execute(setting);
            }
            return String.join("\n", jdbc.queryForList("EXPLAIN " + query, String.class));
        });
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
