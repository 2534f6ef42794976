package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ClienteleProperties;
import io.clientele.base.SecretTokens;
import io.clientele.base.mail.MailService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New passwords for logins: set by an administrator, by a one-time link support mails (the token is stored hashed),
 * or required at the next sign-in. A customer's password is never known to support.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResets {
    /** A link asked for on the login page lives a quarter of an hour: long enough to open the mail, no longer. */
    static final Duration SELF_SERVICE_VALIDITY = Duration.ofMinutes(15);

    private final PasswordResetTokenRepository resetTokens;
    private final Logins logins;
    private final AuditService audit;
    private final MailService mail;
    private final ClienteleProperties properties;
    private final UserAccountRepository accounts;
    private final ResetRequestLimits limits;
    private final LoginSessions sessions;

    private final Clock clock;

    PasswordResets(
            PasswordResetTokenRepository resetTokens,
            Logins logins,
            AuditService audit,
            MailService mail,
            ClienteleProperties properties,
            UserAccountRepository accounts,
            ResetRequestLimits limits,
            LoginSessions sessions,
            Clock clock) {
        this.clock = clock;
        this.resetTokens = resetTokens;
        this.logins = logins;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
        this.accounts = accounts;
        this.limits = limits;
        this.sessions = sessions;
    }

    /**
     * ADMIN and above only: SUPPORT sends a reset link, so a customer's password is never known to support. The
     * login must choose its own password at its next sign-in, its open sessions end, and it is told by mail.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void setPassword(long userId, String newPassword) {
        UserAccount a = logins.resettable(userId);
        logins.applyPassword(a, newPassword);
        a.setForcePasswordChange(true);
        a.endSessions();
        boolean nb = "nb".equals(a.getLanguage());
        mail.sendAfterCommit(
                a.getEmail(),
                nb ? "Passordet ditt er endret" : "Your password was changed",
                (nb ? "Hei " : "Hello ") + a.displayName() + ",\n\n"
                        + (nb
                                ? "En administrator hos " + logins.tenantName(a)
                                        + " har satt et nytt passord for deg. Du velger ditt "
                                        + "eget når du logger inn neste gang. Ta kontakt med dem hvis du ikke ba om dette.\n"
                                : "An administrator at " + logins.tenantName(a)
                                        + " set a new password for you. You will choose your "
                                        + "own at your next sign-in. Contact them if you did not ask for this.\n"));
        audit.record("PASSWORD_SET", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
    }

    /** Mails a one-time link; the token is never stored in clear. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public void sendResetLink(long userId, Locale locale) {
        UserAccount a = logins.resettable(userId);
        mailLink(a, properties.security().resetLinkValidity(), locale);
        audit.record("PASSWORD_RESET_LINK_SENT", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
    }

    /**
     * "Forgot password?" on the login page, before anyone is signed in: a one-time link (stored hashed, valid for 15
     * minutes, used once) mailed to the login's own address. The caller gets the same answer whether or not the address
     * has a login and whether or not the request was over the limit ({@link ResetRequestLimits}); the trail tells.
     */
    @Transactional
    public void requestReset(String email, String ip, Locale locale) {
        String address = email == null ? "" : email.trim();
        if (!limits.allow(address.toLowerCase(Locale.ROOT), ip)) {
            audit.recordSecurity(null, null, address, "PASSWORD_RESET_THROTTLED", Summary.of(ip));
            return;
        }
        Optional<UserAccount> login = accounts.findByEmailIgnoreCase(address).filter(UserAccount::isEnabled);
        login.ifPresent(a -> mailLink(a, SELF_SERVICE_VALIDITY, locale));
        audit.recordSecurity(
                login.map(UserAccount::getTenantId).orElse(null),
                login.map(UserAccount::getId).orElse(null),
                address,
                login.isPresent() ? "PASSWORD_RESET_REQUESTED" : "PASSWORD_RESET_UNKNOWN",
                Summary.of(ip));
    }

    /** Mails the login a one-time link to choose a new password, valid for {@code validity}. */
    private void mailLink(UserAccount a, Duration validity, Locale locale) {
        String token = SecretTokens.random(32);
        resetTokens.save(new PasswordResetToken(
                a.getId(), Logins.sha256(token), Instant.now(clock).plus(validity)));
        String link = properties.baseUrl() + "/reset-password?token=" + token;
        boolean nb = "nb".equals(locale.getLanguage());
        boolean minutes = validity.toHours() == 0;
        long amount = minutes ? validity.toMinutes() : validity.toHours();
        mail.sendAfterCommit(
                a.getEmail(),
                nb ? "Tilbakestill passordet ditt" : "Reset your password",
                (nb ? "Hei " : "Hello ") + a.displayName() + ",\n\n"
                        + (nb
                                ? "Bruk denne lenken for å velge et nytt passord (den virker én gang, i " + amount
                                        + (minutes ? " minutter" : " timer")
                                : "Use this link to choose a new password (it works once, for " + amount
                                        + (minutes ? " minutes" : " hours"))
                        + "):\n" + link + "\n\n"
                        + (nb
                                ? "Ba du ikke om dette, kan du se bort fra e-posten; passordet ditt er uendret.\n"
                                : "If you did not ask for this, ignore this mail; your password is unchanged.\n"));
    }

    /** The login must choose a new password before it can use the portal. */
    @PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
    @Transactional
    public void requirePasswordChange(long userId, boolean required) {
        UserAccount a = logins.resettable(userId);
        boolean before = a.isForcePasswordChange();
        a.setForcePasswordChange(required);
        audit.record(
                "PASSWORD_CHANGE_REQUIRED",
                "USER_ACCOUNT",
                a.getId(),
                Summary.of(a.getEmail(), required ? 1 : 0),
                Map.of("forcePasswordChange", before),
                Map.of("forcePasswordChange", required));
    }

    /** Used from the public reset page: the token is the authorization. */
    @Transactional
    public void resetWithToken(String token, String newPassword) {
        PasswordResetToken t = resetTokens
                .findByTokenHashAndPurpose(Logins.sha256(token == null ? "" : token), PasswordResetToken.Purpose.RESET)
                .filter(x -> x.isUsable(Instant.now(clock)))
                .orElseThrow(() -> new InvalidPasswordException("password.reset-link-invalid"));
        UserAccount a = accounts.findById(t.getUserAccountId()).orElseThrow();
        logins.applyPassword(a, newPassword);
        t.markUsed(Instant.now(clock));
        a.setLockedUntil(null);
        a.setFailedLogins(0);
        a.setForcePasswordChange(false);
        if (a.isInvited()) {
            // An invitee who chose a password by "Forgot password?" has accepted the invitation that way.
            a.acceptInvitation(Instant.now(clock));
        }
        // Every other session of the login ends: those on this node now, the others at their next request.
        a.endSessions();
        sessions.invalidateAll(a.getId());
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "PASSWORD_RESET", Summary.of());
    }

    public boolean isResetTokenUsable(String token) {
        return token != null
                && resetTokens
                        .findByTokenHashAndPurpose(Logins.sha256(token), PasswordResetToken.Purpose.RESET)
                        .filter(x -> x.isUsable(Instant.now(clock)))
                        .isPresent();
    }
}
