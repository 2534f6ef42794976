package io.clientele.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByEmailIgnoreCase(String email);

    Optional<UserAccount> findByIdAndTenantId(Long id, Long tenantId);

    boolean existsByEmailIgnoreCase(String email);

    /** One statement, so parallel wrong passwords all count (an entity update would lose them to its version check). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE UserAccount a SET a.failedLogins = a.failedLogins + 1 WHERE a.id = :id")
    void countFailedLogin(@Param("id") long id);

    @Query("SELECT a.failedLogins FROM UserAccount a WHERE a.id = :id")
    int failedLogins(@Param("id") long id);

    /** Only the attempt that reached the limit locks; the row lock of its update orders the others behind it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "UPDATE UserAccount a SET a.lockedUntil = :until, a.failedLogins = 0 WHERE a.id = :id AND a.failedLogins >= :max")
    int lockIfOver(@Param("id") long id, @Param("max") int max, @Param("until") Instant until);

    /** What a session's next request is checked against. */
    @Query("SELECT new io.clientele.security.LoginState(a.sessionVersion, a.enabled, a.lockedUntil, "
            + "(SELECT t.suspendedAt FROM Tenant t WHERE t.id = a.tenantId)) FROM UserAccount a WHERE a.id = :id")
    Optional<LoginState> state(@Param("id") long id);

    List<UserAccount> findByTenantIdAndStaffRoleIsNotNullOrderByFirstNameAscLastNameAsc(Long tenantId);

    List<UserAccount> findByTenantIdAndStaffRoleIsNotNullAndBookableTrueAndEnabledTrueOrderByFirstNameAscLastNameAsc(
            Long tenantId);

    long countByTenantIdAndStaffRoleAndEnabledTrueAndInvitedAtIsNullAndIdNot(Long tenantId, Role role, Long id);

    List<UserAccount> findByTenantIdAndIdIn(Long tenantId, java.util.Collection<Long> ids);
}
