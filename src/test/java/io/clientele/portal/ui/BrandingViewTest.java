package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import io.clientele.KaribuTest;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.subscription.BillingRule;
import io.clientele.subscription.SubscriptionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** White label → Branding: colour, the access-mail switch, the sign-up link and the billing rule with its examples. */
class BrandingViewTest extends KaribuTest {
    @Autowired
    SubscriptionService subscriptions;

    @Test
    void theOwnerBrandsThePortalAndChangesTheBillingRule() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.OWNER));
        UI.getCurrent().navigate("branding");
        BrandingView view = _get(BrandingView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("portal-login-link")).getHref())
                .endsWith("/login?tenant=" + tenant);
        assertThat(_get(Anchor.class, spec -> spec.withId("signup-link")).getHref())
                .endsWith("/portal/signup/" + tenant);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("billing-examples"))
                        .getElement()
                        .getTextRecursively())
                .contains("7 s billed as 1 min: minimum billable time")
                .contains("61 s billed as 2 min");

        view.color.setValue("teal");
        _get(Button.class, spec -> spec.withId("save-branding")).click();
        assertThat(view.color.getErrorMessage()).isEqualTo("Use a hex colour such as #0f766e");
        assertThat(tenants.find(tenant).orElseThrow().getBrandColor()).isNull();
        view.color.setValue("#0F766E");
        view.notify.setValue(false);
        _get(Button.class, spec -> spec.withId("save-branding")).click();
        assertThat(tenants.find(tenant).orElseThrow().getBrandColor()).isEqualTo("#0f766e");
        assertThat(tenants.find(tenant).orElseThrow().isNotifySupportAccess()).isFalse();

        // The portal's login link shows the tenant's name and colour.
        io.clientele.TestData.logout();
        newSession();
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("tenant", String.valueOf(tenant)));
        io.clientele.security.ui.LoginView loginView = _get(io.clientele.security.ui.LoginView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("login-brand"))
                        .getText())
                .isEqualTo(tenants.find(tenant).orElseThrow().getName());
        assertThat(loginView.getStyle().get("--clientele-brand")).isEqualTo("#0f766e");
        login(data.staff(tenant, Role.OWNER));
        UI.getCurrent().navigate("branding");
        view = _get(BrandingView.class);

        view.increment.setValue(0);
        _get(Button.class, spec -> spec.withId("save-billing-rule")).click();
        assertThat(view.increment.getErrorMessage()).isEqualTo("The increment must be between 1 and 3,600 seconds");
        view.increment.setValue(6);
        view.minimum.setValue(0);
        _get(Button.class, spec -> spec.withId("save-billing-rule")).click();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("billing-examples"))
                        .getElement()
                        .getTextRecursively())
                .contains("7 s billed as 0.2 min: rounded up to a whole increment");
        SystemAuthentication.run(
                tenant,
                () -> assertThat(subscriptions.billingRule())
                        .isEqualTo(new BillingRule(6, 0, BillingRule.Rounding.UP)));
    }
}
