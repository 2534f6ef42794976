package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import io.clientele.KaribuTest;
import io.clientele.Mails;
import io.clientele.TestData;
import io.clientele.portal.AppUserDraft;
import io.clientele.portal.PortalTestData;
import io.clientele.portal.SignupAttribution;
import io.clientele.portal.SignupService;
import io.clientele.subscription.SubscriptionService;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A sign-up that has not opened its mail link sees only the confirmation page and can change nothing. */
class PortalConfirmEmailViewTest extends KaribuTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    SignupService signups;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUnconfirmedSignUpSeesOnlyTheConfirmationPageUntilItOpensTheLink() throws Exception {
        long tenant = data.tenant();
        long plan = PortalTestData.plan(jdbc, tenant, "Business", 500, 39900);
        String email = TestData.uniqueEmail("unconfirmed");
        AppUserDraft d = new AppUserDraft();
        d.setEmail(email);
        d.setPassword(TestData.PASSWORD);
        d.setFullName("Una Confirmed");
        signups.signUp(tenant, d, new SignupAttribution.Attribution(null, null, null, null, null, null, null))
                .orElseThrow();
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();

        login(users.findByEmail(email).orElseThrow());
        UI.getCurrent().navigate("portal/subscriptions");
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-email-text"))
                        .getText())
                .contains(email);
        _assertNone(Nav.class);
        assertThatThrownBy(() -> subscriptions.subscribe(plan))
                .as("a paid plan before the address is confirmed")
                .isInstanceOf(AccessDeniedException.class);

        _click(_get(Button.class, spec -> spec.withId("resend-confirmation")));
        expectNotifications("A link was sent less than a minute ago. Check your inbox (and spam folder) first.");
        clock.advance(Duration.ofMinutes(2));
        _click(_get(Button.class, spec -> spec.withId("resend-confirmation")));
        expectNotifications("A new link is on its way to " + email);
        Matcher link = Pattern.compile("/portal/verify\\?token=([A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(Mails.to(mail, email, 2).get(1)));
        assertThat(link.find()).isTrue();
        assertThat(signups.verify(link.group(1))).isTrue();
        login(users.findByEmail(email).orElseThrow());
        UI.getCurrent().navigate("portal/subscriptions");
        _get(Nav.class);
        subscriptions.subscribe(plan);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM subscription s JOIN customer c ON c.id = s.customer_id "
                                + "WHERE c.tenant_id = ?",
                        Long.class,
                        tenant))
                .isEqualTo(1);
    }
}
