package io.clientele.customer;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.BusinessEvent;
import io.clientele.base.IdRanges;
import io.clientele.base.Trash;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Customers list's bulk bar: Block, Unblock, Delete (with Undo) and Assign to groups over a selection. Each
 * runs as a background job ({@link CustomerChunks}), set-based: per chunk of ids one SELECT of the rows it will change and
 * one UPDATE (or INSERT … SELECT), committed together with the job's progress.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CustomerBulkService {
    /** More than this many customers need the typed DELETE confirmation. */
    public static final int TYPED_CONFIRM_ABOVE = 50;

    private final EntityManager em;
    private final TransactionTemplate tx;
    private final BulkJobService jobs;
    private final CustomerChunks chunks;
    private final GroupService groups;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    CustomerBulkService(
            EntityManager em,
            TransactionTemplate tx,
            BulkJobService jobs,
            CustomerChunks chunks,
            GroupService groups,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.events = events;
        this.em = em;
        this.tx = tx;
        this.jobs = jobs;
        this.chunks = chunks;
        this.groups = groups;
        this.audit = audit;
    }

    /** How many customers the selection holds right now. */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public long count(CustomerSelection s) {
        return chunks.count(s);
    }

    public BulkJobService.Handle block(CustomerSelection s, Consumer<BulkJobService.Progress> listener) {
        return run(
                "CUSTOMERS_BLOCKED",
                BusinessEvent.CUSTOMER_BLOCKED,
                "",
                s,
                listener,
                "status <> 'BLOCKED' AND deleted_at IS NULL",
                "status_before_block = status, status = 'BLOCKED'");
    }

    /** Puts each customer back to the status Block found it in (ACTIVE for those blocked one by one). */
    public BulkJobService.Handle unblock(CustomerSelection s, Consumer<BulkJobService.Progress> listener) {
        return run(
                "CUSTOMERS_UNBLOCKED",
                BusinessEvent.CUSTOMER_UPDATED,
                "",
                s,
                listener,
                "status = 'BLOCKED'",
                "status = COALESCE(status_before_block, 'ACTIVE'), status_before_block = NULL");
    }

    /**
     * Soft-deletes the selected customers; customer accounts are left to the Customer accounts list, whose delete
     * also releases the admin. {@link #undoDelete} brings exactly these back.
     */
    public BulkJobService.Handle delete(CustomerSelection s, Consumer<BulkJobService.Progress> listener) {
        return run(
                "CUSTOMERS_DELETED",
                BusinessEvent.CUSTOMER_DELETED,
                "",
                s,
                listener,
                "deleted_at IS NULL AND organization_id IS NULL",
                "deleted_at = :now, deleted_by = :who");
    }

    /** Undo of a bulk delete: restores the customers that job deleted (its affected ids). */
    public int undoDelete(long jobId) {
        BulkJob job = jobs.job(jobId);
        if (!"CUSTOMERS_DELETED".equals(job.getKind())) {
            throw new IllegalArgumentException("Job " + jobId + " did not delete customers");
        }
        return tx.execute(st -> {
            int restored = 0;
            for (long[] range : IdRanges.parse(job.getAffectedIds())) {
                restored += em.createNativeQuery(
                                "UPDATE customer SET deleted_at = NULL, deleted_by = NULL, version = version + 1 "
                                        + "WHERE tenant_id = :tenant AND id BETWEEN :from AND :to AND deleted_at IS NOT NULL")
                        .setParameter("tenant", TenantContext.require())
                        .setParameter("from", range[0])
                        .setParameter("to", range[1])
                        .executeUpdate();
            }
            audit.record(
                    "CUSTOMERS_RESTORED",
                    "BULK_JOB",
                    jobId,
                    Summary.of(restored),
                    null,
                    Map.of("ids", Objects.toString(job.getAffectedIds(), "")));
            return restored;
        });
    }

    /** Adds every selected live customer to each of the groups (members already in a group stay as they are). */
    public BulkJobService.Handle assignGroups(
            CustomerSelection s, Set<CustomerGroup> chosen, Consumer<BulkJobService.Progress> listener) {
        List<CustomerGroup> valid =
                groups.all().stream().filter(chosen::contains).toList();
        if (valid.isEmpty()) {
            throw new io.clientele.base.FieldValidationException("groups", "bulk.groups-required");
        }
        String names = CustomerService.label(valid.stream().map(CustomerGroup::getName));
        return chunks.start("CUSTOMERS_GROUPS_ASSIGNED", names, s, listener, ids -> {
            List<Long> live = lock(ids, "deleted_at IS NULL");
            if (live.isEmpty()) {
                return live;
            }
            for (CustomerGroup g : valid) {
                em.createNativeQuery("INSERT INTO customer_group_member (tenant_id, group_id, customer_id) "
                                + "SELECT c.tenant_id, :groupId, c.id FROM customer c WHERE c.tenant_id = :tenant "
                                + "AND c.id IN (:ids) AND NOT EXISTS (SELECT 1 FROM customer_group_member m "
                                + "WHERE m.tenant_id = c.tenant_id AND m.group_id = :groupId AND m.customer_id = c.id)")
                        .setParameter("groupId", g.getId())
                        .setParameter("tenant", TenantContext.require())
                        .setParameter("ids", live)
                        .executeUpdate();
            }
            return live;
        });
    }

    /** Each chunk's changed customers are published as {@code event} in the chunk's transaction. */
    private BulkJobService.Handle run(
            String kind,
            String event,
            String summary,
            CustomerSelection s,
            Consumer<BulkJobService.Progress> listener,
            String condition,
            String assignments) {
        return chunks.start(kind, summary, s, listener, ids -> {
            List<Long> changed = lock(ids, condition);
            if (!changed.isEmpty()) {
                var update = em.createNativeQuery("UPDATE customer SET " + assignments + ", version = version + 1, "
                                + "updated_at = :now WHERE tenant_id = :tenant AND id IN (:ids)")
                        .setParameter("now", Instant.now(clock))
                        .setParameter("tenant", TenantContext.require())
                        .setParameter("ids", changed);
                if (assignments.contains(":who")) {
                    update.setParameter("who", Trash.deletedBy(Instant.now(clock), null));
                }
                update.executeUpdate();
                publish(event, changed);
            }
            return changed;
        });
    }

    /** Read back (only if a webhook listens) after the chunk's update: the event carries the customers as they are now. */
    private void publish(String event, List<Long> changed) {
        events.publishEvent(new BusinessEvent(event, () -> CustomerEvents.data(em, changed)));
    }

    /** The ids among {@code ids} that meet {@code condition}, locked until the chunk commits. */
    @SuppressWarnings("unchecked")
    private List<Long> lock(List<Long> ids, String condition) {
        List<Number> rows = em.createNativeQuery(
                        "SELECT id FROM customer WHERE tenant_id = :tenant AND id IN (:ids) AND " + condition
                                + " ORDER BY id FOR UPDATE")
                .setParameter("tenant", TenantContext.require())
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }
}
