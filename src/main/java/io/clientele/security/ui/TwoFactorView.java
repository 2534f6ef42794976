package io.clientele.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Notifications;
import io.clientele.security.CurrentUser;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.LoginAttempts;
import io.clientele.security.Role;
import io.clientele.security.TwoFactor;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Two-factor authentication for staff, on one page: the code after the password (or a recovery code), setting up an
 * authenticator app (required by the tenant, or chosen from the user menu), and, once set up, new recovery codes or
 * turning it off.
 */
@Route(value = "two-factor", autoLayout = false)
@PermitAll
public class TwoFactorView extends SignInPage implements BeforeEnterObserver {
    private final TwoFactor twoFactor;
    private final LoginAttempts logins;
    private final SecurityContextRepository contexts;
    private final AuthenticationContext auth;

    public TwoFactorView(
            TwoFactor twoFactor, LoginAttempts logins, SecurityContextRepository contexts, AuthenticationContext auth) {
        super("two-factor.title");
        this.twoFactor = twoFactor;
        this.logins = logins;
        this.contexts = contexts;
        this.auth = auth;
        addClassName("two-factor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser me = CurrentUser.require();
        if (me.roles().stream().noneMatch(Role::isStaff) || me.support().isPresent()) {
            event.forwardTo("");
            return;
        }
        removeAll();
        switch (me.secondFactor()) {
            case VERIFY -> verify();
            case ENROL -> enrol(true);
            case NONE -> {
                if (twoFactor.ownState().enabled()) {
                    manage();
                } else {
                    enrol(false);
                }
            }
        }
    }

    private void verify() {
        add(new H2(getTranslation("two-factor.verify-title")), new Paragraph(getTranslation("two-factor.verify-text")));
        TextField code = codeField();
        Checkbox remember = new Checkbox(getTranslation("two-factor.remember"));
        remember.setId("two-factor-remember");
        Button go = primary("two-factor.verify", "two-factor-verify", () -> {
            TwoFactor.Verified result = twoFactor.verify(code.getValue(), remember.getValue());
            if (!result.accepted()) {
                if (logins.lockedNow(CurrentUser.require().getUsername())) {
                    auth.logout();
                    return;
                }
                code.setErrorMessage(getTranslation("two-factor.code-wrong"));
                code.setInvalid(true);
                code.focus();
                return;
            }
            keepIdentity();
            result.rememberToken().ifPresent(this::rememberBrowser);
            toStart();
        });
        add(code, remember, go, signOut());
        code.focus();
    }

    /** Sets up an authenticator app: scan, type the first code, note the recovery codes. */
    private void enrol(boolean owed) {
        TwoFactor.Enrolment enrolment = twoFactor.newSecret();
        add(new H2(getTranslation("two-factor.enrol-title")));
        if (owed) {
            add(new Paragraph(getTranslation("two-factor.enrol-required")));
        }
        add(new Paragraph(getTranslation("two-factor.enrol-scan")));
        Image qr = new Image(
                "data:image/svg+xml;base64,"
                        + Base64.getEncoder().encodeToString(enrolment.qrSvg().getBytes(StandardCharsets.UTF_8)),
                getTranslation("two-factor.qr-alt"));
        qr.setId("two-factor-qr");
        qr.setWidth("12rem");
        qr.setHeight("12rem");
        Span key = new Span(enrolment.secret().replaceAll("(.{4})", "$1 ").trim());
        key.setId("two-factor-secret");
        key.addClassName("code");
        Paragraph typeIt = new Paragraph(getTranslation("two-factor.enrol-key"));
        TextField code = codeField();
        Button go = primary("two-factor.turn-on", "two-factor-turn-on", () -> {
            try {
                List<String> codes = twoFactor.enrol(enrolment.secret(), code.getValue());
                keepIdentity();
                showRecoveryCodes(codes, owed);
            } catch (ActionRefusedException e) {
                code.setErrorMessage(getTranslation(e.getMessage()));
                code.setInvalid(true);
                code.focus();
            }
        });
        add(qr, typeIt, key, code, go);
        add(owed ? signOut() : new Anchor("", getTranslation("two-factor.back")));
        code.focus();
    }

    private void showRecoveryCodes(List<String> codes, boolean signingIn) {
        removeAll();
        add(new H2(getTranslation("two-factor.codes-title")), new Paragraph(getTranslation("two-factor.codes-text")));
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.addClassName("code");
        codes.forEach(c -> list.add(new ListItem(c)));
        add(list, primary("two-factor.codes-saved", "two-factor-codes-saved", () -> {
            if (signingIn) {
                toStart();
            } else {
                UI.getCurrent().navigate("two-factor");
            }
        }));
    }

    private void manage() {
        TwoFactor.State state = twoFactor.ownState();
        add(
                new H2(getTranslation("two-factor.manage-title")),
                new Paragraph(getTranslation("two-factor.manage-on", state.recoveryCodesLeft())));
        Button renew = new Button(
                getTranslation("two-factor.new-codes"), e -> showRecoveryCodes(twoFactor.newRecoveryCodes(), false));
        renew.setId("two-factor-new-codes");
        add(renew);
        if (state.required()) {
            add(new Paragraph(getTranslation("two-factor.required-by-tenant")));
        } else {
            PasswordField password = new PasswordField(getTranslation("profile.current-password"));
            password.setWidth("22em");
            Button off = new Button(getTranslation("two-factor.turn-off"), e -> {
                try {
                    twoFactor.disableOwn(password.getValue());
                    Notifications.success(getTranslation("two-factor.turned-off"));
                    UI.getCurrent().navigate("two-factor");
                } catch (InvalidPasswordException ex) {
                    password.setErrorMessage(getTranslation(ex.getMessage()));
                    password.setInvalid(true);
                }
            });
            off.setId("two-factor-turn-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(password, off);
        }
        add(new Anchor("", getTranslation("two-factor.back")));
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("two-factor.code"));
        code.setId("two-factor-code");
        code.setWidth("22em");
        code.setMaxLength(11);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "text");
        code.setHelperText(getTranslation("two-factor.code-help"));
        return code;
    }

    private static Button primary(String key, String id, Runnable action) {
        Button button = new Button(UI.getCurrent().getTranslation(key), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickShortcut(Key.ENTER);
        return button;
    }

    private Component signOut() {
        Button out = new Button(getTranslation("layout.logout"), e -> auth.logout());
        out.setId("two-factor-sign-out");
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return out;
    }

    /** The second factor is given: the session keeps, from this request on, the identity that carries the roles. */
    private void keepIdentity() {
        // Built here rather than read back: in a Vaadin request the holder may answer from the session.
        SecurityContext context = CurrentUser.require().signedInContext();
        SecurityContextHolder.setContext(context);
        contexts.saveContext(
                context,
                VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }

    /** A full page load, so the menu and the page are built for the roles the session now holds. */
    private static void toStart() {
        UI.getCurrent().getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + "/");
    }

    private void rememberBrowser(String token) {
        Cookie cookie = new Cookie(TwoFactor.REMEMBER_COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge((int) TwoFactor.REMEMBER.toSeconds());
        cookie.setSecure(VaadinServletRequest.getCurrent().isSecure());
        cookie.setAttribute("SameSite", "Lax");
        VaadinServletResponse.getCurrent().addCookie(cookie);
    }
}
