package io.clientele.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import java.util.List;

/** No update or delete: the trail is append-only. */
interface AuditRepository extends Repository<AuditEvent, Long> {
    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByTenantIdAndEntityTypeAndEntityIdOrderByOccurredAtDesc(Long tenantId, String entityType,
                                                                                 Long entityId, Pageable page);

    List<AuditEvent> findByActorEmailOrderByOccurredAtDesc(String actorEmail, Pageable page);

    List<AuditEvent> findByTenantIdAndActionOrderByOccurredAtDesc(Long tenantId, String action, Pageable page);
}
