package io.clientele.audit;

import io.clientele.base.LikePatterns;
import io.clientele.base.SpecificationQueries;
import io.clientele.base.Texts;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AuditService {
    private final AuditRepository events;
    private final SpecificationQueries queries;

    AuditService(AuditRepository events, SpecificationQueries queries) {
        this.events = events;
        this.queries = queries;
    }

    /** Records an event in the current tenant by the current user, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String action,
            String entityType,
            Long entityId,
            Summary summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        save(TenantContext.current(), action, entityType, entityId, summary, render(before), render(after));
    }

    @Transactional
    public void record(Long tenantId, String action, String entityType, Long entityId, Summary summary) {
        save(tenantId, action, entityType, entityId, summary, null, null);
    }

    /** Security events (logins, lock-outs) commit on their own: a failed login rolls nothing back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurity(Long tenantId, Long userId, String email, String action, Summary summary) {
        events.save(new AuditEvent(
                tenantId,
                userId,
                email,
                action,
                "USER_ACCOUNT",
                userId,
                summary.english(action),
                summary.json(),
                null,
                null));
    }

    /** A record's Activity tab: whoever may open the record may read what happened to it. */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<AuditEvent> history(String entityType, long entityId, int max) {
        return events.findByTenantIdAndEntityTypeAndEntityIdOrderByOccurredAtDesc(
                TenantContext.current(), entityType, entityId, PageRequest.of(0, max));
    }

    /** One Activity tab over several records: a customer and those merged into it. */
    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<AuditEvent> history(String entityType, java.util.Collection<Long> entityIds, int max) {
        return events.findByTenantIdAndEntityTypeAndEntityIdInOrderByOccurredAtDesc(
                TenantContext.current(), entityType, entityIds, PageRequest.of(0, max));
    }

    // --- Settings → Audit log: read only, OWNER/ADMIN of the tenant, SYSTEM_ADMIN across tenants ---

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<AuditEvent> list(AuditFilter f, Pageable pageable) {
        return queries.page(AuditEvent.class, matching(f), pageable);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public long count(AuditFilter f) {
        return queries.count(AuditEvent.class, matching(f));
    }

    /** The actions and entity types that occur in the visible trail, for the filters' choices. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<String> actions(boolean allTenants) {
        return allTenants && operator() ? events.allActions() : events.actions(TenantContext.current());
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<String> entityTypes(boolean allTenants) {
        return allTenants && operator() ? events.allEntityTypes() : events.entityTypes(TenantContext.current());
    }

    /** Every matching event, newest first, read as consumed (the CSV download); close the stream. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Stream<AuditEvent> stream(AuditFilter f) {
        return queries.stream(
                AuditEvent.class, matching(f), Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")), 500);
    }

    /** An export is itself audited, in its own transaction (the export reads in a read-only one). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordExport(String entityType, long rows) {
        save(TenantContext.current(), "EXPORTED", entityType, null, Summary.of(rows, entityType), null, null);
    }

    private static boolean operator() {
        return CurrentUser.require().has(Role.SYSTEM_ADMIN);
    }

    static Specification<AuditEvent> matching(AuditFilter f) {
        boolean everywhere = f.allTenants() && operator();
        long tenant = TenantContext.current();
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (!everywhere) {
                p.add(cb.equal(root.get("tenantId"), tenant));
            }
            if (Texts.present(f.search())) {
                Predicate summary = contains(cb, root.get("summary"), f.search());
                Set<String> named = AuditEvent.actionsNamed(Texts.searchText(f.search()), f.locale());
                p.add(
                        named.isEmpty()
                                ? summary
                                : cb.or(summary, root.get("action").in(named)));
            }
            like(p, cb, root.get("actorEmail"), f.actor());
            like(p, cb, root.get("onBehalfOf"), f.onBehalfOf());
            if (Texts.present(f.action())) {
                p.add(cb.equal(root.get("action"), Texts.searchText(f.action())));
            }
            if (Texts.present(f.entityType())) {
                p.add(cb.equal(root.get("entityType"), Texts.searchText(f.entityType())));
            }
            p.addAll(f.occurred().within(cb, root.get("occurredAt"), f.zone()));
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private static void like(List<Predicate> p, CriteriaBuilder cb, Expression<String> path, String text) {
        if (Texts.present(text)) {
            p.add(contains(cb, path, text));
        }
    }

    private static Predicate contains(CriteriaBuilder cb, Expression<String> path, String text) {
        return cb.like(cb.lower(path), LikePatterns.contains(text), LikePatterns.ESCAPE);
    }

    private void save(
            Long tenantId,
            String action,
            String entityType,
            Long entityId,
            Summary summary,
            String before,
            String after) {
        var actor = CurrentUser.get();
        var support = actor.flatMap(CurrentUser::support);
        // In a support session the staff member acts, on behalf of the customer whose portal they opened.
        AuditEvent event = new AuditEvent(
                tenantId == null || tenantId == TenantContext.NONE ? null : tenantId,
                support.map(CurrentUser.Support::staffUserId)
                        .or(() -> actor.map(CurrentUser::userId))
                        .orElse(null),
                actor.map(CurrentUser::actorEmail).orElse("system"),
                action,
                entityType,
                entityId,
                summary.english(action),
                summary.json(),
                before,
                after);
        events.save(support.isPresent() ? event.onBehalfOf(actor.get().getUsername()) : event);
    }

    private static String render(Map<String, ?> state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        return new TreeMap<>(state)
                .entrySet().stream()
                        .map(e -> e.getKey() + ": " + (e.getValue() == null ? "" : e.getValue()))
                        .collect(Collectors.joining("\n"));
    }
}
