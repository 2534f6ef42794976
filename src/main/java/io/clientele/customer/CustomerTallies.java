package io.clientele.customer;

import io.clientele.base.ClusterLocks;
import io.clientele.base.Databases;
import io.clientele.tenant.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The counters PostgreSQL keeps of each tenant's customers (migration 027): by status and deleted or not, and live
 * ones by the quarter hour they were created in. Triggers append each statement's change in its own transaction, so
 * a sum is exact for whoever reads it, whatever node wrote. On the embedded database there are none and the
 * service counts the table.
 */
@Component
public class CustomerTallies {
    private static final Logger log = LoggerFactory.getLogger(CustomerTallies.class);

    private final JdbcTemplate jdbc;
    private final boolean kept;

    CustomerTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.kept = Databases.postgres(jdbc.getDataSource());
    }

    /** Whether this database keeps the counters. */
    public boolean kept() {
        return kept;
    }

    /** The four cards of the current tenant: live customers, active, pending, and created at or after {@code since}. */
    CustomerSummary summary(Instant since) {
        long tenant = TenantContext.require();
        long[] byStatus = jdbc.queryForObject(
                "SELECT coalesce(sum(n), 0), coalesce(sum(n) FILTER (WHERE status = 'ACTIVE'), 0),"
                        + " coalesce(sum(n) FILTER (WHERE status = 'PENDING'), 0)"
                        + " FROM customer_tally WHERE tenant_id = ? AND NOT deleted",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                tenant);
        // Every zone of today starts its days on a quarter hour, so the quarters from {@code since} on are exact.
        long recent = jdbc.queryForObject(
                "SELECT coalesce(sum(n), 0) FROM customer_created_tally WHERE tenant_id = ? AND created_quarter >= ?",
                Long.class,
                tenant,
                Timestamp.from(since));
        return new CustomerSummary(byStatus[0], byStatus[1], byStatus[2], recent);
    }

    /** The current tenant's customers in {@code statuses} (all when empty), the deleted ones too if asked. */
    long count(Collection<CustomerStatus> statuses, boolean includeDeleted) {
        StringBuilder sql = new StringBuilder("SELECT coalesce(sum(n), 0) FROM customer_tally WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(TenantContext.require()));
        if (!includeDeleted) {
            sql.append(" AND NOT deleted");
        }
        if (!statuses.isEmpty()) {
            sql.append(" AND status IN (")
                    .append("?,".repeat(statuses.size() - 1))
                    .append("?)");
            statuses.forEach(s -> args.add(s.name()));
        }
        return jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
    }

    /**
     * Folds each counter's delta rows into one, in one statement per table (one snapshot: a delta appended
     * meanwhile is neither summed nor removed), so a sum reads a few rows per tenant.
     */
    @Scheduled(cron = "${clientele.tally-compaction-cron:45 * * * * *}")
    @SchedulerLock(name = "customer-tallies", lockAtLeastFor = ClusterLocks.CLOCK_SKEW, lockAtMostFor = "PT10M")
    public void compact() {
        if (!kept) {
            return;
        }
        log.debug("Scheduled job customer-tallies ran");
        int rows = fold("customer_tally", "tenant_id, status, deleted")
                + fold("customer_created_tally", "tenant_id, created_quarter");
        if (rows > 0) {
            log.debug("Folded {} customer counter rows", rows);
        }
    }

    /** Replaces the rows of each {@code key} group that has more than one by their sum (none when it is zero). */
    private int fold(String table, String key) {
        String[] columns = key.split(", ");
        String join = String.join(
                " AND ",
                java.util.Arrays.stream(columns)
                        .map(c -> "t." + c + " = d." + c)
                        .toList());
        return jdbc.update("WITH d AS (SELECT " + key + " FROM " + table + " GROUP BY " + key + " HAVING count(*) > 1),"
                + " gone AS (DELETE FROM " + table + " t USING d WHERE " + join + " RETURNING t.*)"
                + " INSERT INTO " + table + " (" + key + ", n) SELECT " + key + ", sum(n) FROM gone GROUP BY " + key
                + " HAVING sum(n) <> 0");
    }
}
