package io.clientele.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import io.clientele.KaribuTest;
import io.clientele.Mails;
import io.clientele.TestData;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditEvents;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.PasswordResets;
import io.clientele.security.UserAccount;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** "Forgot password?" on the login page: one link, once, for a quarter of an hour, and the same answer for all. */
class ForgotPasswordViewTest extends KaribuTest {
    private static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    PasswordResets resets;

    @Test
    void theLoginPageLeadsToAOneTimeLinkThatEndsTheOtherSessions() {
        String email = TestData.uniqueEmail("forgot");
        UserAccount login = data.portalLogin(data.tenant(), email);
        UI.getCurrent().navigate(LoginView.class);
        ComponentUtil.fireEvent(
                _get(LoginForm.class), new AbstractLogin.ForgotPasswordEvent(_get(LoginForm.class), true));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ForgotPasswordView.class);

        ask(email);

        assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-sent")).getText())
                .isEqualTo(
                        "If " + email + " has a login, a link to choose a new password is on its way. It works once, "
                                + "for 15 minutes. No mail? Check the spam folder, or ask again in a quarter of an hour.");
        String token = token(email, 1);
        resets.resetWithToken(token, "A-brand-new-password-42");
        UserAccount after = users.findByEmail(email).orElseThrow();
        assertThat(after.getSessionVersion()).as("other sessions end").isGreaterThan(login.getSessionVersion());
        assertThatThrownBy(() -> resets.resetWithToken(token, "Another-new-password-43"))
                .as("the link works once")
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessage("password.reset-link-invalid");
        assertThat(AuditEvents.byActor(ctx, email, 5))
                .extracting(AuditEvent::getAction)
                .contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndALinkRunsOutAfterAQuarterOfAnHour() {
        String unknown = TestData.uniqueEmail("nobody");
        UI.getCurrent().navigate(ForgotPasswordView.class);
        ask(unknown);
        assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-sent")).getText())
                .startsWith("If " + unknown + " has a login, a link to choose a new password is on its way.");
        assertThat(AuditEvents.byActor(ctx, unknown, 5))
                .extracting(AuditEvent::getAction)
                .containsExactly("PASSWORD_RESET_UNKNOWN");

        String email = TestData.uniqueEmail("late");
        data.portalLogin(data.tenant(), email);
        resets.requestReset(email, "198.51.100.7", Locale.ENGLISH);
        String token = token(email, 1);
        assertThat(resets.isResetTokenUsable(token)).isTrue();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(resets.isResetTokenUsable(token)).as("15 minutes later").isFalse();
    }

    @Test
    void aFourthRequestForOneAddressWithinAQuarterOfAnHourSendsNothing() {
        String email = TestData.uniqueEmail("flood");
        data.portalLogin(data.tenant(), email);
        for (int i = 1; i <= 4; i++) {
            resets.requestReset(email, "203.0.113." + i, Locale.ENGLISH);
        }
        Mails.to(mail, email, 3);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> Mails.to(mail, email, 3).size() == 3);
        assertThat(AuditEvents.byActor(ctx, email, 10))
                .extracting(AuditEvent::getAction)
                .containsOnlyOnce("PASSWORD_RESET_THROTTLED");
    }

    /** Types the address on the page and sends. */
    private static void ask(String email) {
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), email);
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
    }

    /** The token of the {@code n}th reset mail to {@code email}. */
    private static String token(String email, int n) {
        String body = GreenMailUtil.getBody(Mails.to(mail, email, n).get(n - 1));
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }
}
