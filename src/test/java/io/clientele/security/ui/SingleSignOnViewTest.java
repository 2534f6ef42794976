package io.clientele.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.clientele.KaribuTest;
import io.clientele.OidcProvider;
import io.clientele.security.Role;
import io.clientele.security.SsoService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An OWNER connects the tenant's provider: told first what is wrong, then shown what to register at the provider. */
class SingleSignOnViewTest extends KaribuTest {
    @Autowired
    SsoService sso;

    @Test
    void connectTheTenantsProvider() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.OWNER));
        UI.getCurrent().navigate("settings/single-sign-on");
        SingleSignOnView.SsoForm form = _get(SingleSignOnView.SsoForm.class);
        assertThat(_get(Span.class, spec -> spec.withId("sso-redirect-uri")).getText())
                .endsWith("/login/oauth2/code/tenant-" + tenant);
        form.enabled.setValue(true);
        form.providerName.setValue("Fjellklinikken ID");
        form.issuer.setValue("http://127.0.0.1:1/realms/staff");
        form.clientId.setValue("clientele");
        form.roleMapping.setValue("clientele-admins = ADMIN\nclientele-guests = GUEST");
        _get(Button.class, spec -> spec.withId("save-sso")).click();
        assertThat(form.issuer.getErrorMessage()).startsWith("No OpenID Connect provider answers for this issuer");
        assertThat(form.roleMapping.getErrorMessage()).startsWith("Write one \"value = ROLE\" per line");
        assertThat(sso.offeredAt(tenant)).as("nothing saved").isEmpty();

        form.issuer.setValue(OidcProvider.issuer());
        form.roleMapping.setValue("clientele-admins = ADMIN");
        _get(Button.class, spec -> spec.withId("save-sso")).click();
        assertThat(sso.offeredAt(tenant)).contains("Fjellklinikken ID");
        assertThat(form.issuer.isInvalid()).isFalse();
    }
}
