package io.clientele.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.portal.SignupService;

/** The verification mail's link: confirms the address (once) and says whether it worked. */
@Route(value = "portal/verify", autoLayout = false)
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SignupService signups;

    public VerifyEmailView(SignupService signups) {
        this.signups = signups;
        addClassName("portal-signup");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean ok = signups.verify(event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null));
        Paragraph text = new Paragraph(getTranslation(ok ? "signup.verified" : "signup.verify-failed"));
        text.setId("verify-result");
        removeAll();
        add(new H2(getTranslation("signup.verify-title")), text, new Anchor("login", getTranslation("signup.log-in")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.verify-title");
    }
}
