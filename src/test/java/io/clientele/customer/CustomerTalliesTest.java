package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.bulk.BulkJobService;
import io.clientele.security.Role;
import io.clientele.trash.TrashService;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The summary cards and the unfiltered total stay exact through every kind of change, whether PostgreSQL's counters
 * answer (migration 027) or the embedded database counts the table.
 */
class CustomerTalliesTest extends DatabaseTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");

    @Autowired
    CustomerTallies tallies;

    @Autowired
    CustomerBulkService bulk;

    @Autowired
    TrashService trash;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCardsAndTotalsFollowCreatesStatusChangesDeletesAndRestores() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long a = data.customer(tenant, "Ada", "Aas", null, null, CustomerStatus.ACTIVE);
        long b = data.customer(tenant, "Bo", "Berg", null, null, CustomerStatus.ACTIVE);
        long c = data.customer(tenant, "Cia", "Cruz", null, null, CustomerStatus.PENDING);
        data.customer(tenant, "Dan", "Dahl", null, null, CustomerStatus.BLOCKED);
        // Another tenant's customers never reach these counters.
        data.customer(data.tenant(), "Eva", "Elsewhere", null, null, CustomerStatus.ACTIVE);
        assertMatchTheTable(tenant, new CustomerSummary(4, 2, 1, 4));

        // Set-based work: one UPDATE for many rows, and a soft delete.
        done(bulk.block(CustomerSelection.of(Set.of(a, c)), p -> {}));
        assertMatchTheTable(tenant, new CustomerSummary(4, 1, 0, 4));
        done(bulk.unblock(CustomerSelection.of(Set.of(a, c)), p -> {}));
        long job = done(bulk.delete(CustomerSelection.of(Set.of(b)), p -> {})).jobId();
        assertMatchTheTable(tenant, new CustomerSummary(3, 1, 1, 3));
        assertThat(customers.count(withDeleted()))
                .as("the total with deleted ones")
                .isEqualTo(4);

        bulk.undoDelete(job);
        assertMatchTheTable(tenant, new CustomerSummary(4, 2, 1, 4));

        customers.softDeleteIndividuals(List.of(a));
        trash.permanentlyDelete(TrashService.Kind.CUSTOMER, a);
        assertMatchTheTable(tenant, new CustomerSummary(3, 1, 1, 3));
        assertThat(customers.count(withDeleted())).isEqualTo(3);

        // Folding the deltas together changes no sum; a second fold finds nothing left to fold.
        tallies.compact();
        assertMatchTheTable(tenant, new CustomerSummary(3, 1, 1, 3));
        if (tallies.kept()) {
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM customer_tally WHERE tenant_id = ?", Integer.class, tenant))
                    .as("one row per status left: pending, active, blocked")
                    .isEqualTo(3);
        }
    }

    @Test
    void recentCountsFromTheStartOfTheDayInTheReadersZone() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long old = data.customer(tenant, "Old", "Timer", null, null, CustomerStatus.ACTIVE);
        data.customer(tenant, "New", "Comer", null, null, CustomerStatus.ACTIVE);
        jdbc.update("UPDATE customer SET created_at = created_at - INTERVAL '40' DAY WHERE id = ?", old);
        for (ZoneId zone : List.of(OSLO, KATHMANDU)) {
            assertThat(customers.summary(zone).recent()).as(zone.getId()).isEqualTo(1);
        }
    }

    private void assertMatchTheTable(long tenant, CustomerSummary expected) {
        assertThat(customers.summary(OSLO)).isEqualTo(expected);
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(expected.total());
        assertThat(customers.count(CustomerFilter.empty().withStatuses(Set.of(CustomerStatus.ACTIVE))))
                .isEqualTo(expected.active());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM customer WHERE tenant_id = ? AND deleted_at IS NULL", Long.class, tenant))
                .isEqualTo(expected.total());
    }

    private static CustomerFilter withDeleted() {
        return new CustomerFilter(
                null, null, null, null, Set.of(), Set.of(), Set.of(), Map.of(), null, null, null, null, true, null);
    }

    private static BulkJobService.Progress done(BulkJobService.Handle h) {
        return h.await(Duration.ofSeconds(30));
    }
}
