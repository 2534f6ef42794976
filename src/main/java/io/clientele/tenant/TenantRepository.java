package io.clientele.tenant;

import org.springframework.data.jpa.repository.JpaRepository;
import java.util.Optional;

interface TenantRepository extends JpaRepository<Tenant, Long> {
    Optional<Tenant> findByName(String name);

    Optional<Tenant> findFirstByOrderByIdAsc();

    java.util.List<Tenant> findByTrashRetentionDaysIsNotNull();
}
