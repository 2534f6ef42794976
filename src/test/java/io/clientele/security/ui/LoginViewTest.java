package io.clientele.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.clientele.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** What a failed sign-in tells: nothing about a lock (a guesser learns nothing), why after the right password. */
class LoginViewTest extends KaribuTest {
    private String errorShownAfter(AuthenticationException failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void aLockedLoginGetsTheWrongPasswordAnswerWhileABlockedCustomerIsToldWhy() {
        assertThat(errorShownAfter(new LockedException("login.refused.locked")))
                .contains("Check your email and password.")
                .doesNotContain("locked for a while. Try again later");
        newSession();
        assertThat(errorShownAfter(new DisabledException("login.refused.blocked")))
                .contains("This account is blocked.");
    }
}
