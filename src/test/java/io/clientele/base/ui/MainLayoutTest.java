package io.clientele.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import io.clientele.KaribuTest;
import io.clientele.security.Role;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {
    @Test
    void theSideNavigationListsOnlyWhatTheRoleMayOpenInItsSections() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.VIEWER));
        UI.getCurrent().navigate("customers");
        String viewer = nav();
        assertThat(viewer)
                .contains("path=\"/customers\"", "path=\"/users\"", ">Management<")
                .doesNotContain("/organizations", "/settings/api-keys", "/branding");

        newSession();
        login(data.staff(tenant, Role.OWNER));
        UI.getCurrent().navigate("customers");
        String owner = nav();
        assertThat(owner)
                .contains(
                        "path=\"/organizations\"",
                        "path=\"/settings/api-keys\"",
                        "path=\"/branding\"",
                        ">White label<",
                        "icon=\"vaadin:palette\"");
        assertThat(owner.indexOf(">Management<")).isLessThan(owner.indexOf(">White label<"));
    }

    private static String nav() {
        return _get(Html.class, spec -> spec.withId("nav")).getInnerHtml();
    }
}
