package io.clientele.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page of its own beside the login page (forgot password, reset, invitation, second factor): centred, without the
 * console's layout, titled by one key.
 */
abstract class SignInPage extends VerticalLayout implements HasDynamicTitle {
    private final String titleKey;

    SignInPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    /** The one-time link's token in the address, or null. */
    static String token(BeforeEnterEvent event) {
        return event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
    }

    /** Starts the page over with its heading. */
    void restart() {
        removeAll();
        add(new H2(getTranslation(titleKey)));
    }

    /** Replaces the page with a message and the way to the login page. */
    void endWith(String headingOrText, boolean heading) {
        removeAll();
        add(
                heading ? new H2(headingOrText) : new Paragraph(headingOrText),
                new Anchor("login", getTranslation("reset.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · Clientele";
    }
}
