package io.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.clientele.DatabaseTest;
import io.clientele.audit.AuditEvents;
import io.clientele.base.ActionRefusedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class TwoFactorTest extends DatabaseTest {
    @Autowired
    TwoFactor twoFactor;

    @Autowired
    StaffService staff;

    @Autowired
    ApplicationContext ctx;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** What the authenticator app shows now for {@code secret}, computed by the library apps follow. */
    private String appCode(String secret) throws Exception {
        return new TimeBasedOneTimePasswordGenerator()
                .generateOneTimePasswordString(
                        new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), clock.instant());
    }

    /** Signs in by password as a browser would: the login as loaded, with what it still owes. */
    private CurrentUser signIn(UserAccount a) {
        return data.loginAs(a);
    }

    private void signInWithCode(UserAccount a, String secret) throws Exception {
        signIn(a);
        clock.advance(Duration.ofSeconds(30));
        assertThat(twoFactor.verify(appCode(secret), false).accepted()).isTrue();
    }

    private String enrolled(UserAccount a, List<String> codes) throws Exception {
        signIn(a);
        TwoFactor.Enrolment enrolment = twoFactor.newSecret();
        codes.addAll(twoFactor.enrol(enrolment.secret(), appCode(enrolment.secret())));
        return enrolment.secret();
    }

    @Test
    void aStaffMemberEnrolsWithAFirstCodeAndThenOwesACodeAtEverySignIn() throws Exception {
        UserAccount admin = data.staff(data.tenant(), Role.ADMIN);
        signIn(admin);
        TwoFactor.Enrolment enrolment = twoFactor.newSecret();
        assertThat(enrolment.uri())
                .startsWith("otpauth://totp/Clientele%3A" + admin.getEmail().replace("@", "%40"))
                .contains("secret=" + enrolment.secret(), "issuer=Clientele", "digits=6", "period=30");
        assertThat(DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(enrolment.qrSvg().getBytes(StandardCharsets.UTF_8)))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("svg");
        assertThatThrownBy(() -> twoFactor.enrol(enrolment.secret(), "000000"))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("two-factor.code-wrong");
        assertThat(twoFactor.ownState().enabled())
                .as("a wrong first code stores nothing")
                .isFalse();

        List<String> codes = twoFactor.enrol(enrolment.secret(), appCode(enrolment.secret()));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}"));

        CurrentUser next = signIn(admin);
        assertThat(next.secondFactor()).isEqualTo(CurrentUser.SecondFactor.VERIFY);
        assertThat(next.getAuthorities()).as("no role counts before the code").isEmpty();
        assertThat(twoFactor.verify("123456", false).accepted()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(twoFactor.verify(appCode(enrolment.secret()), false).accepted())
                .isTrue();
        assertThat(next.secondFactor()).isEqualTo(CurrentUser.SecondFactor.NONE);
        assertThat(next.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN");

        CurrentUser again = signIn(admin);
        assertThat(twoFactor.verify(appCode(enrolment.secret()), false).accepted())
                .as("the same code is accepted once")
                .isFalse();
        assertThat(twoFactor.verify(codes.get(3).toUpperCase(), false).accepted())
                .isTrue();
        assertThat(again.secondFactor()).isEqualTo(CurrentUser.SecondFactor.NONE);
        signIn(admin);
        assertThat(twoFactor.verify(codes.get(3), false).accepted())
                .as("a recovery code works once")
                .isFalse();
        assertThat(AuditEvents.byActor(ctx, admin.getEmail(), 10))
                .extracting(e -> e.getAction())
                .contains("TWO_FACTOR_ENABLED", "TWO_FACTOR_VERIFIED", "RECOVERY_CODE_USED", "TWO_FACTOR_FAILED");
    }

    @Test
    void aRememberedBrowserSkipsTheCodeForThirtyDays() throws Exception {
        UserAccount support = data.staff(data.tenant(), Role.SUPPORT);
        String secret = enrolled(support, new java.util.ArrayList<>());
        signIn(support);
        clock.advance(Duration.ofSeconds(30));
        String token = twoFactor.verify(appCode(secret), true).rememberToken().orElseThrow();

        MockHttpServletRequest browser = new MockHttpServletRequest();
        browser.setCookies(new jakarta.servlet.http.Cookie(TwoFactor.REMEMBER_COOKIE, token));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(browser));
        assertThat(signIn(support).secondFactor()).isEqualTo(CurrentUser.SecondFactor.NONE);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        assertThat(signIn(support).secondFactor()).as("30 days later").isEqualTo(CurrentUser.SecondFactor.VERIFY);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(signIn(support).secondFactor()).as("another browser").isEqualTo(CurrentUser.SecondFactor.VERIFY);
    }

    @Test
    void fiveWrongCodesLockTheLogin() throws Exception {
        UserAccount owner = data.staff(data.tenant(), Role.OWNER);
        enrolled(owner, new java.util.ArrayList<>());
        signIn(owner);
        for (int i = 0; i < 5; i++) {
            assertThat(twoFactor.verify("99999" + i, false).accepted()).isFalse();
        }
        assertThat(logins.lockedNow(owner.getEmail())).isTrue();
    }

    @Test
    void theTenantsPolicyMakesAdminsEnrolAndAnOwnerResetsALostPhone() throws Exception {
        long tenant = data.tenant();
        UserAccount owner = data.staff(tenant, Role.OWNER);
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        UserAccount support = data.staff(tenant, Role.SUPPORT);
        String ownersSecret = enrolled(owner, new java.util.ArrayList<>());
        tenants.setTwoFactorRequired(true);

        assertThat(signIn(admin).secondFactor()).isEqualTo(CurrentUser.SecondFactor.ENROL);
        assertThat(signIn(support).secondFactor()).as("below ADMIN").isEqualTo(CurrentUser.SecondFactor.NONE);
        enrolled(admin, new java.util.ArrayList<>());
        assertThatThrownBy(() -> twoFactor.disableOwn(io.clientele.TestData.PASSWORD))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("two-factor.required-by-tenant");
        assertThat(signIn(admin).secondFactor()).isEqualTo(CurrentUser.SecondFactor.VERIFY);

        signIn(support);
        assertThatThrownBy(() -> twoFactor.reset(admin.getId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signInWithCode(owner, ownersSecret);
        twoFactor.reset(admin.getId());
        assertThat(signIn(admin).secondFactor()).as("sets up a new app").isEqualTo(CurrentUser.SecondFactor.ENROL);
        signInWithCode(owner, ownersSecret);
        assertThat(staff.list(admin.getEmail(), org.springframework.data.domain.PageRequest.of(0, 1))
                        .getFirst()
                        .twoFactor())
                .isFalse();
    }
}
