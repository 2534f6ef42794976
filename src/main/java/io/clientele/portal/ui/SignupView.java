package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.portal.SignupAttribution;
import io.clientele.portal.SignupService;

/**
 * The tenant's sign-up link, {@code /portal/signup/<tenant>?utm_source=…}: e-mail, password, full name, company.
 * The link's UTM parameters, the page it was reached from and the link itself are kept as the signup attribution.
 */
@Route(value = "portal/signup/:tenant", autoLayout = false)
@AnonymousAllowed
public class SignupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final AppUserFields fields = new AppUserFields("signup");
    private final SignupService signups;
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
        brand = event.getRouteParameters()
                .get("tenant")
                .flatMap(t -> {
                    try {
                        return signups.brand(Long.parseLong(t));
                    } catch (NumberFormatException e) {
                        return java.util.Optional.empty();
                    }
                })
                .orElse(null);
        if (brand == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        QueryParameters q = event.getLocation().getQueryParameters();
        attribution = new SignupAttribution.Attribution(
                param(q, "utm_source"),
                param(q, "utm_medium"),
                param(q, "utm_campaign"),
                param(q, "utm_term"),
                param(q, "utm_content"),
                referrer,
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
        Button create = new Button(getTranslation("signup.create"), e -> submit());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("signup-submit");
        FormLayout form = new FormLayout(fields.email, fields.password, fields.fullName, fields.company, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        H2 title = new H2(getTranslation("signup.title", brand.name()));
        title.setId("signup-title");
        box.add(title, form, new Anchor("login?tenant=" + brand.tenantId(), getTranslation("signup.have-account")));
    }

    private void submit() {
        if (fields.submit(d -> signups.signUp(brand.tenantId(), d, attribution))) {
            box.removeAll();
            Paragraph done = new Paragraph(
                    getTranslation("signup.check-mail", fields.draft().getEmail()));
            done.setId("signup-done");
            box.add(new H2(getTranslation("signup.title", brand.name())), done);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.page-title");
    }
}
