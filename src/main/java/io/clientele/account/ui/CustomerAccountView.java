package io.clientele.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.clientele.account.AccountAction;
import io.clientele.account.AccountDetails;
import io.clientele.account.AccountDraft;
import io.clientele.account.AccountRow;
import io.clientele.account.CustomerAccountService;
import io.clientele.account.SharedBilling;
import io.clientele.audit.AuditService;
import io.clientele.audit.ui.ActivityBlock;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Languages;
import io.clientele.base.ui.Avatars;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.DetailPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.RecordView;
import io.clientele.base.ui.SidePanel;
import io.clientele.customer.BillingInfo;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerService;
import io.clientele.customer.PhoneNumbers;
import io.clientele.customer.ui.CustomerTab;
import io.clientele.customer.ui.CustomerTabs;
import io.clientele.organization.Organization;
import io.clientele.organization.ui.OrganizationFacts;
import io.clientele.security.Roles;
import io.clientele.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * customer-accounts/{id}: the one page of a customer account, with the list's actions in its header and tabs for
 * the account (organization, account, customer admin), billing, shared accounts and activity.
 */
@Route("customer-accounts/:id(\\d+)")
@RolesAllowed(Roles.ADMIN)
public class CustomerAccountView extends RecordView {
    static final String SHARED = "shared";

    private final CustomerAccountService accounts;
    private final AuditService audit;
    private final CustomerService customers;
    private final CustomerTabs customerTabs;
    private final SharedBilling sharedBilling;
    private final SidePanel panel = new SidePanel();
    /** The list the page was opened from, for Back: Customers when a customer's row led here. */
    private String from = CustomerAccountListView.ROUTE;

    public CustomerAccountView(
            CustomerAccountService accounts,
            AuditService audit,
            CustomerService customers,
            CustomerTabs customerTabs,
            SharedBilling sharedBilling) {
        this.accounts = accounts;
        this.sharedBilling = sharedBilling;
        this.audit = audit;
        this.customers = customers;
        this.customerTabs = customerTabs;
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        from = "customers"
                        .equals(event.getLocation()
                                .getQueryParameters()
                                .getSingleParameter("from")
                                .orElse(""))
                ? "customers"
                : CustomerAccountListView.ROUTE;
        super.beforeEnter(event);
    }

    /** Opens account {@code id}'s page, on tab {@code tab} when not null. */
    static void open(long id, String tab) {
        UI.getCurrent()
                .navigate(
                        CustomerAccountListView.ROUTE + "/" + id,
                        tab == null ? QueryParameters.empty() : QueryParameters.of("tab", tab));
    }

    @Override
    protected Component back() {
        return ListState.backLink(from, getTranslation(from.equals("customers") ? "detail.back" : "accounts.back"));
    }

    @Override
    protected SidePanel sidePanel() {
        return panel;
    }

    @Override
    protected DetailPage build() {
        AccountDetails d = accounts.details(id).orElse(null);
        if (d == null) {
            return null;
        }
        AccountRow r = d.row();
        Organization o = d.organization();
        title(r.organizationName());
        DetailPage page = new DetailPage(
                CustomerAccountListView.ROUTE + "/" + id, back(), null, r.organizationName(), AccountBadges.status(r));
        Span where = new Span(Stream.of(o.getRegion(), joined(o.getAddress(), o.getPostCode(), o.getMunicipality()))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · ")));
        where.setId("account-location");
        // The organization is a record of its own (master data): its page has contacts, addresses and price sheets.
        Anchor organizationPage =
                new Anchor("users/companies/" + o.getId(), getTranslation("account.open-organization"));
        organizationPage.setId("open-organization");
        page.subtitle(where, organizationPage);
        page.actions(AccountActions.of(
                accounts,
                r,
                Map.of(AccountAction.EDIT, () -> openEdit(r), AccountAction.MANAGE_SHARED, () -> page.open(SHARED)),
                this::render,
                () -> UI.getCurrent().navigate(ListState.lastLocation(CustomerAccountListView.ROUTE))));

        page.tab("account", getTranslation("tab.account"), () -> {
            HorizontalLayout blocks = DetailPage.blocks(
                    OrganizationFacts.block(getTranslation("account.block.organization"), o), accountBlock(r, d));
            if (d.admin() != null) {
                blocks.add(adminBlock(r, d.admin(), d.adminHasAvatar()));
            }
            return blocks;
        });
        page.tab("billing", getTranslation("tab.billing"), () -> billingBlock(r, d.billing()));
        if (r.allowSharedBilling() || sharedBilling.countShared(id) > 0) {
            page.tab(SHARED, getTranslation("tab.shared"), () -> new SharedAccountsTab(sharedBilling, r));
        }
        // The account is a customer too: the customer's own tabs, as on any customer's page.
        Optional<CustomerRow> customer = customers.details(id).map(CustomerDetails::row);
        Runnable activity = () -> page.tab(
                "activity",
                getTranslation("tab.activity"),
                () -> ActivityBlock.of(audit.history(CustomerAccountService.ENTITY, id, 50)));
        customer.ifPresentOrElse(
                c -> customerTabs.add(
                        page, c, this::render, List.of(new CustomerTabs.Own(CustomerTab.AFTER_ACTIVITY - 1, activity))),
                activity);
        return page;
    }

    private void openEdit(AccountRow r) {
        AccountDraft draft;
        try {
            draft = accounts.draftOf(r.id());
        } catch (ActionRefusedException e) {
            Notifications.refused(e);
            return;
        }
        AccountForm form = guard(new AccountForm(
                accounts,
                draft.getOrganization().id(),
                draft.getAdmin() == null ? null : draft.getAdmin().id()));
        panel.openForm(
                getTranslation("accounts.edit"),
                form,
                draft,
                getTranslation("action.update"),
                "save-account",
                saved -> {
                    accounts.update(r.id(), saved);
                    Notifications.success(getTranslation(
                            "accounts.saved", saved.getOrganization().label()));
                    render();
                });
    }

    private Component accountBlock(AccountRow r, AccountDetails d) {
        Div block = DetailBlocks.block(
                getTranslation("account.block.account"),
                field("account.customer-number", r.customerNumber()),
                field("account.billed-through", d.billedBy()),
                field("accounts.col.shared", getTranslation(r.allowSharedBilling() ? "csv.yes" : "csv.no")));
        block.setId("block-account");
        return block;
    }

    private Component adminBlock(AccountRow r, UserAccount admin, boolean hasAvatar) {
        HorizontalLayout who = new HorizontalLayout(
                Avatars.of(admin.displayName(), hasAvatar ? "avatars/customers/" + r.id() : null, admin.getId()),
                new Badge(getTranslation("role." + admin.getPortalRole()), Badge.Tone.CONTRAST));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        Div block = DetailBlocks.block(
                getTranslation("account.block.admin"),
                field("customer.first-name", admin.getFirstName()),
                field("customer.last-name", admin.getLastName()),
                field("customer.email", admin.getEmail()),
                field("profile.language", getTranslation("language." + Languages.tag(admin.getLanguage()))));
        block.addComponentAtIndex(1, who);
        block.setId("block-admin");
        return block;
    }

    private Component billingBlock(AccountRow r, BillingInfo b) {
        Div block = DetailBlocks.block(
                getTranslation("account.block.billing"),
                field("organization.digital-address", b.getDigitalAddress()),
                field("organization.address", b.getAddress()),
                field("organization.post-number", b.getPostCode()),
                field("organization.municipality", b.getMunicipality()),
                field("organization.phone", PhoneNumbers.display(b.getPhone())),
                field("organization.email", b.getEmail()),
                field("account.billing.responsible", b.getResponsible()));
        block.setId("block-billing");
        if (b.isEmpty()) {
            Paragraph note = new Paragraph(getTranslation("account.billing.empty-note"));
            note.addClassName("hint");
            note.setId("billing-empty-note");
            block.add(note);
        }
        if (r.actions().contains(AccountAction.EDIT)) {
            Button edit = new Button(
                    getTranslation("action.edit"), e -> new BillingDialog(accounts, r.id(), b, this::render).open());
            edit.setId("edit-billing");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            block.add(edit);
        }
        return block;
    }

    private Component field(String labelKey, String value) {
        return DetailBlocks.field(getTranslation(labelKey), value);
    }

    private static String joined(String address, String postCode, String municipality) {
        String place = Stream.of(postCode, municipality)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return Stream.of(address, place).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }
}
