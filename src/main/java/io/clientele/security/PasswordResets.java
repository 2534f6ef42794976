package io.clientele.security;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ClienteleProperties;
import io.clientele.base.SecretTokens;
import io.clientele.base.mail.MailService;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
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
    private final PasswordResetTokenRepository resetTokens;
    private final Logins logins;
    private final AuditService audit;
    private final MailService mail;
    private final ClienteleProperties properties;
    private final UserAccountRepository accounts;

    private final Clock clock;

    PasswordResets(
            PasswordResetTokenRepository resetTokens,
            Logins logins,
            AuditService audit,
            MailService mail,
            ClienteleProperties properties,
            UserAccountRepository accounts,
            Clock clock) {
        this.clock = clock;
        this.resetTokens = resetTokens;
        this.logins = logins;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
        this.accounts = accounts;
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
        String token = SecretTokens.random(32);
        resetTokens.save(new PasswordResetToken(
                a.getId(),
                Logins.sha256(token),
                Instant.now(clock).plus(properties.security().resetLinkValidity())));
        String link = properties.baseUrl() + "/reset-password?token=" + token;
        boolean nb = "nb".equals(locale.getLanguage());
        mail.send(
                a.getEmail(),
                nb ? "Tilbakestill passordet ditt" : "Reset your password",
                (nb ? "Hei " : "Hello ") + a.displayName() + ",\n\n"
                        + (nb
                                ? "Bruk denne lenken for å velge et nytt passord (gyldig i "
                                : "Use this link to choose a new password (valid for ")
                        + properties.security().resetLinkValidity().toHours() + (nb ? " timer):\n" : " hours):\n")
                        + link + "\n");
        audit.record("PASSWORD_RESET_LINK_SENT", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
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
        a.endSessions();
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
