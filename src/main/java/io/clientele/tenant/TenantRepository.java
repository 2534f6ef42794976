package io.clientele.tenant;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, Long> {
    Optional<Tenant> findByName(String name);

    Optional<Tenant> findFirstByOrderByIdAsc();

    java.util.List<Tenant> findByTrashRetentionDaysIsNotNull();
}
