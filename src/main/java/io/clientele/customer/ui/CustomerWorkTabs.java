package io.clientele.customer.ui;

import io.clientele.base.ui.DetailPage;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerMessaging;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.GroupService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import org.springframework.stereotype.Component;

/** A customer's groups and consents (changed by ADMIN) and the messages sent to them: everyone sees them. */
@Component
class CustomerWorkTabs implements CustomerTab {
    private final GroupService groups;
    private final ConsentService consents;
    private final CustomerMessaging messaging;

    CustomerWorkTabs(GroupService groups, ConsentService consents, CustomerMessaging messaging) {
        this.groups = groups;
        this.consents = consents;
        this.messaging = messaging;
    }

    @Override
    public int order() {
        return WORK + 1;
    }

    @Override
    public void addTo(DetailPage page, CustomerRow customer, Runnable changed) {
        long id = customer.id();
        boolean admin = CurrentUser.require().has(Role.ADMIN) && !customer.deleted();
        page.tab("groups", page.getTranslation("tab.groups"), () -> new CustomerGroupsTab(groups, id, admin));
        page.tab("consents", page.getTranslation("tab.consents"), () -> new CustomerConsentsTab(consents, id, admin));
        page.tab("messages", page.getTranslation("tab.messages"), () -> new CustomerMessagesTab(messaging, id));
    }
}
