package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import io.clientele.KaribuTest;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.account.SharedBilling;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PortalViewTest extends KaribuTest {
    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    SharedBilling sharedBilling;

    @Test
    void aCustomerAdminSeesTheSharedBillingNotificationOnNextLoginAndThenItIsRead() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        AccountTestData fixtures = new AccountTestData(organizations, accounts, users);
        long billing = fixtures.account(tenant, "Elv Catering AS", true);
        long shared = fixtures.account(tenant, "Lyng Media ENK", false);
        sharedBilling.addShared(billing, shared);
        UserAccount sharedAdmin = accounts.details(shared).orElseThrow().admin();

        login(sharedAdmin);
        UI.getCurrent().navigate("");
        assertThat(_find(PortalView.class)).hasSize(1);
        ListItem item = _get(ListItem.class);
        assertThat(item.getClassNames()).contains("unread");
        assertThat(item.getElement().getTextRecursively())
                .contains("Your account Lyng Media ENK now bills through Elv Catering AS.");

        // Next visit: a fresh portal page shows the same notification as read.
        UI.getCurrent().navigate("reset-password");
        UI.getCurrent().navigate("portal");
        assertThat(_get(ListItem.class).getClassNames()).doesNotContain("unread");
    }
}
