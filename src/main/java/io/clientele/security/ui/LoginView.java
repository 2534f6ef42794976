package io.clientele.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.base.ui.Notifications;
import io.clientele.security.SsoService;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** The tenant whose portal link led here; kept in the session so a failed attempt stays branded. */
    private static final String BRAND = LoginView.class.getName() + ".tenant";

    private final LoginForm login = new LoginForm();
    private final H1 brand = new H1("Clientele");
    private final TenantService tenants;

    private final SsoService sso;
    private final Anchor ssoLink = new Anchor();

    public LoginView(TenantService tenants, SsoService sso) {
        this.tenants = tenants;
        this.sso = sso;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setI18n(i18n());
        login.addForgotPasswordListener(e -> UI.getCurrent().navigate(ForgotPasswordView.class));
        login.setAction("login");

        // Spring's remember-me service also reads the flag from the query string of the POST.
        Checkbox rememberMe = new Checkbox(getTranslation("login.remember-me"));
        rememberMe.setId("remember-me");
        rememberMe.addValueChangeListener(e -> login.setAction(e.getValue() ? "login?remember-me=true" : "login"));

        brand.addClassName("brand");
        brand.setId("login-brand");
        // A tenant with single sign-on: its staff sign in with their provider (a full page load, not a Vaadin route).
        ssoLink.setId("sso-login");
        ssoLink.addClassName("sso-login");
        ssoLink.setRouterIgnore(true);
        ssoLink.setVisible(false);
        // A passkey instead of password and code, where the browser can use one.
        Button passkey = new Button(
                getTranslation("login.passkey"),
                VaadinIcon.KEY.create(),
                e -> PasskeyScript.run(
                        this,
                        "signIn",
                        null,
                        () -> {},
                        error -> Notifications.error(getTranslation("login.passkey-failed"))));
        passkey.setId("passkey-login");
        passkey.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        passkey.setVisible(false);
        add(brand, ssoLink, login, rememberMe, passkey);
        addAttachListener(e -> {
            PasskeyScript.load(e.getUI());
            getElement()
                    .executeJs("return !!(window.PublicKeyCredential && navigator.credentials)")
                    .then(Boolean.class, passkey::setVisible);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A tenant's portal link (login?tenant=<id>) shows the tenant's name and colour instead of Clientele's.
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tenant")
                .ifPresent(id -> VaadinSession.getCurrent().setAttribute(BRAND, id));
        Object chosen = VaadinSession.getCurrent().getAttribute(BRAND);
        if (chosen instanceof String id && id.matches("\\d{1,18}")) {
            tenants.find(Long.parseLong(id)).ifPresent((Tenant t) -> {
                brand.setText(t.getName());
                if (t.getBrandColor() != null) {
                    getStyle().set("--clientele-brand", t.getBrandColor());
                }
                sso.offeredAt(t.getId()).ifPresent(provider -> {
                    ssoLink.setText(getTranslation("login.sso", provider));
                    ssoLink.setHref("oauth2/authorization/tenant-" + t.getId());
                    ssoLink.setVisible(true);
                });
            });
        }
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        if (failed) {
            // Spring's failure handler keeps the last exception in the session. A refusal (given only after the right
            // password) says why; a lock answers like a wrong password, so a guesser learns nothing of the address.
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = last instanceof DisabledException ? ((AuthenticationException) last).getMessage() : null;
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
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Clientele";
    }
}
