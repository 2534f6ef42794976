package io.clientele.integration;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {
    @Query("select k from ApiKey k where (:customerId is null and k.customerId is null) or k.customerId = :customerId")
    List<ApiKey> findByOwner(Long customerId, Pageable page);

    @Query(
            "select count(k) from ApiKey k where (:customerId is null and k.customerId is null) or k.customerId = :customerId")
    long countByOwner(Long customerId);

    List<ApiKey> findByCustomerIdAndRevokedAtIsNull(long customerId);
}
