package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ClienteleProperties;
import io.clientele.base.FieldErrors;
import io.clientele.base.LikePatterns;
import io.clientele.base.Messages;
import io.clientele.base.SecretTokens;
import io.clientele.base.Texts;
import io.clientele.base.mail.MailService;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Staff: the tenant's staff logins. OWNER invites (a one-time link, 72 hours, until then the login is
 * pending and has no password), changes roles (never above their own; the last OWNER stays one), deactivates and
 * reactivates (sessions end at once); ADMIN sees the list and chooses who is offered for bookings.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {
    static final Duration INVITATION_VALIDITY = Duration.ofHours(72);
    /** First and last name as one text; empty for an invitee who has not chosen them yet. */
    private static final String NAME = "trim(concat(coalesce(a.firstName, ''), ' ', coalesce(a.lastName, '')))";

    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(" + NAME + ")",
            "email", "a.email",
            "role", "a.staffRole",
            "state", "a.enabled DESC, a.invitedAt",
            "lastLogin", "a.lastLoginAt",
            "bookable", "a.bookable",
            "twoFactor", "a.totpEnabledAt");

    /** Where a staff login stands. */
    public enum State {
        INVITED,
        EXPIRED,
        ACTIVE,
        DEACTIVATED
    }

    /** A row of the list. */
    public record StaffRow(
            long id,
            String name,
            String email,
            Role role,
            Instant lastLoginAt,
            Instant invitedAt,
            boolean enabled,
            boolean bookable,
            boolean twoFactor) {
        public State state(Instant now) {
            if (invitedAt != null) {
                return invitedAt.plus(INVITATION_VALIDITY).isAfter(now) ? State.INVITED : State.EXPIRED;
            }
            return enabled ? State.ACTIVE : State.DEACTIVATED;
        }

        public String displayName() {
            return name.isBlank() ? email : name;
        }
    }

    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository tokens;
    private final Logins logins;
    private final LoginSessions sessions;
    private final AuditService audit;
    private final MailService mail;
    private final ClienteleProperties properties;
    private final EntityManager em;
    private final Clock clock;

    StaffService(
            UserAccountRepository accounts,
            PasswordResetTokenRepository tokens,
            Logins logins,
            LoginSessions sessions,
            AuditService audit,
            MailService mail,
            ClienteleProperties properties,
            EntityManager em,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.logins = logins;
        this.sessions = sessions;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
        this.em = em;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<StaffRow> list(String search, Pageable page) {
        String order = page.getSort().stream()
                .filter(o -> SORTS.containsKey(o.getProperty()))
                .map(o -> SORTS.get(o.getProperty()) + (o.getDirection() == Sort.Direction.DESC ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        return em.createQuery(
                        "SELECT new io.clientele.security.StaffService$StaffRow(a.id, " + NAME
                                + ", a.email, a.staffRole, a.lastLoginAt, a.invitedAt, "
                                + "a.enabled, a.bookable, CASE WHEN a.totpEnabledAt IS NULL THEN false ELSE true END) "
                                + "FROM UserAccount a " + WHERE + " ORDER BY "
                                + (order.isEmpty() ? SORTS.get("name") : order) + ", a.id",
                        StaffRow.class)
                .setParameter("tenant", TenantContext.require())
                .setParameter("q", LikePatterns.contains(search))
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
    }

    private static final String WHERE = "WHERE a.tenantId = :tenant AND a.staffRole IS NOT NULL AND (lower(a.email) "
            + "LIKE :q ESCAPE '\\' OR lower(" + NAME + ") LIKE :q ESCAPE '\\')";

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long count(String search) {
        return em.createQuery("SELECT count(a) FROM UserAccount a " + WHERE, Long.class)
                .setParameter("tenant", TenantContext.require())
                .setParameter("q", LikePatterns.contains(search))
                .getSingleResult();
    }

    /** The roles the signed-in user may hand out: their own and those under it. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<Role> assignableRoles() {
        CurrentUser me = CurrentUser.require();
        return Role.assignableStaffRoles().stream()
                .filter(r -> me.has(r) && (me.outranks(r) || me.has(Role.OWNER)))
                .toList();
    }

    /** Invites a new staff member of this tenant by e-mail; returns the pending login's id. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public long invite(Invitation invitation, Locale locale) {
        FieldErrors errors = FieldErrors.of(invitation);
        errors.require(
                invitation.getRole() == null || assignableRoles().contains(invitation.getRole()),
                "role",
                "staff.role-above-own");
        String email =
                invitation.getEmail() == null ? "" : invitation.getEmail().trim();
        errors.require(errors.has("email") || !accounts.existsByEmailIgnoreCase(email), "email", "staff.email-taken");
        errors.throwIfAny();
        return inviteInto(TenantContext.require(), email, invitation.getRole(), locale);
    }

    /** A new tenant's first OWNER, invited by the platform operator who made the tenant. */
    @PreAuthorize("hasRole('" + Roles.SYSTEM_ADMIN + "')")
    @Transactional
    public long inviteOwner(long tenantId, String email, Locale locale) {
        return inviteInto(tenantId, email.trim(), Role.OWNER, locale);
    }

    private long inviteInto(long tenantId, String email, Role role, Locale locale) {
        UserAccount a = new UserAccount(tenantId, email, null, null);
        a.setStaffRole(role);
        a.setBookable(true);
        a.invite(Instant.now(clock), CurrentUser.require().getUsername());
        accounts.save(a);
        mailInvitation(a, locale);
        audit.record(tenantId, "STAFF_INVITED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail(), role));
        return a.getId();
    }

    private void mailInvitation(UserAccount a, Locale locale) {
        String token = SecretTokens.random(32);
        Instant now = Instant.now(clock);
        tokens.useUp(a.getId(), PasswordResetToken.Purpose.INVITATION, now);
        tokens.save(new PasswordResetToken(
                a.getId(), Logins.sha256(token), now.plus(INVITATION_VALIDITY), PasswordResetToken.Purpose.INVITATION));
        mail.sendAfterCommit(
                a.getEmail(),
                Messages.text(locale, "invitation.mail-subject", logins.tenantName(a)),
                Messages.text(
                        locale,
                        "invitation.mail-body",
                        a.getInvitedBy(),
                        logins.tenantName(a),
                        Messages.text(locale, "role." + a.getStaffRole()),
                        properties.baseUrl() + "/accept-invitation?token=" + token,
                        INVITATION_VALIDITY.toHours()));
    }

    /** A fresh link for a pending invitation; the earlier link stops working. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void resendInvitation(long userId, Locale locale) {
        UserAccount a = pending(userId);
        a.invite(Instant.now(clock), CurrentUser.require().getUsername());
        mailInvitation(a, locale);
        audit.record("INVITATION_RESENT", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
    }

    /** Withdraws a pending invitation: the login is gone and its link stops working. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void revokeInvitation(long userId) {
        UserAccount a = pending(userId);
        audit.record("INVITATION_REVOKED", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
        accounts.delete(a);
    }

    private UserAccount pending(long userId) {
        UserAccount a = staff(userId);
        if (!a.isInvited()) {
            throw new ActionRefusedException("staff.not-pending");
        }
        return a;
    }

    /**
     * Gives a login of this tenant a staff role, changes it, or takes it away ({@code role} null). Never above the
     * caller's own role, never for a login that outranks the caller, and the tenant keeps at least one active OWNER.
     */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void assignRole(long userId, Role role) {
        if (role != null && !Role.assignableStaffRoles().contains(role)) {
            throw new AccessDeniedException("Role " + role + " cannot be assigned in a tenant");
        }
        if (role != null && !assignableRoles().contains(role)) {
            throw new ActionRefusedException("staff.role-above-own");
        }
        UserAccount a = logins.inTenant(userId);
        Role before = a.getStaffRole();
        mayChange(a);
        if (before == Role.OWNER && role != Role.OWNER) {
            keepAnOwner(a);
        }
        a.setStaffRole(role);
        audit.record(
                "ROLE_ASSIGNED",
                "USER_ACCOUNT",
                a.getId(),
                Summary.of(a.getEmail(), role == null ? "—" : role),
                Collections.singletonMap("staffRole", before),
                Collections.singletonMap("staffRole", role));
    }

    /** Deactivating ends the login's sessions on every node at once; reactivating lets it sign in again. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void setActive(long userId, boolean active) {
        UserAccount a = staff(userId);
        if (a.isEnabled() == active) {
            return;
        }
        if (!active) {
            if (a.getId() == CurrentUser.require().userId()) {
                throw new ActionRefusedException("staff.not-yourself");
            }
            mayChange(a);
            if (a.getStaffRole() == Role.OWNER) {
                keepAnOwner(a);
            }
            a.endSessions();
            sessions.invalidateAll(a.getId());
        }
        a.setEnabled(active);
        audit.record(
                active ? "STAFF_REACTIVATED" : "STAFF_DEACTIVATED",
                "USER_ACCOUNT",
                a.getId(),
                Summary.of(a.getEmail()),
                Map.of("enabled", !active),
                Map.of("enabled", active));
    }

    /** Whether bookings can be made with this staff member. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void setBookable(long userId, boolean bookable) {
        UserAccount a = staff(userId);
        a.setBookable(bookable);
        audit.record(
                "STAFF_BOOKABLE_SET",
                "USER_ACCOUNT",
                a.getId(),
                Summary.of(a.getEmail(), bookable ? 1 : 0),
                Map.of("bookable", !bookable),
                Map.of("bookable", bookable));
    }

    /** Who a booking can be with: active staff offered for bookings, by name. */
    @PreAuthorize("hasRole('" + Roles.BACKOFFICE + "')")
    public List<UserAccount> bookable() {
        return accounts.findByTenantIdAndStaffRoleIsNotNullAndBookableTrueAndEnabledTrueOrderByFirstNameAscLastNameAsc(
                TenantContext.require());
    }

    private UserAccount staff(long userId) {
        UserAccount a = logins.inTenant(userId);
        if (a.getStaffRole() == null) {
            throw new AccessDeniedException("Not a staff login");
        }
        return a;
    }

    /** Only a login the caller outranks, or one of the caller's own rank as OWNER; else refused. */
    static void mayChange(UserAccount a) {
        CurrentUser me = CurrentUser.require();
        Role role = a.getStaffRole();
        if (role != null && !me.outranks(role) && !(role == Role.OWNER && me.has(Role.OWNER))) {
            throw new ActionRefusedException("staff.outranks-you");
        }
    }

    private void keepAnOwner(UserAccount leaving) {
        if (accounts.countByTenantIdAndStaffRoleAndEnabledTrueAndInvitedAtIsNullAndIdNot(
                        leaving.getTenantId(), Role.OWNER, leaving.getId())
                == 0) {
            throw new ActionRefusedException("staff.last-owner");
        }
    }

    /** The invitation page: whose invitation a link is, while it is usable. */
    public Optional<String> invitee(String token) {
        return usableInvitation(token)
                .map(t -> accounts.findById(t.getUserAccountId()).orElseThrow().getEmail());
    }

    /** The invitee chooses a name and password; the link is used up. The token is the authorization. */
    @Transactional
    public void accept(String token, String firstName, String lastName, String password) {
        PasswordResetToken t =
                usableInvitation(token).orElseThrow(() -> new ActionRefusedException("invitation.invalid"));
        UserAccount a = accounts.findById(t.getUserAccountId()).orElseThrow();
        FieldErrors errors = new FieldErrors();
        String first = Texts.trimToNull(firstName);
        String last = Texts.trimToNull(lastName);
        errors.require(first != null, "firstName", "validation.required");
        errors.require(first == null || first.length() <= 100, "firstName", "validation.max-100");
        errors.require(last == null || last.length() <= 100, "lastName", "validation.max-100");
        errors.plain("firstName", firstName);
        errors.plain("lastName", lastName);
        errors.throwIfAny();
        logins.applyPassword(a, password);
        a.setName(first, last);
        Instant now = Instant.now(clock);
        a.acceptInvitation(now);
        t.markUsed(now);
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "INVITATION_ACCEPTED", Summary.of());
    }

    private Optional<PasswordResetToken> usableInvitation(String token) {
        return tokens.findByTokenHashAndPurpose(
                        Logins.sha256(token == null ? "" : token), PasswordResetToken.Purpose.INVITATION)
                .filter(t -> t.isUsable(Instant.now(clock)));
    }
}
