package io.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.clientele.DatabaseTest;
import io.clientele.Mails;
import io.clientele.TestData;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.SystemAuthentication;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Portal sign-up: a pending customer with its attribution, a real verification mail, and activation by its link. */
class SignupServiceTest extends DatabaseTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    SignupService signups;

    @Autowired
    AppUserService appUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signingUpMailsALinkThatActivatesTheCustomerOnce() throws Exception {
        long tenant = data.tenant();
        String email = TestData.uniqueEmail("signup");
        AppUserDraft d = new AppUserDraft();
        d.setEmail(email);
        d.setPassword(TestData.PASSWORD);
        d.setFullName("Sara Ruiz");
        d.setCompany("Northwind Clinic");
        long id = signups.signUp(
                        tenant,
                        d,
                        new SignupAttribution.Attribution(
                                "newsletter",
                                "email",
                                "november",
                                null,
                                "footer",
                                null,
                                "/portal/signup/" + tenant + "?utm_source=newsletter"))
                .orElseThrow();
        SystemAuthentication.run(tenant, () -> {
            assertThat(customers.details(id).orElseThrow().row().status()).isEqualTo(CustomerStatus.PENDING);
            assertThat(customers.details(id).orElseThrow().companyName()).isEqualTo("Northwind Clinic");
            assertThat(appUsers.attribution(id)).get().satisfies(a -> {
                assertThat(a.source()).isEqualTo("newsletter");
                assertThat(a.landingPage()).contains("utm_source=newsletter");
            });
        });
        assertThat(jdbc.queryForObject("SELECT source FROM customer WHERE id = ?", String.class, id))
                .isEqualTo("SIGNUP");

        String body = GreenMailUtil.getBody(Mails.to(mail, email, 1).getFirst());
        Matcher link =
                Pattern.compile("/portal/verify\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(signups.verify("not-the-token")).isFalse();
        assertThat(signups.verify(link.group(1))).isTrue();
        assertThat(signups.verify(link.group(1))).as("used once").isFalse();
        SystemAuthentication.run(
                tenant,
                () -> assertThat(customers.details(id).orElseThrow().row().status())
                        .isEqualTo(CustomerStatus.ACTIVE));
        assertThat(users.findByEmail(email).orElseThrow().getEmailVerifiedAt()).isNotNull();
    }

    /**
     * Signing up with an address that already has a login (here, or a staff login of another tenant) answers exactly
     * as a new address does, creates nothing, and mails the address's owner instead of telling the caller.
     */
    @Test
    void signingUpWithAnAddressThatHasALoginRevealsNothingAndMailsItsOwner() throws Exception {
        long tenant = data.tenant();
        String staffElsewhere =
                data.staff(data.tenant(), io.clientele.security.Role.ADMIN).getEmail();
        AppUserDraft d = new AppUserDraft();
        d.setEmail(staffElsewhere.toUpperCase());
        d.setPassword("Another-long-password-4");
        d.setFullName("Mallory Probe");

        assertThat(signups.signUp(
                        tenant, d, new SignupAttribution.Attribution(null, null, null, null, null, null, null)))
                .isEmpty();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer WHERE tenant_id = ?", Long.class, tenant))
                .isZero();
        var message = Mails.to(mail, staffElsewhere, 1).getFirst();
        assertThat(message.getSubject()).isEqualTo("Someone tried to sign up with your e-mail address");
        assertThat(GreenMailUtil.getBody(message))
                .contains("/login?tenant=" + tenant)
                .doesNotContain("verify");
        assertThat(users.findByEmail(staffElsewhere).orElseThrow().getTenantId())
                .as("login untouched")
                .isNotEqualTo(tenant);
    }
}
