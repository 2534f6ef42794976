package io.clientele.audit;

import io.clientele.security.CurrentUser;
import io.clientele.tenant.TenantContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

@Service
public class AuditService {
    private final AuditRepository events;

    AuditService(AuditRepository events) {
        this.events = events;
    }

    /** Records an event in the current tenant by the current user, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        save(TenantContext.current(), action, entityType, entityId, summary, render(before), render(after));
    }

    @Transactional
    public void record(Long tenantId, String action, String entityType, Long entityId, String summary) {
        save(tenantId, action, entityType, entityId, summary, null, null);
    }

    /** Security events (logins, lock-outs) commit on their own: a failed login rolls nothing back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurity(Long tenantId, Long userId, String email, String action, String summary) {
        events.save(new AuditEvent(tenantId, userId, email, action, "USER_ACCOUNT", userId, summary, null, null));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(String entityType, long entityId, int max) {
        return events.findByTenantIdAndEntityTypeAndEntityIdOrderByOccurredAtDesc(TenantContext.current(), entityType,
                entityId, PageRequest.of(0, max));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> byActor(String email, int max) {
        return events.findByActorEmailOrderByOccurredAtDesc(email, PageRequest.of(0, max));
    }

    private void save(Long tenantId, String action, String entityType, Long entityId, String summary,
                      String before, String after) {
        var actor = CurrentUser.get();
        events.save(new AuditEvent(tenantId == null || tenantId == TenantContext.NONE ? null : tenantId,
                actor.map(u -> u.userId()).orElse(null), actor.map(u -> u.getUsername()).orElse("system"),
                action, entityType, entityId, summary, before, after));
    }

    private static String render(Map<String, ?> state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        return new TreeMap<>(state).entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
