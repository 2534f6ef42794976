package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.Languages;
import io.clientele.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins: finding them, creating them (first start, demo data and tests, as the system), the signed-in user's own
 * password and language, and staff roles. Signing in is {@link LoginAttempts}, new passwords {@link PasswordResets},
 * customers' logins {@link PortalLogins}.
 */
@Service
@Transactional(readOnly = true)
public class UserAccountService {
    private final UserAccountRepository accounts;
    private final Logins logins;
    private final AuditService audit;

    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, Logins logins, AuditService audit, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.logins = logins;
        this.audit = audit;
    }

    public boolean exists() {
        return accounts.count() > 0;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmailIgnoreCase(email);
    }

    /** Accounts of the current tenant only. */
    public Optional<UserAccount> findInTenant(long id) {
        return accounts.findByIdAndTenantId(id, TenantContext.current());
    }

    // --- the logged-in user's own profile ---

    /** Never during a support session: support does not get to choose a customer's password. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = CurrentUser.require();
        if (me.support().isPresent()) {
            throw new AccessDeniedException("Support sessions do not change the customer's password");
        }
        UserAccount a = accounts.findById(me.userId()).orElseThrow();
        if (!logins.matches(currentPassword, a)) {
            throw new InvalidPasswordException("password.current-wrong");
        }
        logins.applyPassword(a, newPassword);
        a.setForcePasswordChange(false);
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "PASSWORD_CHANGED", Summary.of());
    }

    @Transactional
    public void changeOwnLanguage(String language) {
        CurrentUser me = CurrentUser.require();
        if (me.support().filter(CurrentUser.Support::readOnly).isPresent()) {
            throw new AccessDeniedException("A read-only support session changes nothing");
        }
        Languages.check(language);
        UserAccount a = accounts.findById(me.userId()).orElseThrow();
        a.setLanguage(language);
        me.setLanguage(language);
    }

    /** Creates a login directly: first start, demo data and tests, run as the system ({@link SystemAuthentication}). */
    @PreAuthorize("hasRole('" + Roles.SYSTEM_ADMIN + "')")
    @Transactional
    public UserAccount create(
            Long tenantId,
            String email,
            String firstName,
            String lastName,
            String password,
            Role staffRole,
            Role portalRole) {
        UserAccount a = new UserAccount(tenantId, email, firstName, lastName);
        logins.applyPassword(a, password);
        a.setStaffRole(staffRole);
        a.setBookable(staffRole != null && staffRole != Role.SYSTEM_ADMIN);
        a.setPortalRole(portalRole);
        if (portalRole != null) {
            // Made by staff or the system, not signed up: the address counts as confirmed.
            a.setEmailVerifiedAt(Instant.now(clock));
        }
        return accounts.save(a);
    }

    /** Demo and bulk data share one precomputed hash: bcrypt per row would take minutes. */
    @PreAuthorize("hasRole('" + Roles.SYSTEM_ADMIN + "')")
    @Transactional
    public UserAccount createWithHash(
            Long tenantId,
            String email,
            String firstName,
            String lastName,
            String hash,
            Role staffRole,
            Role portalRole,
            String language) {
        UserAccount a = new UserAccount(tenantId, email, firstName, lastName);
        a.setPasswordHash(hash);
        a.setStaffRole(staffRole);
        a.setBookable(staffRole != null && staffRole != Role.SYSTEM_ADMIN);
        a.setPortalRole(portalRole);
        a.setLanguage(language);
        return accounts.save(a);
    }

    /** The tenant's staff, by name: who a booking can be with. */
    public List<UserAccount> staffMembers() {
        return accounts.findByTenantIdAndStaffRoleIsNotNullOrderByFirstNameAscLastNameAsc(TenantContext.require());
    }

    /** Logins of this tenant by id, for a page of rows in one query. */
    public Map<Long, UserAccount> findAllInTenant(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findByTenantIdAndIdIn(TenantContext.require(), ids).stream()
                .collect(Collectors.toMap(UserAccount::getId, a -> a));
    }

    public String hash(String password) {
        return logins.hash(password);
    }
}
