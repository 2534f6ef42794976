package io.clientele.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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
import io.clientele.base.ui.RowActions;
import io.clientele.customer.PhoneNumbers;
import io.clientele.directory.AddressService;
import io.clientele.directory.CompanyDirectory;
import io.clientele.directory.Contact;
import io.clientele.directory.ContactService;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** users/contacts/{id}: the one page of a contact person; VIEWER sees every field, ADMIN edits in place. */
@Route("users/contacts/:id(\\d+)")
@RolesAllowed(Roles.VIEWER)
public class ContactPage extends RecordView {
    private final ContactService contacts;
    private final CompanyDirectory companies;
    private final AddressService addresses;
    private final PriceSheetService sheets;
    private final AuditService audit;

    public ContactPage(
            ContactService contacts,
            CompanyDirectory companies,
            AddressService addresses,
            PriceSheetService sheets,
            AuditService audit) {
        this.contacts = contacts;
        this.companies = companies;
        this.addresses = addresses;
        this.sheets = sheets;
        this.audit = audit;
    }

    @Override
    protected Component back() {
        return ListState.backLink("users/contacts", getTranslation("directory.back.contacts"));
    }

    @Override
    protected DetailPage build() {
        Contact c = contacts.contact(id).orElse(null);
        if (c == null) {
            return null;
        }
        title(c.getDisplayName());
        DetailPage page = new DetailPage(
                "users/contacts/" + id,
                back(),
                Avatars.of(c.getDisplayName(), c.isHasPhoto() ? "avatars/contacts/" + c.getId() : null, c.getId()),
                c.getDisplayName(),
                new Badge(getTranslation("directory.contact"), Badge.Tone.CONTRAST));
        RecordBlocks blocks = new RecordBlocks(addresses, sheets, OwnerType.CONTACT, id, this::render);
        ContactForm form = blocks.canChange() ? guard(new ContactForm(companies)) : null;
        if (form != null) {
            page.actions(List.of(
                    new RowActions.Action(getTranslation("action.edit"), page.editIn("profile", form), "edit")));
        }
        page.tab(
                "profile",
                getTranslation("tab.profile"),
                () -> DetailPage.blocks(
                        form == null
                                ? facts(c)
                                : blocks.profile(
                                        form, contacts.draftOf(id), d -> contacts.updateContact(id, d, form.photo())),
                        company(c),
                        blocks.sources(c.getSources())));
        page.tab("addresses", getTranslation("tab.addresses"), blocks::addresses);
        page.tab("activity", getTranslation("tab.activity"), () -> ActivityBlock.of(audit.history("CONTACT", id, 50)));
        return page;
    }

    private Component facts(Contact c) {
        Div block = DetailBlocks.block(
                getTranslation("detail.profile"),
                field("customer.first-name", c.getFirstName()),
                field("contact.middle-name", c.getMiddleName()),
                field("customer.last-name", c.getLastName()),
                field("customer.email", c.getEmail()),
                field("customer.phone", PhoneNumbers.display(c.getPhone())),
                field("contact.gender", c.getGender() == null ? null : getTranslation("gender." + c.getGender())),
                field("filter.created", Formats.dateTime(c.getCreatedAt())),
                field("filter.modified", Formats.dateTime(c.getUpdatedAt())));
        block.setId("block-facts");
        return block;
    }

    private Component company(Contact c) {
        Div block = DetailBlocks.block(getTranslation("contact.company"));
        block.setId("block-company");
        if (c.getOrganizationId() == null) {
            block.add(new Paragraph(getTranslation("directory.no-company")));
        } else {
            companies
                    .company(c.getOrganizationId())
                    .ifPresent(o -> block.add(new Anchor("users/companies/" + o.getId(), o.getName())));
        }
        return block;
    }

    private Component field(String labelKey, String value) {
        return DetailBlocks.field(getTranslation(labelKey), value);
    }
}
