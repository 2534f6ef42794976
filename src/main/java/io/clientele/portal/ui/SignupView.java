package io.clientele.portal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.*;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.portal.AppUserDraft;
import io.clientele.portal.SignupAttribution;
import io.clientele.portal.SignupService;
import io.clientele.security.InvalidPasswordException;
import io.clientele.security.PasswordPolicy;
import java.util.Map;

/**
 * The tenant's sign-up link, {@code /portal/signup/<tenant>?utm_source=…}: e-mail, password, full name, company.
 * The link's UTM parameters, the page it was reached from and the link itself are kept as the signup attribution.
 */
@Route(value = "portal/signup/:tenant", autoLayout = false)
@AnonymousAllowed
public class SignupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final EmailField email = new EmailField(getTranslation("app-users.email"));
    final PasswordField password = new PasswordField(getTranslation("app-users.password"));
    final TextField fullName = new TextField(getTranslation("app-users.full-name"));
    final TextField company = new TextField(getTranslation("app-users.company"));
    private final SignupService signups;
    private final BeanValidationBinder<AppUserDraft> binder = new BeanValidationBinder<>(AppUserDraft.class);
    private final Div box = new Div();
    private SignupService.Brand brand;
    private SignupAttribution.Attribution attribution;
    private final String referrer;

    public SignupView(SignupService signups) {
        this.signups = signups;
        addClassName("portal-signup");
        setAlignItems(Alignment.CENTER);
        // The page load that opened this view carries the referrer; later round trips do not.
        VaadinRequest request = VaadinRequest.getCurrent();
        referrer = request == null ? null : request.getHeader("Referer");
        box.addClassName("signup-box");
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        brand = event.getRouteParameters().get("tenant").flatMap(t -> {
            try {
                return signups.brand(Long.parseLong(t));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
        if (brand == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        QueryParameters q = event.getLocation().getQueryParameters();
        attribution = new SignupAttribution.Attribution(param(q, "utm_source"), param(q, "utm_medium"),
                param(q, "utm_campaign"), param(q, "utm_term"), param(q, "utm_content"), referrer,
                "/" + event.getLocation().getPathWithQueryParameters());
        if (brand.color() != null) {
            getStyle().set("--clientele-brand", brand.color());
        }
        form();
    }

    private static String param(QueryParameters q, String key) {
        return q.getSingleParameter(key).orElse(null);
    }

    private void form() {
        box.removeAll();
        email.setId("signup-email");
        email.setRequiredIndicatorVisible(true);
        password.setId("signup-password");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("app-users.password-min", PasswordPolicy.MIN_LENGTH));
        fullName.setId("signup-full-name");
        company.setId("signup-company");
        binder.bindInstanceFields(this);
        binder.setBean(new AppUserDraft());
        Button create = new Button(getTranslation("signup.create"), e -> submit());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("signup-submit");
        FormLayout form = new FormLayout(email, password, fullName, company, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        H2 title = new H2(getTranslation("signup.title", brand.name()));
        title.setId("signup-title");
        box.add(title, form, new Anchor("login", getTranslation("signup.have-account")));
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            signups.signUp(brand.tenantId(), binder.getBean(), attribution);
            box.removeAll();
            Paragraph done = new Paragraph(getTranslation("signup.check-mail", binder.getBean().getEmail()));
            done.setId("signup-done");
            box.add(new H2(getTranslation("signup.title", brand.name())), done);
        } catch (InvalidPasswordException ex) {
            password.setErrorMessage(getTranslation(ex.getMessage()));
            password.setInvalid(true);
        } catch (FieldValidationException ex) {
            FieldMessages.show(ex, Map.<String, HasValidation>of("email", email, "password", password,
                    "fullName", fullName, "company", company), email);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.page-title");
    }
}
