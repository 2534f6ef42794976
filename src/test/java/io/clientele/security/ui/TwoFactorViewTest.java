package io.clientele.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.KaribuTest;
import io.clientele.security.Role;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** From the user menu: a staff member sets up an authenticator app, is told a wrong code, notes the recovery codes. */
class TwoFactorViewTest extends KaribuTest {
    @Test
    void setUpAnAuthenticatorApp() throws Exception {
        login(data.staff(data.tenant(), Role.SUPPORT));
        UI.getCurrent().navigate("two-factor");
        assertThat(_get(Image.class, spec -> spec.withId("two-factor-qr")).getSrc())
                .startsWith("data:image/svg+xml;base64,");
        String secret = _get(Span.class, spec -> spec.withId("two-factor-secret"))
                .getText()
                .replace(" ", "");
        TextField code = _get(TextField.class, spec -> spec.withId("two-factor-code"));
        code.setValue("123456");
        _get(Button.class, spec -> spec.withId("two-factor-turn-on")).click();
        assertThat(code.getErrorMessage()).startsWith("That code is not right.");

        code.setValue(new TimeBasedOneTimePasswordGenerator()
                .generateOneTimePasswordString(
                        new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), clock.instant()));
        _get(Button.class, spec -> spec.withId("two-factor-turn-on")).click();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("recovery-codes"))
                        .getChildren())
                .hasSize(10);

        _get(Button.class, spec -> spec.withId("two-factor-codes-saved")).click();
        assertThat(_get(Button.class, spec -> spec.withId("two-factor-new-codes"))
                        .isVisible())
                .isTrue();
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText())
                .isEqualTo("Two-factor authentication is on");
    }
}
