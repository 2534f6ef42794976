package io.clientele.organization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrganizationRepository extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {
    boolean existsByOrgNumberAndDeletedAtIsNull(String orgNumber);

    boolean existsByOrgNumberAndDeletedAtIsNullAndIdNot(String orgNumber, Long id);

    java.util.Optional<Organization> findFirstByOrgNumberAndDeletedAtIsNull(String orgNumber);

    java.util.Optional<Organization> findFirstByNameIgnoreCaseAndDeletedAtIsNullOrderById(String name);
}
