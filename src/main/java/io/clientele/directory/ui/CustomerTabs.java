package io.clientele.directory.ui;

import io.clientele.base.ui.DetailPage;
import io.clientele.booking.BookingService;
import io.clientele.booking.ui.BookingsTab;
import io.clientele.booking.ui.PaymentsTab;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerMessaging;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.customer.GroupService;
import io.clientele.customer.ui.CustomerConsentsTab;
import io.clientele.customer.ui.CustomerGroupsTab;
import io.clientele.customer.ui.CustomerMessagesTab;
import io.clientele.integration.ApiKeyService;
import io.clientele.integration.WebhookService;
import io.clientele.integration.ui.ApiKeysPanel;
import io.clientele.integration.ui.WebhooksPanel;
import io.clientele.privacy.PersonalDataService;
import io.clientele.privacy.ui.PrivacyTab;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import org.springframework.stereotype.Component;

/**
 * The tabs every customer's page has, whichever page shows the customer: the customer page, or a customer account's
 * page (a business customer that is also an account is one record with one page). Each tab is added for the roles
 * that may see it.
 */
@Component
public class CustomerTabs {
    private final BookingService bookings;
    private final GroupService groups;
    private final ConsentService consents;
    private final CustomerMessaging messaging;
    private final ApiKeyService apiKeys;
    private final WebhookService webhooks;
    private final PersonalDataService privacy;

    CustomerTabs(
            BookingService bookings,
            GroupService groups,
            ConsentService consents,
            CustomerMessaging messaging,
            ApiKeyService apiKeys,
            WebhookService webhooks,
            PersonalDataService privacy) {
        this.bookings = bookings;
        this.groups = groups;
        this.consents = consents;
        this.messaging = messaging;
        this.apiKeys = apiKeys;
        this.webhooks = webhooks;
        this.privacy = privacy;
    }

    /** Bookings and payments (BACKOFFICE and above), groups, consents and messages. */
    public void work(DetailPage page, CustomerRow r) {
        CurrentUser me = CurrentUser.require();
        long id = r.id();
        if (me.has(Role.BACKOFFICE)) {
            page.tab(
                    "bookings", page.getTranslation("tab.bookings"), () -> new BookingsTab(bookings, id, !r.deleted()));
            page.tab(
                    "payments", page.getTranslation("tab.payments"), () -> new PaymentsTab(bookings, id, !r.deleted()));
        }
        page.tab(
                "groups",
                page.getTranslation("tab.groups"),
                () -> new CustomerGroupsTab(groups, id, me.has(Role.ADMIN) && !r.deleted()));
        page.tab(
                "consents",
                page.getTranslation("tab.consents"),
                () -> new CustomerConsentsTab(consents, id, me.has(Role.ADMIN) && !r.deleted()));
        page.tab("messages", page.getTranslation("tab.messages"), () -> new CustomerMessagesTab(messaging, id));
    }

    /** API keys and webhooks of a business customer, and Privacy: ADMIN and above. */
    public void integrationAndPrivacy(DetailPage page, CustomerRow r, Runnable changed) {
        if (!CurrentUser.require().has(Role.ADMIN)) {
            return;
        }
        long id = r.id();
        // Product page 1: only business customers integrate with the tenant.
        if (r.type() == CustomerType.BUSINESS && !r.deleted()) {
            page.tab(
                    "api-keys",
                    page.getTranslation("tab.api-keys"),
                    () -> new ApiKeysPanel(apiKeys, id, r.status() != CustomerStatus.BLOCKED));
            page.tab("webhooks", page.getTranslation("tab.webhooks"), () -> new WebhooksPanel(webhooks, id));
        }
        page.tab("privacy", page.getTranslation("tab.privacy"), () -> new PrivacyTab(privacy, id, changed));
    }
}
