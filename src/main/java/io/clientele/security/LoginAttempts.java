package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ClienteleProperties;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in: who may (the login as Spring Security loads it), the count of failed attempts and the lock-out it
 * leads to, the trail of every attempt, and the sessions a login has open. Called by the login filter before
 * anyone is signed in; support's Unlock and Sign out everywhere are the staff side of it.
 */
@Service
@Transactional(readOnly = true)
public class LoginAttempts implements UserDetailsService {
    private final UserAccountRepository accounts;
    private final Logins logins;
    private final AuditService audit;
    private final ClienteleProperties properties;
    private final TenantService tenants;
    private final PortalLoginPolicy portalLogins;
    private final ApplicationEventPublisher events;
    private final LoginSessions sessions;
    private final TransactionTemplate writes;
    private final SecondFactorPolicy secondFactor;

    private final Clock clock;

    LoginAttempts(
            UserAccountRepository accounts,
            Logins logins,
            AuditService audit,
            ClienteleProperties properties,
            TenantService tenants,
            PortalLoginPolicy portalLogins,
            ApplicationEventPublisher events,
            LoginSessions sessions,
            TransactionTemplate writes,
            SecondFactorPolicy secondFactor,
            Clock clock) {
        this.secondFactor = secondFactor;
        this.clock = clock;
        this.accounts = accounts;
        this.logins = logins;
        this.audit = audit;
        this.properties = properties;
        this.tenants = tenants;
        this.portalLogins = portalLogins;
        this.events = events;
        this.sessions = sessions;
        this.writes = writes;
    }

    @Override
    public CurrentUser loadUserByUsername(String email) {
        UserAccount a = accounts.findByEmailIgnoreCase(email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        CurrentUser user = new CurrentUser(
                a.getId(),
                a.getEmail(),
                a.getPasswordHash(),
                a.displayName(),
                a.getTenantId(),
                a.roles(),
                a.isEnabled(),
                a.getLockedUntil(),
                a.getLanguage());
        user.openedAt(a.getSessionVersion());
        user.owe(secondFactor.owed(a));
        if (a.awaitsEmailConfirmation()) {
            user.awaitEmailConfirmation();
        }
        if (a.getTenantId() != null
                && tenants.find(a.getTenantId()).map(Tenant::getSuspendedAt).isPresent()) {
            user.refuseLogin("login.refused.tenant-suspended");
        }
        if (a.getTenantId() == null && user.has(Role.SYSTEM_ADMIN)) {
            // Platform operators belong to no tenant; they start in the oldest one and switch from the top bar.
            tenants.first().ifPresent(t -> user.switchTenant(t.getId()));
        }
        if (a.getStaffRole() == null && a.getTenantId() != null) {
            // Also read on every remember-me login, so blocking a customer locks out a remembered browser too.
            portalLogins.refusal(a.getTenantId(), a.getId()).ifPresent(user::refuseLogin);
            portalLogins.customerOf(a.getTenantId(), a.getId()).ifPresent(user::actAsCustomer);
        }
        return user;
    }

    @Transactional
    public void loginSucceeded(String email, String ip, String browser) {
        accounts.findByEmailIgnoreCase(email).ifPresent(a -> {
            a.setFailedLogins(0);
            a.setLockedUntil(null);
            a.setLastLoginAt(Instant.now(clock));
            a.setLastLoginSource(ip, browser);
            events.publishEvent(new LoginSucceeded(a.getTenantId(), a.getId(), a.getLastLoginAt()));
            audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "LOGIN_SUCCEEDED", Summary.of());
        });
    }

    /**
     * Counted in the database, not on a loaded entity: parallel attempts each add one and the limit locks once. The
     * login is read and counted in one short transaction that commits before the audit events are written (in their
     * own transactions), so an attempt never holds a connection, or the row's lock, while it waits for another.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void loginFailed(String email) {
        int max = properties.security().maxFailedLogins();
        Instant until = Instant.now(clock).plus(properties.security().lockoutDuration());
        FailedLogin counted = writes.execute(status -> accounts.findByEmailIgnoreCase(email == null ? "" : email.trim())
                .map(a -> {
                    accounts.countFailedLogin(a.getId());
                    int failed = accounts.failedLogins(a.getId());
                    boolean locked = failed >= max && accounts.lockIfOver(a.getId(), max, until) > 0;
                    return new FailedLogin(a.getTenantId(), a.getId(), a.getEmail(), failed, locked);
                })
                .orElse(null));
        if (counted == null) {
            audit.recordSecurity(null, null, email, "LOGIN_FAILED", Summary.of(0));
            return;
        }
        audit.recordSecurity(
                counted.tenantId(), counted.userId(), counted.email(), "LOGIN_FAILED", Summary.of(counted.inARow()));
        if (counted.locked()) {
            audit.recordSecurity(
                    counted.tenantId(), counted.userId(), counted.email(), "ACCOUNT_LOCKED", Summary.of(until, max));
        }
    }

    private record FailedLogin(Long tenantId, long userId, String email, int inARow, boolean locked) {}

    /** Read after the password was checked: a lock that parallel wrong attempts set meanwhile still refuses. */
    public boolean lockedNow(String email) {
        return accounts.findByEmailIgnoreCase(email.trim())
                .map(UserAccount::getLockedUntil)
                .filter(until -> until.isAfter(Instant.now(clock)))
                .isPresent();
    }

    /**
     * Whether a session opened at {@code sessionVersion} may go on: not signed out everywhere, enabled, unlocked, and
     * its tenant not suspended.
     */
    public boolean sessionStillValid(long userId, int sessionVersion) {
        return accounts.state(userId)
                .filter(s -> s.sessionVersion() == sessionVersion
                        && s.enabled()
                        && !s.lockedAt(Instant.now(clock))
                        && s.tenantSuspendedAt() == null)
                .isPresent();
    }

    @Transactional
    public void loginRefused(String email, String reasonKey) {
        accounts.findByEmailIgnoreCase(email)
                .ifPresent(a -> audit.recordSecurity(
                        a.getTenantId(), a.getId(), a.getEmail(), "LOGIN_REFUSED", Summary.of(reasonKey)));
    }

    @Transactional
    public void loginRefusedWhileLocked(String email) {
        accounts.findByEmailIgnoreCase(email)
                .ifPresent(a -> audit.recordSecurity(
                        a.getTenantId(), a.getId(), a.getEmail(), "LOGIN_REFUSED_LOCKED", Summary.of()));
    }

    /** Lifts a lock-out after failed logins now instead of when it runs out. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public void unlock(long userId) {
        UserAccount a = logins.resettable(userId);
        a.setLockedUntil(null);
        a.setFailedLogins(0);
        audit.record("ACCOUNT_UNLOCKED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
    }

    /**
     * Ends every open browser session of the login: those on this node at once, those on other nodes at their next
     * request (the session version). A remembered browser stays until a new password.
     */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public int signOutEverywhere(long userId) {
        UserAccount a = logins.resettable(userId);
        a.endSessions();
        int ended = sessions.invalidateAll(a.getId());
        audit.record("SIGNED_OUT_EVERYWHERE", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail(), ended), null, null);
        return ended;
    }
}
