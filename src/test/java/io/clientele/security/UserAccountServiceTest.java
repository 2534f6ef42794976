package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.clientele.DatabaseTest;
import io.clientele.Mails;
import io.clientele.TestData;
import io.clientele.audit.AuditEvents;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAccountServiceTest extends DatabaseTest {
    @Autowired
    PasswordResets resets;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    org.springframework.context.ApplicationContext ctx;

    @Autowired
    DaoAuthenticationProvider provider;

    /** The login form's provider bean with Spring's event wiring. */
    private ProviderManager loginManager() {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        long tenant = data.tenant();
        UserAccount account = data.staff(tenant, Role.SUPPORT);
        ProviderManager login = loginManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login.authenticate(
                            new UsernamePasswordAuthenticationToken(account.getEmail(), "wrong-password-123")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(
                        new UsernamePasswordAuthenticationToken(account.getEmail(), TestData.PASSWORD)))
                .isInstanceOf(LockedException.class);
        assertThat(AuditEvents.byActor(ctx, account.getEmail(), 20))
                .extracting(e -> e.getAction())
                .contains("ACCOUNT_LOCKED", "LOGIN_REFUSED_LOCKED")
                .filteredOn("LOGIN_FAILED"::equals)
                .hasSize(5);
        assertThat(logins.lockedNow(account.getEmail())).isTrue();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(logins.lockedNow(account.getEmail()))
                .as("the lock-out runs out after its 15 minutes")
                .isFalse();
    }

    @Test
    void successfulLoginResetsTheFailureCountAndRecordsLastLogin() {
        UserAccount account = data.staff(data.tenant(), Role.ADMIN);
        ProviderManager login = loginManager();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login.authenticate(
                            new UsernamePasswordAuthenticationToken(account.getEmail(), "nope-nope-nope")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        login.authenticate(new UsernamePasswordAuthenticationToken(account.getEmail(), TestData.PASSWORD));
        UserAccount after = users.findByEmail(account.getEmail()).orElseThrow();
        assertThat(after.getFailedLogins()).isZero();
        assertThat(after.getLastLoginAt()).isNotNull();
    }

    @Test
    void passwordPolicyRejectsShortCommonAndEmailPasswords() {
        assertThat(PasswordPolicy.violation("short-pass", "a@b.no")).contains("password.too-short");
        assertThat(PasswordPolicy.violation("password1234", "a@b.no")).isEmpty();
        assertThat(PasswordPolicy.violation("passwordpassword", "a@b.no")).contains("password.too-common");
        assertThat(PasswordPolicy.violation("ingrid.hansen@example.no", "ingrid.hansen@example.no"))
                .contains("password.contains-email");
        assertThat(PasswordPolicy.violation("my-ingrid.hansen-2026", "ingrid.hansen@example.no"))
                .contains("password.contains-email");
        assertThatThrownBy(() -> SystemAuthentication.platform(
                        () -> users.create(null, TestData.uniqueEmail("weak"), "W", "K", "123456789012", null, null)))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessage("password.too-common");
    }

    @Test
    void resetLinkArrivesByMailAndWorksOnce() throws Exception {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("customer");
        UserAccount portal = data.portalLogin(tenant, email);
        data.loginAs(data.staff(tenant, Role.SUPPORT));

        resets.sendResetLink(portal.getId(), Locale.ENGLISH);

        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessagesForDomain("test.example")[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(message.getSubject()).isEqualTo("Reset your password");
        Matcher link =
                Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(message));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        assertThat(resets.isResetTokenUsable(token)).isTrue();
        assertThatThrownBy(() -> resets.resetWithToken(token, "short")).hasMessage("password.too-short");
        resets.resetWithToken(token, "A-brand-new-password-7");
        assertThat(encoder.matches(
                        "A-brand-new-password-7",
                        users.findByEmail(email).orElseThrow().getPasswordHash()))
                .isTrue();
        assertThatThrownBy(() -> resets.resetWithToken(token, "Yet-another-password-8"))
                .hasMessage("password.reset-link-invalid");
    }

    @Test
    void supportResetsPortalLoginsButNeverTheLoginOfAnEqualOrHigherStaffRole() {
        long tenant = data.tenant();
        UserAccount owner = data.staff(tenant, Role.OWNER);
        UserAccount otherSupport = data.staff(tenant, Role.SUPPORT);
        UserAccount portal = data.portalLogin(tenant, TestData.uniqueEmail("portal"));
        data.loginAs(data.staff(tenant, Role.SUPPORT));

        for (UserAccount target : new UserAccount[] {owner, otherSupport}) {
            assertThatThrownBy(() -> resets.setPassword(target.getId(), "Taken-over-password-1"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> resets.sendResetLink(target.getId(), Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(encoder.matches(
                            TestData.PASSWORD,
                            users.findByEmail(target.getEmail()).orElseThrow().getPasswordHash()))
                    .as("password of " + target.getStaffRole() + " unchanged")
                    .isTrue();
        }
        // Support only ever mails the customer a link: a password it chose would let it sign in as the customer.
        assertThatThrownBy(() -> resets.setPassword(portal.getId(), "Portal-password-2026"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(encoder.matches(
                        TestData.PASSWORD,
                        users.findByEmail(portal.getEmail()).orElseThrow().getPasswordHash()))
                .isTrue();
        resets.sendResetLink(portal.getId(), Locale.ENGLISH);

        // An owner outranks SUPPORT but not another owner.
        data.loginAs(owner);
        resets.setPassword(otherSupport.getId(), "Support-password-2026");
        UserAccount otherOwner = data.staff(tenant, Role.OWNER);
        assertThatThrownBy(() -> resets.setPassword(otherOwner.getId(), "Owner-password-2026"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPasswordAnAdminSetsMustBeChangedAtNextSignInAndTheCustomerIsToldByMail() throws Exception {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("told");
        UserAccount portal = data.portalLogin(tenant, email);
        int versionBefore = portal.getSessionVersion();
        data.loginAs(data.staff(tenant, Role.ADMIN));

        resets.setPassword(portal.getId(), "Chosen-by-the-admin-7");

        UserAccount after = users.findByEmail(email).orElseThrow();
        assertThat(encoder.matches("Chosen-by-the-admin-7", after.getPasswordHash()))
                .isTrue();
        assertThat(after.isForcePasswordChange()).isTrue();
        assertThat(after.getSessionVersion()).as("open sessions end").isGreaterThan(versionBefore);
        MimeMessage message = Mails.to(mail, email, 1).getFirst();
        assertThat(message.getSubject()).isEqualTo("Your password was changed");
        assertThat(GreenMailUtil.getBody(message))
                .contains("choose your own at your next sign-in")
                .doesNotContain("Chosen-by-the-admin-7");
        assertThat(AuditEvents.byActor(ctx, CurrentUser.require().actorEmail(), 5))
                .extracting(e -> e.getAction())
                .contains("PASSWORD_SET");
    }

    /**
     * Twenty wrong passwords at once: each is counted (an entity update lost them to its version check), the login
     * locks, and the right password is refused afterwards.
     */
    @Test
    void parallelWrongPasswordsAreAllCountedAndLockTheLogin() throws Exception {
        UserAccount account = data.staff(data.tenant(), Role.ADMIN);
        ProviderManager login = loginManager();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        var start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Throwable>> attempts = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    login.authenticate(
                            new UsernamePasswordAuthenticationToken(account.getEmail(), "wrong-password-123"));
                    return null;
                } catch (Exception e) {
                    return e;
                }
            }));
        }
        start.countDown();
        for (var attempt : attempts) {
            assertThat(attempt.get()).isInstanceOfAny(BadCredentialsException.class, LockedException.class);
        }
        pool.shutdown();
        long refusedAsLocked = attempts.stream()
                .map(f -> f.resultNow())
                .filter(LockedException.class::isInstance)
                .count();
        assertThat(AuditEvents.byActor(ctx, account.getEmail(), 60))
                .extracting(e -> e.getAction())
                .filteredOn("LOGIN_FAILED"::equals)
                .hasSize((int) (20 - refusedAsLocked));
        assertThat(users.findByEmail(account.getEmail()).orElseThrow().getLockedUntil())
                .isNotNull();
        assertThatThrownBy(() -> login.authenticate(
                        new UsernamePasswordAuthenticationToken(account.getEmail(), TestData.PASSWORD)))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void changingOwnPasswordNeedsTheCurrentOne() {
        UserAccount me = data.staff(data.tenant(), Role.VIEWER);
        data.loginAs(me);
        assertThatThrownBy(() -> users.changeOwnPassword("not-my-password", "Fresh-password-2026"))
                .hasMessage("password.current-wrong");
        users.changeOwnPassword(TestData.PASSWORD, "Fresh-password-2026");
        assertThat(encoder.matches(
                        "Fresh-password-2026",
                        users.findByEmail(me.getEmail()).orElseThrow().getPasswordHash()))
                .isTrue();
    }
}
