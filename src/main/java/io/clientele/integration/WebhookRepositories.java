package io.clientele.integration;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {
    @Query(
            "select e from WebhookEndpoint e where (:customerId is null and e.customerId is null) or e.customerId = :customerId")
    List<WebhookEndpoint> findByOwner(Long customerId, Pageable page);

    @Query(
            "select count(e) from WebhookEndpoint e where (:customerId is null and e.customerId is null) or e.customerId = :customerId")
    long countByOwner(Long customerId);
}

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {
    List<WebhookDelivery> findByEndpointId(long endpointId, Pageable page);

    long countByEndpointId(long endpointId);
}
