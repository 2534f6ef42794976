package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ClienteleProperties;
import io.clientele.base.FieldValidationException;
import io.clientele.base.LikePatterns;
import io.clientele.base.SecretTokens;
import io.clientele.base.mail.MailService;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins of the tenant's customers: sign-up with a confirmed address, logins staff create and rename, and the
 * customer admins of customer accounts.
 */
@Service
@Transactional(readOnly = true)
public class PortalLogins {
    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository resetTokens;
    private final Logins logins;
    private final AuditService audit;
    private final MailService mail;
    private final ClienteleProperties properties;
    private final EntityManager em;

    private final Clock clock;

    PortalLogins(
            UserAccountRepository accounts,
            PasswordResetTokenRepository resetTokens,
            Logins logins,
            AuditService audit,
            MailService mail,
            ClienteleProperties properties,
            EntityManager em,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.resetTokens = resetTokens;
        this.logins = logins;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
        this.em = em;
    }

    /**
     * A portal sign-up: a CUSTOMER login of {@code tenantId} with an unverified address, and the verification link
     * mailed to it. Runs before anyone is logged in; the caller (the sign-up service) checks the tenant.
     */
    @Transactional
    public Optional<UserAccount> signUp(
            long tenantId,
            String email,
            String firstName,
            String lastName,
            String password,
            String signInPath,
            String verifyUrl) {
        UserAccount a = new UserAccount(tenantId, email, firstName, lastName);
        logins.applyPassword(a, password);
        Optional<UserAccount> existing = accounts.findByEmailIgnoreCase(a.getEmail());
        if (existing.isPresent()) {
            // The caller sees the same answer as for a new address; only the address's owner learns of the attempt.
            UserAccount owner = existing.get();
            mail.sendAfterCommit(
                    owner.getEmail(),
                    "Someone tried to sign up with your e-mail address",
                    "Hello " + owner.displayName() + ",\n\nSomeone tried to sign up with this address, which already "
                            + "has a login. If it was you, sign in instead (or use Forgot password):\n"
                            + properties.baseUrl() + signInPath + "\nIf it was not you, you can ignore this mail.\n");
            audit.recordSecurity(
                    owner.getTenantId(),
                    owner.getId(),
                    owner.getEmail(),
                    "SIGNUP_WITH_EXISTING_EMAIL",
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
        UserAccount a = accounts.findById(me.userId())
                .filter(UserAccount::awaitsEmailConfirmation)
                .orElseThrow(() -> new AccessDeniedException("Nothing to confirm"));
        Instant now = Instant.now(clock);
        if (resetTokens.existsByUserAccountIdAndPurposeAndCreatedAtAfter(
                a.getId(), PasswordResetToken.Purpose.VERIFY_EMAIL, now.minus(Duration.ofMinutes(1)))) {
            return false;
        }
        mailConfirmationLink(a, verifyUrl);
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "CONFIRMATION_RESENT", Summary.of());
        return true;
    }

    private void mailConfirmationLink(UserAccount a, String verifyUrl) {
        String token = SecretTokens.random(32);
        resetTokens.save(new PasswordResetToken(
                a.getId(),
                Logins.sha256(token),
                Instant.now(clock).plus(Duration.ofDays(3)),
                PasswordResetToken.Purpose.VERIFY_EMAIL));
        mail.sendAfterCommit(
                a.getEmail(),
                "Confirm your e-mail address",
                "Hello " + a.displayName() + ",\n\n"
                        + "Confirm your address to finish signing up (the link is valid for 3 days):\n"
                        + properties.baseUrl() + verifyUrl + token + "\n");
    }

    /** The verification link: the token is the authorization. Returns the verified login's tenant and id. */
    @Transactional
    public Optional<UserAccount> verifyEmail(String token) {
        return resetTokens
                .findByTokenHashAndPurpose(
                        Logins.sha256(token == null ? "" : token), PasswordResetToken.Purpose.VERIFY_EMAIL)
                .filter(t -> t.isUsable(Instant.now(clock)))
                .map(t -> {
                    t.markUsed(Instant.now(clock));
                    UserAccount a = accounts.findById(t.getUserAccountId()).orElseThrow();
                    a.setEmailVerifiedAt(Instant.now(clock));
                    audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "EMAIL_VERIFIED", Summary.of());
                    return a;
                });
    }

    /** A portal login of this tenant that is still new (app users' Create User): email must be free. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public UserAccount createPortalLogin(String email, String firstName, String lastName, String password) {
        if (accounts.existsByEmailIgnoreCase(email.trim())) {
            throw new FieldValidationException("email", "app-users.email-taken");
        }
        UserAccount a = new UserAccount(TenantContext.require(), email, firstName, lastName);
        logins.applyPassword(a, password);
        a.setPortalRole(Role.CUSTOMER);
        a.setEmailVerifiedAt(Instant.now(clock));
        accounts.saveAndFlush(a);
        audit.record("PORTAL_LOGIN_CREATED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
        return a;
    }

    /** Staff rename a portal login along with its customer (Edit modal). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void renamePortalLogin(long userId, String firstName, String lastName) {
        UserAccount a = logins.inTenant(userId);
        if (a.getStaffRole() != null) {
            throw new AccessDeniedException("Staff logins are renamed in Staff & roles");
        }
        a.setName(firstName, lastName);
    }

    /**
     * Portal logins of this tenant that no customer record uses yet (so not already a customer admin),
     * plus {@code keepId}; with {@code guestsOnly} only GUESTs. Filtered by name or e-mail.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<UserAccount> customerAdminCandidates(
            String search, Long keepId, boolean guestsOnly, int offset, int limit) {
        String q = LikePatterns.contains(search);
        return em.createQuery(
                        "SELECT u FROM UserAccount u WHERE u.tenantId = :tenant AND u.staffRole IS NULL "
                                + "AND u.portalRole IS NOT NULL AND (:guestsOnly = false OR u.portalRole = :guest) "
                                + "AND (LOWER(CONCAT(COALESCE(u.firstName, ''), ' ', COALESCE(u.lastName, ''))) LIKE :q ESCAPE '\\' "
                                + "OR u.email LIKE :q ESCAPE '\\') AND (u.id = :keep OR NOT EXISTS "
                                + "(SELECT 1 FROM Customer c WHERE c.userAccountId = u.id)) ORDER BY u.firstName, u.lastName, u.id",
                        UserAccount.class)
                .setParameter("tenant", TenantContext.require())
                .setParameter("guestsOnly", guestsOnly)
                .setParameter("guest", Role.GUEST)
                .setParameter("q", q)
                .setParameter("keep", keepId == null ? -1L : keepId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The login becomes (or stops being) the customer admin of a customer account. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public UserAccount setCustomerAdmin(long userId, boolean admin) {
        UserAccount a = logins.inTenant(userId);
        if (a.getStaffRole() != null) {
            throw new AccessDeniedException("Staff logins cannot be customer admins");
        }
        Role before = a.getPortalRole();
        a.setPortalRole(admin ? Role.CUSTOMER_ADMIN : Role.GUEST);
        if (before != a.getPortalRole()) {
            audit.record(
                    "ROLE_ASSIGNED",
                    "USER_ACCOUNT",
                    a.getId(),
                    Summary.of(a.getEmail(), a.getPortalRole()),
                    Collections.singletonMap("portalRole", before),
                    Collections.singletonMap("portalRole", a.getPortalRole()));
        }
        return a;
    }
}
