package io.clientele.security;

import io.clientele.audit.Summary;
import io.clientele.audit.AuditService;
import io.clientele.base.ClienteleProperties;
import io.clientele.base.Languages;
import io.clientele.base.mail.MailService;
import io.clientele.tenant.TenantContext;
import io.clientele.tenant.TenantService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Instant;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService {
    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository resetTokens;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final MailService mail;
    private final ClienteleProperties properties;
    private final TenantService tenants;
    private final EntityManager em;
    private final PortalLoginPolicy portalLogins;
    private final ApplicationEventPublisher events;
    private final LoginSessions sessions;
    private final TransactionTemplate writes;

    UserAccountService(UserAccountRepository accounts, PasswordResetTokenRepository resetTokens, PasswordEncoder encoder,
                       AuditService audit, MailService mail, ClienteleProperties properties, TenantService tenants,
                       EntityManager em, PortalLoginPolicy portalLogins, ApplicationEventPublisher events,
                       LoginSessions sessions, TransactionTemplate writes) {
        this.sessions = sessions;
        this.writes = writes;
        this.accounts = accounts;
        this.resetTokens = resetTokens;
        this.encoder = encoder;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
        this.tenants = tenants;
        this.em = em;
        this.portalLogins = portalLogins;
        this.events = events;
    }

    @Override
    public CurrentUser loadUserByUsername(String email) {
        UserAccount a = accounts.findByEmailIgnoreCase(email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        CurrentUser user = new CurrentUser(a.getId(), a.getEmail(), a.getPasswordHash(), a.displayName(),
                a.getTenantId(), a.roles(), a.isEnabled(), a.getLockedUntil(), a.getLanguage());
        user.openedAt(a.getSessionVersion());
        if (a.awaitsEmailConfirmation()) {
            user.awaitEmailConfirmation();
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

    // --- login bookkeeping (called by LoginAuditor; there is no user in the security context yet) ---

    @Transactional
    public void loginSucceeded(String email, String ip, String browser) {
        accounts.findByEmailIgnoreCase(email).ifPresent(a -> {
            a.setFailedLogins(0);
            a.setLockedUntil(null);
            a.setLastLoginAt(Instant.now());
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
        Instant until = Instant.now().plus(properties.security().lockoutDuration());
        FailedLogin counted = writes.execute(status -> accounts.findByEmailIgnoreCase(email == null ? "" : email.trim())
                .map(a -> {
                    accounts.countFailedLogin(a.getId());
                    int failed = accounts.failedLogins(a.getId());
                    boolean locked = failed >= max && accounts.lockIfOver(a.getId(), max, until) > 0;
                    return new FailedLogin(a.getTenantId(), a.getId(), a.getEmail(), failed, locked);
                }).orElse(null));
        if (counted == null) {
            audit.recordSecurity(null, null, email, "LOGIN_FAILED", Summary.of(0));
            return;
        }
        audit.recordSecurity(counted.tenantId(), counted.userId(), counted.email(), "LOGIN_FAILED",
                    Summary.of(counted.inARow()));
        if (counted.locked()) {
            audit.recordSecurity(counted.tenantId(), counted.userId(), counted.email(), "ACCOUNT_LOCKED",
                    Summary.of(until, max));
        }
    }

    private record FailedLogin(Long tenantId, long userId, String email, int inARow, boolean locked) {
    }

    /** Read after the password was checked: a lock that parallel wrong attempts set meanwhile still refuses. */
    public boolean lockedNow(String email) {
        return accounts.findByEmailIgnoreCase(email.trim()).map(UserAccount::getLockedUntil)
                .filter(until -> until.isAfter(Instant.now())).isPresent();
    }

    /** Whether a session opened at {@code sessionVersion} may go on: not signed out everywhere, enabled, unlocked. */
    public boolean sessionStillValid(long userId, int sessionVersion) {
        return accounts.state(userId).filter(s -> s.sessionVersion() == sessionVersion && s.enabled()
                && !s.lockedAt(Instant.now())).isPresent();
    }

    @Transactional
    public void loginRefused(String email, String reasonKey) {
        accounts.findByEmailIgnoreCase(email).ifPresent(a -> audit.recordSecurity(a.getTenantId(), a.getId(),
                a.getEmail(), "LOGIN_REFUSED", Summary.of(reasonKey)));
    }

    @Transactional
    public void loginRefusedWhileLocked(String email) {
        accounts.findByEmailIgnoreCase(email).ifPresent(a -> audit.recordSecurity(a.getTenantId(), a.getId(),
                a.getEmail(), "LOGIN_REFUSED_LOCKED", Summary.of()));
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
        if (!encoder.matches(currentPassword, a.getPasswordHash())) {
            throw new InvalidPasswordException("password.current-wrong");
        }
        applyPassword(a, newPassword);
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

    // --- staff actions on portal logins of the current tenant ---

    /**
     * ADMIN and above only: SUPPORT sends a reset link, so a customer's password is never known to support. The
     * login must choose its own password at its next sign-in, its open sessions end, and it is told by mail.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void setPassword(long userId, String newPassword) {
        UserAccount a = resettableAccount(userId);
        applyPassword(a, newPassword);
        a.setForcePasswordChange(true);
        a.endSessions();
        boolean nb = "nb".equals(a.getLanguage());
        mail.sendAfterCommit(a.getEmail(), nb ? "Passordet ditt er endret" : "Your password was changed",
                (nb ? "Hei " : "Hello ") + a.displayName() + ",\n\n" + (nb
                        ? "En administrator hos " + tenantName(a) + " har satt et nytt passord for deg. Du velger ditt "
                        + "eget når du logger inn neste gang. Ta kontakt med dem hvis du ikke ba om dette.\n"
                        : "An administrator at " + tenantName(a) + " set a new password for you. You will choose your "
                        + "own at your next sign-in. Contact them if you did not ask for this.\n"));
        audit.record("PASSWORD_SET", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
    }

    /** Mails a one-time link; the token is never stored in clear. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public void sendResetLink(long userId, Locale locale) {
        UserAccount a = resettableAccount(userId);
        String token = io.clientele.base.SecretTokens.random(32);
        resetTokens.save(new PasswordResetToken(a.getId(), sha256(token),
                Instant.now().plus(properties.security().resetLinkValidity())));
        String link = properties.baseUrl() + "/reset-password?token=" + token;
        boolean nb = "nb".equals(locale.getLanguage());
        mail.send(a.getEmail(), nb ? "Tilbakestill passordet ditt" : "Reset your password",
                (nb ? "Hei " : "Hello ") + a.displayName() + ",\n\n"
                        + (nb ? "Bruk denne lenken for å velge et nytt passord (gyldig i "
                        : "Use this link to choose a new password (valid for ")
                        + properties.security().resetLinkValidity().toHours() + (nb ? " timer):\n" : " hours):\n")
                        + link + "\n");
        audit.record("PASSWORD_RESET_LINK_SENT", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()),
                null, null);
    }

    /** Lifts a lock-out after failed logins now instead of when it runs out. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public void unlock(long userId) {
        UserAccount a = resettableAccount(userId);
        a.setLockedUntil(null);
        a.setFailedLogins(0);
        audit.record("ACCOUNT_UNLOCKED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
    }

    /** The login must choose a new password before it can use the portal. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public void requirePasswordChange(long userId, boolean required) {
        UserAccount a = resettableAccount(userId);
        boolean before = a.isForcePasswordChange();
        a.setForcePasswordChange(required);
        audit.record("PASSWORD_CHANGE_REQUIRED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail(),
                required ? 1 : 0),
                java.util.Map.of("forcePasswordChange", before), java.util.Map.of("forcePasswordChange", required));
    }

    /**
     * Ends every open browser session of the login: those on this node at once, those on other nodes at their next
     * request (the session version). A remembered browser stays until a new password.
     */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public int signOutEverywhere(long userId) {
        UserAccount a = resettableAccount(userId);
        a.endSessions();
        int ended = sessions.invalidateAll(a.getId());
        audit.record("SIGNED_OUT_EVERYWHERE", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail(),
                ended), null, null);
        return ended;
    }

    /**
     * A portal sign-up: a CUSTOMER login of {@code tenantId} with an unverified address, and the verification link
     * mailed to it. Runs before anyone is logged in; the caller (the sign-up service) checks the tenant.
     */
    @Transactional
    public Optional<UserAccount> signUp(long tenantId, String email, String firstName, String lastName, String password,
                                        String signInPath, String verifyUrl) {
        UserAccount a = new UserAccount(tenantId, email, firstName, lastName);
        applyPassword(a, password);
        Optional<UserAccount> existing = accounts.findByEmailIgnoreCase(a.getEmail());
        if (existing.isPresent()) {
            // The caller sees the same answer as for a new address; only the address's owner learns of the attempt.
            UserAccount owner = existing.get();
            mail.sendAfterCommit(owner.getEmail(), "Someone tried to sign up with your e-mail address",
                    "Hello " + owner.displayName() + ",\n\nSomeone tried to sign up with this address, which already "
                            + "has a login. If it was you, sign in instead (or use Forgot password):\n"
                            + properties.baseUrl() + signInPath + "\nIf it was not you, you can ignore this mail.\n");
            audit.recordSecurity(owner.getTenantId(), owner.getId(), owner.getEmail(), "SIGNUP_WITH_EXISTING_EMAIL",
                    Summary.of(tenantId));
            return Optional.empty();
        }
        a.setPortalRole(Role.CUSTOMER);
        accounts.saveAndFlush(a);
        mailConfirmationLink(a, verifyUrl);
        audit.recordSecurity(tenantId, a.getId(), a.getEmail(), "SIGNED_UP", Summary.of());
        return Optional.of(a);
    }

    /**
     * The confirmation page's Resend: a fresh link to the signed-in login's own address, at most one a minute.
     * Returns false when the last one is younger than that.
     */
    @Transactional
    public boolean resendConfirmation(String verifyUrl) {
        CurrentUser me = CurrentUser.require();
        UserAccount a = accounts.findById(me.userId()).filter(UserAccount::awaitsEmailConfirmation)
                .orElseThrow(() -> new AccessDeniedException("Nothing to confirm"));
        Instant now = Instant.now();
        if (resetTokens.existsByUserAccountIdAndPurposeAndCreatedAtAfter(a.getId(), PasswordResetToken.Purpose.VERIFY_EMAIL,
                now.minus(java.time.Duration.ofMinutes(1)))) {
            return false;
        }
        mailConfirmationLink(a, verifyUrl);
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "CONFIRMATION_RESENT", Summary.of());
        return true;
    }

    private void mailConfirmationLink(UserAccount a, String verifyUrl) {
        String token = io.clientele.base.SecretTokens.random(32);
        resetTokens.save(new PasswordResetToken(a.getId(), sha256(token), Instant.now().plus(java.time.Duration.ofDays(3)),
                PasswordResetToken.Purpose.VERIFY_EMAIL));
        mail.sendAfterCommit(a.getEmail(), "Confirm your e-mail address", "Hello " + a.displayName() + ",\n\n"
                + "Confirm your address to finish signing up (the link is valid for 3 days):\n"
                + properties.baseUrl() + verifyUrl + token + "\n");
    }

    /** The verification link: the token is the authorization. Returns the verified login's tenant and id. */
    @Transactional
    public Optional<UserAccount> verifyEmail(String token) {
        return resetTokens.findByTokenHashAndPurpose(sha256(token == null ? "" : token),
                        PasswordResetToken.Purpose.VERIFY_EMAIL).filter(t -> t.isUsable(Instant.now()))
                .map(t -> {
                    t.markUsed(Instant.now());
                    UserAccount a = accounts.findById(t.getUserAccountId()).orElseThrow();
                    a.setEmailVerifiedAt(Instant.now());
                    audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "EMAIL_VERIFIED", Summary.of());
                    return a;
                });
    }

    /** A portal login of this tenant that is still new (app users' Create User): email must be free. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public UserAccount createPortalLogin(String email, String firstName, String lastName, String password) {
        if (accounts.existsByEmailIgnoreCase(email.trim())) {
            throw new io.clientele.base.FieldValidationException("email", "app-users.email-taken");
        }
        UserAccount a = new UserAccount(TenantContext.require(), email, firstName, lastName);
        applyPassword(a, password);
        a.setPortalRole(Role.CUSTOMER);
        a.setEmailVerifiedAt(Instant.now());
        accounts.saveAndFlush(a);
        audit.record("PORTAL_LOGIN_CREATED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()),
                null, null);
        return a;
    }

    /** Staff rename a portal login along with its customer (Edit modal). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void renamePortalLogin(long userId, String firstName, String lastName) {
        UserAccount a = tenantAccount(userId);
        if (a.getStaffRole() != null) {
            throw new AccessDeniedException("Staff logins are renamed in Staff & roles");
        }
        a.setName(firstName, lastName);
    }

    /** Used from the public reset page: the token is the authorization. */
    @Transactional
    public void resetWithToken(String token, String newPassword) {
        PasswordResetToken t = resetTokens.findByTokenHashAndPurpose(sha256(token == null ? "" : token), PasswordResetToken.Purpose.RESET)
                .filter(x -> x.isUsable(Instant.now()))
                .orElseThrow(() -> new InvalidPasswordException("password.reset-link-invalid"));
        UserAccount a = accounts.findById(t.getUserAccountId()).orElseThrow();
        applyPassword(a, newPassword);
        t.markUsed(Instant.now());
        a.setLockedUntil(null);
        a.setFailedLogins(0);
        a.setForcePasswordChange(false);
        a.endSessions();
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "PASSWORD_RESET", Summary.of());
    }

    public boolean isResetTokenUsable(String token) {
        return token != null && resetTokens.findByTokenHashAndPurpose(sha256(token), PasswordResetToken.Purpose.RESET).filter(x -> x.isUsable(Instant.now())).isPresent();
    }

    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void assignStaffRole(long userId, Role role) {
        if (role != null && !Role.assignableStaffRoles().contains(role)) {
            throw new AccessDeniedException("Role " + role + " cannot be assigned in a tenant");
        }
        UserAccount a = tenantAccount(userId);
        Role before = a.getStaffRole();
        a.setStaffRole(role);
        audit.record("ROLE_ASSIGNED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail(),
                role == null ? "—" : role), java.util.Collections.singletonMap("staffRole", before),
                java.util.Collections.singletonMap("staffRole", role));
    }

    /** Creates a login directly (first start, demo data, tests); not exposed to views. */
    @Transactional
    public UserAccount create(Long tenantId, String email, String firstName, String lastName, String password,
                              Role staffRole, Role portalRole) {
        UserAccount a = new UserAccount(tenantId, email, firstName, lastName);
        applyPassword(a, password);
        a.setStaffRole(staffRole);
        a.setPortalRole(portalRole);
        if (portalRole != null) {
            // Made by staff or the system, not signed up: the address counts as confirmed.
            a.setEmailVerifiedAt(Instant.now());
        }
        return accounts.save(a);
    }

    /** Demo and bulk data share one precomputed hash: bcrypt per row would take minutes. */
    @Transactional
    public UserAccount createWithHash(Long tenantId, String email, String firstName, String lastName, String hash,
                                      Role staffRole, Role portalRole, String language) {
        UserAccount a = new UserAccount(tenantId, email, firstName, lastName);
        a.setPasswordHash(hash);
        a.setStaffRole(staffRole);
        a.setPortalRole(portalRole);
        a.setLanguage(language);
        return accounts.save(a);
    }

    // --- customer admins (product page 4) ---

    /**
     * Portal logins of this tenant that no customer record uses yet (so not already a customer admin),
     * plus {@code keepId}; with {@code guestsOnly} only GUESTs. Filtered by name or e-mail.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<UserAccount> customerAdminCandidates(String search, Long keepId, boolean guestsOnly, int offset, int limit) {
        String q = io.clientele.base.LikePatterns.contains(search);
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.tenantId = :tenant AND u.staffRole IS NULL "
                        + "AND u.portalRole IS NOT NULL AND (:guestsOnly = false OR u.portalRole = :guest) "
                        + "AND (LOWER(CONCAT(COALESCE(u.firstName, ''), ' ', COALESCE(u.lastName, ''))) LIKE :q ESCAPE '\\' "
                        + "OR u.email LIKE :q ESCAPE '\\') AND (u.id = :keep OR NOT EXISTS "
                        + "(SELECT 1 FROM Customer c WHERE c.userAccountId = u.id)) ORDER BY u.firstName, u.lastName, u.id",
                        UserAccount.class)
                .setParameter("tenant", TenantContext.require()).setParameter("guestsOnly", guestsOnly)
                .setParameter("guest", Role.GUEST).setParameter("q", q).setParameter("keep", keepId == null ? -1L : keepId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
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

    /** The login becomes (or stops being) the customer admin of a customer account. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public UserAccount setCustomerAdmin(long userId, boolean admin) {
        UserAccount a = tenantAccount(userId);
        if (a.getStaffRole() != null) {
            throw new AccessDeniedException("Staff logins cannot be customer admins");
        }
        Role before = a.getPortalRole();
        a.setPortalRole(admin ? Role.CUSTOMER_ADMIN : Role.GUEST);
        if (before != a.getPortalRole()) {
            audit.record("ROLE_ASSIGNED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail(),
                a.getPortalRole()), java.util.Collections.singletonMap("portalRole", before),
                    java.util.Collections.singletonMap("portalRole", a.getPortalRole()));
        }
        return a;
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** A portal login of this tenant, or a staff login the caller outranks. */
    private UserAccount resettableAccount(long userId) {
        UserAccount a = tenantAccount(userId);
        if (a.getStaffRole() == null && a.getPortalRole() == null) {
            throw new AccessDeniedException("Not a portal login");
        }
        if (!CurrentUser.require().mayResetPasswordOf(a.getStaffRole())) {
            throw new AccessDeniedException("Only a higher role may reset the password of a " + a.getStaffRole() + " login");
        }
        return a;
    }

    private UserAccount tenantAccount(long userId) {
        return accounts.findByIdAndTenantId(userId, TenantContext.require())
                .orElseThrow(() -> new AccessDeniedException("No such login in this tenant"));
    }

    private void applyPassword(UserAccount a, String password) {
        PasswordPolicy.violation(password, a.getEmail()).ifPresent(key -> {
            throw new InvalidPasswordException(key);
        });
        a.setPasswordHash(encoder.encode(password));
    }

    private String tenantName(UserAccount a) {
        return a.getTenantId() == null ? "Clientele"
                : tenants.find(a.getTenantId()).map(io.clientele.tenant.Tenant::getName).orElse("Clientele");
    }

    private static String sha256(String value) {
        return io.clientele.base.SecretTokens.sha256(value);
    }
}
