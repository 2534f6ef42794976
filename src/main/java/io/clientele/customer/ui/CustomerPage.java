package io.clientele.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.clientele.audit.AuditService;
import io.clientele.audit.ui.ActivityBlock;
import io.clientele.base.OwnerType;
import io.clientele.base.ui.Avatars;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.DetailPage;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.RecordView;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerService;
import io.clientele.customer.PhoneNumbers;
import io.clientele.customer.TeamService;
import io.clientele.directory.AddressService;
import io.clientele.directory.ui.RecordBlocks;
import io.clientele.duplicate.MergeService;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * customers/{id}: the one page of a customer, whichever list it was opened from (Customers, Users → Customers).
 * A customer account's page is its account page, so those forward there. Everyone sees the whole profile; ADMIN
 * edits it in place and gets the same actions as the list's ⋮ menu in the header.
 */
@Route("customers/:id(\\d+)")
@RolesAllowed(Roles.VIEWER)
public class CustomerPage extends RecordView {
    static final String LIST = "customers";

    private final CustomerService customers;
    private final TeamService teams;
    private final CustomerActions actions;
    private final AddressService addresses;
    private final PriceSheetService sheets;
    private final AuditService audit;
    private final MergeService merges;
    private final CustomerTabs tabs;

    public CustomerPage(
            CustomerService customers,
            TeamService teams,
            CustomerActions actions,
            AddressService addresses,
            PriceSheetService sheets,
            AuditService audit,
            MergeService merges,
            CustomerTabs tabs) {
        this.merges = merges;
        this.tabs = tabs;
        this.customers = customers;
        this.teams = teams;
        this.actions = actions;
        this.addresses = addresses;
        this.sheets = sheets;
        this.audit = audit;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long requested = event.getRouteParameters().getLong("id").orElse(-1L);
        // A customer merged into another is a redirect to the one it became.
        var survivor = merges.survivorOf(requested);
        if (survivor.isPresent()) {
            event.forwardTo("customers/" + survivor.get());
            return;
        }
        // A customer that is also a customer account has one page, the account's, which has the customer's tabs too;
        // roles below ADMIN, who may not open accounts, see the customer's own tabs here.
        if (CurrentUser.require().has(Role.ADMIN)
                && customers
                        .details(requested)
                        .filter(CustomerDetails::isAccount)
                        .isPresent()) {
            event.forwardTo("customer-accounts/" + requested, QueryParameters.of("from", LIST));
            return;
        }
        super.beforeEnter(event);
    }

    @Override
    protected Component back() {
        return ListState.backLink(LIST, getTranslation("detail.back"));
    }

    @Override
    protected DetailPage build() {
        CustomerDetails d = customers.details(id).orElse(null);
        if (d == null) {
            return null;
        }
        CustomerRow r = d.row();
        title(r.displayName());
        DetailPage page = new DetailPage(
                LIST + "/" + id,
                back(),
                Avatars.of(r.displayName(), r.hasAvatar() ? "avatars/customers/" + r.id() : null, r.id()),
                r.displayName(),
                CustomerBadges.status(r),
                new Badge(getTranslation("customer.type." + r.type()), Badge.Tone.CONTRAST));
        RecordBlocks blocks = new RecordBlocks(addresses, sheets, OwnerType.CUSTOMER, id, this::render);
        CustomerForm form = r.deleted() || !blocks.canChange() ? null : guard(new CustomerForm(teams.all()));
        page.actions(actions.of(r, page.editIn("profile", form), this::render));
        tabs.add(
                page,
                r,
                this::render,
                List.of(
                        new CustomerTabs.Own(
                                0,
                                () -> page.tab(
                                        "profile", getTranslation("tab.profile"), () -> profile(d, blocks, form))),
                        new CustomerTabs.Own(
                                CustomerTab.WORK + 10,
                                () -> page.tab("addresses", getTranslation("tab.addresses"), blocks::addresses)),
                        new CustomerTabs.Own(
                                CustomerTab.WORK + 11,
                                () -> page.tab(
                                        "price-sheets", getTranslation("tab.price-sheets"), blocks::priceSheets)),
                        new CustomerTabs.Own(
                                CustomerTab.AFTER_ACTIVITY - 1,
                                () -> page.tab(
                                        "activity",
                                        getTranslation("tab.activity"),
                                        () -> ActivityBlock.of(
                                                audit.history("CUSTOMER", merges.withMerged(id), 50))))));
        return page;
    }

    private Component profile(CustomerDetails d, RecordBlocks blocks, CustomerForm form) {
        CustomerRow r = d.row();
        Div facts = DetailBlocks.block(
                getTranslation("detail.profile"),
                field("customer.first-name", d.firstName()),
                field("customer.last-name", d.lastName()),
                field("customer.company-name", d.companyName()),
                field("customer.email", r.email()),
                field("customer.phone", PhoneNumbers.display(r.phone())),
                field("detail.customer-number", d.customerNumber()),
                field("detail.source", getTranslation("source." + d.source())),
                field(
                        "customer.teams",
                        r.allTeams() ? getTranslation("customer.all-teams") : String.join(", ", r.teams())),
                field("customers.col.nextVisit", r.nextVisit() == null ? "—" : Formats.dateTime(r.nextVisit())),
                field("customers.col.push", getTranslation(r.push() ? "customers.push-yes" : "customers.push-no")));
        facts.setId("block-facts");
        Div login = DetailBlocks.block(
                getTranslation("detail.login-block"),
                field("customers.col.createdAt", Formats.dateTime(r.createdAt())),
                field("detail.updated-at", Formats.dateTime(d.updatedAt())),
                field(
                        "customers.col.lastLoginAt",
                        r.lastLoginAt() == null ? getTranslation("detail.never") : Formats.dateTime(r.lastLoginAt())),
                field(
                        "detail.portal-login",
                        d.loginEmail() == null ? getTranslation("detail.no-login") : d.loginEmail()),
                field(
                        "detail.staff-role",
                        d.loginStaffRole() == null ? "—" : getTranslation("role." + d.loginStaffRole())));
        login.setId("block-login");
        if (form == null) {
            return DetailPage.blocks(
                    facts, login, blocks.sources(List.of(d.source().name())));
        }
        Component edit = blocks.profile(form, customers.draftOf(id), draft -> customers.update(id, draft));
        return DetailPage.blocks(edit, login, blocks.sources(List.of(d.source().name())));
    }

    private Component field(String labelKey, String value) {
        return DetailBlocks.field(getTranslation(labelKey), value);
    }
}
