package io.clientele.account.ui;

import io.clientele.organization.ui.OrganizationFacts;
import io.clientele.base.ui.ListState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.*;
import io.clientele.account.AccountAction;
import io.clientele.account.AccountDetails;
import io.clientele.account.AccountRow;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.ui.Avatars;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.CountryBox;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.customer.BillingInfo;
import io.clientele.organization.Organization;
import io.clientele.security.Roles;
import io.clientele.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** customer-accounts/{id}: organization, account, shared accounts, customer admin and billing blocks. */
@Route("customer-accounts/:id(\\d+)")
@RolesAllowed(Roles.ADMIN)
public class CustomerAccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CustomerAccountService accounts;
    private String title = "";
    private long id;

    public CustomerAccountView(CustomerAccountService accounts) {
        this.accounts = accounts;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        render();
    }

    private void render() {
        removeAll();
        add(ListState.backLink(CustomerAccountListView.ROUTE, getTranslation("accounts.back")));
        AccountDetails d = accounts.details(id).orElse(null);
        if (d == null) {
            title = DetailBlocks.notFound(this);
            return;
        }
        AccountRow r = d.row();
        Organization o = d.organization();
        title = r.organizationName();
        H2 name = new H2(r.organizationName());
        HorizontalLayout header = new HorizontalLayout(name, AccountBadges.status(r));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("detail-header");
        Span where = new Span(Stream.of(o.getRegion(), joined(o.getAddress(), o.getPostNumber(), o.getMunicipality()))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · ")));
        where.addClassName("detail-subtitle");
        where.setId("account-location");
        // The organization is a record of its own (master data): its page has contacts, addresses and price sheets.
        Anchor organizationPage = new Anchor("users/companies/" + o.getId(), getTranslation("account.open-organization"));
        organizationPage.setId("open-organization");
        add(header, where, organizationPage);

        HorizontalLayout blocks = new HorizontalLayout();
        blocks.setWidthFull();
        blocks.addClassName("detail-blocks");
        blocks.add(OrganizationFacts.block(getTranslation("account.block.organization"), o), accountBlock(r, d));
        if (r.allowSharedBilling()) {
            blocks.add(sharedBlock(r, d));
        }
        if (d.admin() != null) {
            blocks.add(adminBlock(r, d.admin(), d.adminHasAvatar()));
        }
        blocks.add(billingBlock(r, d.billing()));
        add(blocks);
    }

    private Component accountBlock(AccountRow r, AccountDetails d) {
        Div block = DetailBlocks.block(getTranslation("account.block.account"),
                field("account.customer-number", r.customerNumber()),
                field("account.billed-through", d.billedBy()));
        block.setId("block-account");
        return block;
    }

    private Component sharedBlock(AccountRow r, AccountDetails d) {
        Div block = DetailBlocks.block(getTranslation("account.block.shared"));
        block.setId("block-shared");
        if (d.sharedAccounts().isEmpty()) {
            block.add(new Paragraph(getTranslation("shared.none")));
        } else {
            UnorderedList list = new UnorderedList();
            d.sharedAccounts().forEach(s -> list.add(new ListItem(s.organizationName())));
            block.add(list);
        }
        if (r.actions().contains(AccountAction.MANAGE_SHARED)) {
            Button manage = new Button(getTranslation("account.manage"), e -> UI.getCurrent().navigate(
                    SharedAccountsView.class, new RouteParameters("id", String.valueOf(r.id()))));
            manage.setId("manage-shared");
            manage.addThemeVariants(ButtonVariant.LUMO_SMALL);
            block.add(manage);
        }
        return block;
    }

    private Component adminBlock(AccountRow r, UserAccount admin, boolean hasAvatar) {
        HorizontalLayout who = new HorizontalLayout(Avatars.of(admin.displayName(),
                hasAvatar ? "avatars/customers/" + r.id() : null, admin.getId()),
                new Badge(getTranslation("role." + admin.getPortalRole()), Badge.Tone.CONTRAST));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        Div block = DetailBlocks.block(getTranslation("account.block.admin"),
                field("customer.first-name", admin.getFirstName()),
                field("customer.last-name", admin.getLastName()),
                field("customer.email", admin.getEmail()),
                field("profile.language", getTranslation("language." + admin.getLanguage())));
        block.addComponentAtIndex(1, who);
        block.setId("block-admin");
        return block;
    }

    private Component billingBlock(AccountRow r, BillingInfo b) {
        Div block = DetailBlocks.block(getTranslation("account.block.billing"),
                field("organization.digital-address", b.getDigitalAddress()),
                field("organization.address", b.getAddress()),
                field("organization.post-number", b.getPostNumber()),
                field("organization.municipality", b.getMunicipality()),
                field("organization.phone", b.getPhone()),
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
            Button edit = new Button(getTranslation("action.edit"), e -> new BillingDialog(accounts, r.id(), b,
                    this::render).open());
            edit.setId("edit-billing");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            block.add(edit);
        }
        return block;
    }

    private Component field(String labelKey, String value) {
        return DetailBlocks.field(getTranslation(labelKey), value);
    }

    private static String joined(String address, String postNumber, String municipality) {
        String place = Stream.of(postNumber, municipality).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return Stream.of(address, place).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return title + " · Clientele";
    }
}
