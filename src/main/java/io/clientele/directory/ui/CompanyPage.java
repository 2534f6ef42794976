package io.clientele.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import io.clientele.audit.AuditService;
import io.clientele.audit.ui.ActivityBlock;
import io.clientele.base.OwnerType;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.DetailPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.RecordView;
import io.clientele.base.ui.RowActions;
import io.clientele.directory.AddressService;
import io.clientele.directory.CompanyDirectory;
import io.clientele.directory.Contact;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationService;
import io.clientele.organization.ui.OrganizationDialogs;
import io.clientele.organization.ui.OrganizationFacts;
import io.clientele.organization.ui.OrganizationForm;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** users/companies/{id}: the one page of an organization, opened from Organizations and from Users → Companies. */
@Route("users/companies/:id(\\d+)")
@RolesAllowed(Roles.VIEWER)
public class CompanyPage extends RecordView {
    private final CompanyDirectory companies;
    private final AddressService addresses;
    private final OrganizationService organizations;
    private final PriceSheetService sheets;
    private final AuditService audit;

    public CompanyPage(
            CompanyDirectory companies,
            AddressService addresses,
            OrganizationService organizations,
            PriceSheetService sheets,
            AuditService audit) {
        this.companies = companies;
        this.addresses = addresses;
        this.organizations = organizations;
        this.sheets = sheets;
        this.audit = audit;
    }

    @Override
    protected Component back() {
        return ListState.backLink("users/companies", getTranslation("directory.back.companies"));
    }

    @Override
    protected DetailPage build() {
        Organization o = companies.company(id).orElse(null);
        if (o == null) {
            return null;
        }
        title(o.getName());
        DetailPage page = new DetailPage(
                "users/companies/" + id,
                back(),
                null,
                o.getName(),
                new Badge(getTranslation("directory.company"), Badge.Tone.CONTRAST));
        RecordBlocks blocks = new RecordBlocks(addresses, sheets, OwnerType.ORGANIZATION, id, this::render);
        OrganizationForm form = blocks.canChange() ? guard(new OrganizationForm()) : null;
        if (form != null) {
            page.actions(List.of(
                    new RowActions.Action(getTranslation("action.edit"), page.editIn("profile", form), "edit"),
                    new RowActions.Action(getTranslation("action.delete"), () -> confirmDelete(o), "delete")));
        }
        page.tab(
                "profile",
                getTranslation("tab.profile"),
                () -> DetailPage.blocks(
                        form == null
                                ? OrganizationFacts.block(getTranslation("detail.profile"), o)
                                : blocks.profile(form, organizations.draftOf(id), d -> organizations.update(id, d)),
                        blocks.sources(o.getSources())));
        page.tab("contacts", getTranslation("tab.contacts"), this::contacts);
        page.tab("addresses", getTranslation("tab.addresses"), blocks::addresses);
        page.tab("price-sheets", getTranslation("tab.price-sheets"), blocks::priceSheets);
        page.tab(
                "activity",
                getTranslation("tab.activity"),
                () -> ActivityBlock.of(audit.history("ORGANIZATION", id, 50)));
        return page;
    }

    private Component contacts() {
        List<Contact> contacts = companies.contactsOf(id);
        Div block = DetailBlocks.block(getTranslation("directory.block.contacts", contacts.size()));
        block.setId("block-contacts");
        if (contacts.isEmpty()) {
            block.add(new Paragraph(getTranslation("directory.no-contacts")));
        }
        UnorderedList list = new UnorderedList();
        contacts.forEach(c -> list.add(new ListItem(new Anchor("users/contacts/" + c.getId(), c.getDisplayName()))));
        block.add(list);
        return block;
    }

    private void confirmDelete(Organization o) {
        OrganizationDialogs.confirmDelete(
                organizations, o, () -> UI.getCurrent().navigate(ListState.lastLocation("users/companies")));
    }
}
