package io.clientele.directory.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Notifications;
import io.clientele.customer.PhoneNumbers;
import io.clientele.directory.CompanyDirectory;
import io.clientele.directory.ContactDraft;
import io.clientele.directory.ContactRow;
import io.clientele.directory.ContactService;
import java.util.Objects;
import java.util.Set;

/** Contacts (B2B): people at companies. */
class ContactsTab extends DirectoryTab<ContactRow> {
    private final ContactService contacts;
    private final CompanyDirectory companies;
    final PersonFilters filters;

    ContactsTab(ContactService contacts, CompanyDirectory companies) {
        super("contacts");
        this.contacts = contacts;
        this.companies = companies;
        filters = new PersonFilters(getTranslation("directory.filter.contact-ids"), state);
        grid.addColumn(Cells.avatar(
                        ContactRow::name, r -> r.hasPhoto() ? "avatars/contacts/" + r.id() : null, ContactRow::id))
                .setKey("photo")
                .setHeader(getTranslation("directory.col.photo"))
                .setWidth("4rem")
                .setFlexGrow(0);
        // Widths that keep a full name readable when the filters panel takes its share of the page.
        grid.addColumn(ContactRow::name)
                .setKey("name")
                .setSortProperty("displayName")
                .setSortable(true)
                .setHeader(getTranslation("directory.col.name"))
                .setWidth("11rem")
                .setFlexGrow(2)
                .setTooltipGenerator(ContactRow::name);
        grid.addColumn(r -> Objects.toString(r.email(), ""))
                .setKey("email")
                .setSortProperty("email")
                .setSortable(true)
                .setHeader(getTranslation("customer.email"))
                .setWidth("11rem")
                .setFlexGrow(2)
                .setTooltipGenerator(r -> Objects.toString(r.email(), ""));
        grid.addColumn(r -> Objects.toString(r.company(), ""))
                .setKey("company")
                .setHeader(getTranslation("contact.company"))
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(r -> PhoneNumbers.display(r.phone()))
                .setKey("phone")
                .setSortProperty("phoneDigits")
                .setSortable(true)
                .setHeader(getTranslation("customer.phone"))
                .setWidth("8rem")
                .setFlexGrow(0);
        setSource(() -> filters.filter(search.getValue()), contacts::contacts, contacts::countContacts);
    }

    @Override
    protected FormLayout filterForm() {
        return filters;
    }

    @Override
    protected void openNew() {
        ContactForm form = new ContactForm(companies);
        panel.openForm(
                getTranslation("directory.contacts.new"),
                form,
                new ContactDraft(),
                getTranslation("action.create"),
                "save-contact",
                d -> {
                    contacts.createContact(d, form.photo());
                    Notifications.success(getTranslation("directory.contacts.created"));
                    paged.refreshPage();
                });
    }

    @Override
    protected void confirmDelete(Set<ContactRow> selected) {
        var ids = selected.stream().map(ContactRow::id).toList();
        confirmDelete(ids.size(), null, () -> contacts.deleteContacts(ids), () -> contacts.restoreContacts(ids));
    }

    @Override
    protected long idOf(ContactRow row) {
        return row.id();
    }
}
