package io.clientele.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        // Spring's remember-me service also reads the flag from the query string of the POST.
        Checkbox rememberMe = new Checkbox(getTranslation("login.remember-me"));
        rememberMe.setId("remember-me");
        rememberMe.addValueChangeListener(e -> login.setAction(e.getValue() ? "login?remember-me=true" : "login"));

        H1 brand = new H1("Clientele");
        brand.addClassName("brand");
        Paragraph hint = new Paragraph(getTranslation("login.forgot-hint"));
        hint.addClassName("hint");
        add(brand, login, rememberMe, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        if (failed) {
            // Spring's failure handler keeps the last exception in the session; a lock or a refusal says why.
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = last instanceof LockedException || last instanceof DisabledException
                    ? ((AuthenticationException) last).getMessage() : null;
            LoginI18n i18n = i18n();
            if (key != null && key.startsWith("login.refused.")) {
                i18n.getErrorMessage().setTitle(getTranslation("login.refused.title"));
                i18n.getErrorMessage().setMessage(getTranslation(key));
            }
            login.setI18n(i18n);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Clientele";
    }
}
