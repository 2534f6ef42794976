package io.clientele.security;

import org.springframework.data.jpa.repository.JpaRepository;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByEmailIgnoreCase(String email);

    Optional<UserAccount> findByIdAndTenantId(Long id, Long tenantId);

    boolean existsByEmailIgnoreCase(String email);

    List<UserAccount> findByTenantIdAndStaffRoleIsNotNullOrderByFirstNameAscLastNameAsc(Long tenantId);

    List<UserAccount> findByTenantIdAndIdIn(Long tenantId, java.util.Collection<Long> ids);
}
