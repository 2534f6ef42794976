package io.clientele.security;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.SecretTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor for staff: an authenticator app (RFC 6238: six digits every 30 seconds, HMAC-SHA1, as every app
 * reads it), ten one-time recovery codes shown once and stored hashed, and browsers remembered for 30 days. A code is
 * accepted once and within one step of the clock either way; five wrong codes in a row lock the login like five wrong
 * passwords.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactor {
    static final Duration STEP = Duration.ofSeconds(30);
    /** How long a browser is remembered, and its cookie's name (the token in it is stored hashed). */
    public static final Duration REMEMBER = Duration.ofDays(30);

    public static final String REMEMBER_COOKIE = "clientele-2fa";
    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Clientele";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A secret not yet confirmed: what the enrolment page shows (the QR code as SVG, the key to type). */
    public record Enrolment(String secret, String uri, String qrSvg) {}

    /** The outcome of a code: accepted (with a token when the browser is to be remembered) or not. */
    public record Verified(boolean accepted, Optional<String> rememberToken) {}

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final LoginAttempts attempts;
    private final SecondFactorPolicy policy;
    private final Logins logins;
    private final Clock clock;

    TwoFactor(
            UserAccountRepository accounts,
            JdbcClient jdbc,
            AuditService audit,
            LoginAttempts attempts,
            SecondFactorPolicy policy,
            Logins logins,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.attempts = attempts;
        this.policy = policy;
        this.logins = logins;
        this.clock = clock;
    }

    /** A new secret for the signed-in staff member to scan; nothing is stored until a code confirms it. */
    public Enrolment newSecret() {
        CurrentUser me = ownLogin();
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        String secret = new Base32().encodeToString(key).replace("=", "");
        String label = URLEncoder.encode(ISSUER + ":" + me.getUsername(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(secret, uri, qrSvg(uri));
    }

    /**
     * Confirms the secret with a first code: the second factor is on, any earlier recovery codes and remembered
     * browsers are gone, and the ten new recovery codes are returned to be shown once. A wrong code stores nothing.
     */
    @Transactional
    public List<String> enrol(String secret, String code) {
        CurrentUser me = ownLogin();
        UserAccount a = accounts.findById(me.userId()).orElseThrow();
        Long step = matchingStep(secret, code, null);
        if (step == null) {
            throw new ActionRefusedException("two-factor.code-wrong");
        }
        a.setSecondFactor(secret, Instant.now(clock));
        a.setTotpLastStep(step);
        jdbc.sql("DELETE FROM trusted_browser WHERE user_account_id = ?")
                .param(a.getId())
                .update();
        List<String> codes = newRecoveryCodes(a.getId());
        paid(me);
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "TWO_FACTOR_ENABLED", Summary.of());
        return codes;
    }

    /** Ten fresh recovery codes instead of the old ones, shown once. */
    @Transactional
    public List<String> newRecoveryCodes() {
        CurrentUser me = ownLogin();
        UserAccount a = accounts.findById(me.userId())
                .filter(UserAccount::hasSecondFactor)
                .orElseThrow();
        List<String> codes = newRecoveryCodes(a.getId());
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "RECOVERY_CODES_RENEWED", Summary.of());
        return codes;
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_account_id = ?")
                .param(userId)
                .update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] random = new byte[7];
            RANDOM.nextBytes(random);
            String code = new Base32().encodeToString(random).substring(0, 10).toLowerCase(Locale.ROOT);
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            jdbc.sql("INSERT INTO recovery_code (user_account_id, code_hash) VALUES (?, ?)")
                    .params(userId, Logins.sha256(code))
                    .update();
        }
        return codes;
    }

    /**
     * The code (or a recovery code) a signed-in login owes: accepted once, within a step of the clock. Five wrong ones
     * in a row lock the login. With {@code remember}, a token for a cookie that skips the code for 30 days.
     */
    @Transactional
    public Verified verify(String code, boolean remember) {
        CurrentUser me = ownLogin();
        if (me.secondFactor() != CurrentUser.SecondFactor.VERIFY) {
            throw new AccessDeniedException("No code is owed");
        }
        UserAccount a = accounts.findById(me.userId()).orElseThrow();
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        Long step = matchingStep(a.getTotpSecret(), typed, a.getTotpLastStep());
        boolean recovery = step == null && useRecoveryCode(a.getId(), typed);
        if (step == null && !recovery) {
            attempts.loginFailed(a.getEmail());
            audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "TWO_FACTOR_FAILED", Summary.of());
            return new Verified(false, Optional.empty());
        }
        if (step != null) {
            a.setTotpLastStep(step);
        }
        Optional<String> token = Optional.empty();
        if (remember) {
            String t = SecretTokens.random(32);
            jdbc.sql("INSERT INTO trusted_browser (user_account_id, token_hash, expires_at) VALUES (?, ?, ?)")
                    .params(
                            a.getId(),
                            Logins.sha256(t),
                            Timestamp.from(Instant.now(clock).plus(REMEMBER)))
                    .update();
            token = Optional.of(t);
        }
        paid(me);
        audit.recordSecurity(
                a.getTenantId(),
                a.getId(),
                a.getEmail(),
                recovery ? "RECOVERY_CODE_USED" : "TWO_FACTOR_VERIFIED",
                Summary.of(recovery ? remainingRecoveryCodes(a.getId()) : 0));
        return new Verified(true, token);
    }

    /**
     * Nothing is owed any more: this thread's identity now carries the login's roles. The caller saves the security
     * context to the session (the page does, with the request it has).
     */
    private static void paid(CurrentUser me) {
        if (me.secondFactor() == CurrentUser.SecondFactor.NONE) {
            return;
        }
        me.owe(CurrentUser.SecondFactor.NONE);
        SecurityContextHolder.setContext(me.signedInContext());
    }

    /** Turns one's own second factor off, unless the tenant requires it; the current password confirms. */
    @Transactional
    public void disableOwn(String currentPassword) {
        CurrentUser me = ownLogin();
        UserAccount a = accounts.findById(me.userId()).orElseThrow();
        if (!logins.matches(currentPassword, a)) {
            throw new InvalidPasswordException("password.current-wrong");
        }
        if (policy.required(a)) {
            throw new ActionRefusedException("two-factor.required-by-tenant");
        }
        remove(a);
        audit.recordSecurity(a.getTenantId(), a.getId(), a.getEmail(), "TWO_FACTOR_DISABLED", Summary.of());
    }

    /** OWNER: a staff member who lost their phone sets the second factor up again at their next sign-in. */
    @PreAuthorize("hasRole('" + Roles.OWNER + "')")
    @Transactional
    public void reset(long userId) {
        UserAccount a = logins.inTenant(userId);
        if (a.getStaffRole() == null || !a.hasSecondFactor()) {
            throw new ActionRefusedException("two-factor.not-enabled");
        }
        StaffService.mayChange(a);
        remove(a);
        a.endSessions();
        audit.record("TWO_FACTOR_RESET", "USER_ACCOUNT", a.getId(), Summary.of(a.getEmail()), null, null);
    }

    private void remove(UserAccount a) {
        a.setSecondFactor(null, null);
        jdbc.sql("DELETE FROM recovery_code WHERE user_account_id = ?")
                .param(a.getId())
                .update();
        jdbc.sql("DELETE FROM trusted_browser WHERE user_account_id = ?")
                .param(a.getId())
                .update();
    }

    /** Whether the signed-in login has a second factor, how many recovery codes are left, whether it may go. */
    public State ownState() {
        CurrentUser me = ownLogin();
        UserAccount a = accounts.findById(me.userId()).orElseThrow();
        return new State(a.hasSecondFactor(), remainingRecoveryCodes(a.getId()), policy.required(a));
    }

    /** The profile's view of one's own second factor. */
    public record State(boolean enabled, long recoveryCodesLeft, boolean required) {}

    private long remainingRecoveryCodes(long userId) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_account_id = ? AND used_at IS NULL")
                .param(userId)
                .query(Long.class)
                .single();
    }

    private boolean useRecoveryCode(long userId, String typed) {
        String normal = typed.toLowerCase(Locale.ROOT).replace("-", "");
        return jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE user_account_id = ? AND code_hash = ? "
                                + "AND used_at IS NULL")
                        .params(Timestamp.from(Instant.now(clock)), userId, Logins.sha256(normal))
                        .update()
                == 1;
    }

    /** The time step whose code {@code code} is, within one step of now and after {@code after}; else null. */
    private Long matchingStep(String secret, String code, Long after) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return null;
        }
        long now = Instant.now(clock).getEpochSecond() / STEP.getSeconds();
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
        HmacOneTimePasswordGenerator hotp = new HmacOneTimePasswordGenerator(6);
        try {
            for (long step = now - 1; step <= now + 1; step++) {
                if ((after == null || step > after)
                        && hotp.generateOneTimePasswordString(key, step).equals(code)) {
                    return step;
                }
            }
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    /** Staff only, and never inside a support session: the second factor is the person's own. */
    private static CurrentUser ownLogin() {
        CurrentUser me = CurrentUser.require();
        if (!me.isLogin() || me.support().isPresent() || me.roles().stream().noneMatch(Role::isStaff)) {
            throw new AccessDeniedException("A staff member's own second factor");
        }
        return me;
    }

    /** The otpauth URI as a QR code in SVG: one square per dark module, on a white quiet zone. */
    static String qrSvg(String text) {
        try {
            BitMatrix m =
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
