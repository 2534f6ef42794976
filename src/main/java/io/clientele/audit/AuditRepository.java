package io.clientele.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** No update or delete: the trail is append-only. */
interface AuditRepository extends Repository<AuditEvent, Long> {
    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByTenantIdAndEntityTypeAndEntityIdInOrderByOccurredAtDesc(
            Long tenantId,
            String entityType,
            java.util.Collection<Long> entityIds,
            org.springframework.data.domain.Pageable page);

    List<AuditEvent> findByTenantIdAndEntityTypeAndEntityIdOrderByOccurredAtDesc(
            Long tenantId, String entityType, Long entityId, Pageable page);

    List<AuditEvent> findByActorEmailOrderByOccurredAtDesc(String actorEmail, Pageable page);

    List<AuditEvent> findByTenantIdAndActionOrderByOccurredAtDesc(Long tenantId, String action, Pageable page);

    @Query("SELECT DISTINCT e.action FROM AuditEvent e WHERE e.tenantId = :tenant ORDER BY e.action")
    List<String> actions(Long tenant);

    @Query("SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action")
    List<String> allActions();

    @Query("SELECT DISTINCT e.entityType FROM AuditEvent e WHERE e.tenantId = :tenant AND e.entityType IS NOT NULL "
            + "ORDER BY e.entityType")
    List<String> entityTypes(Long tenant);

    @Query("SELECT DISTINCT e.entityType FROM AuditEvent e WHERE e.entityType IS NOT NULL ORDER BY e.entityType")
    List<String> allEntityTypes();
}
