package io.clientele.directory.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.DateRangeFilter;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.directory.CompanyDirectory;
import io.clientele.directory.CompanyRow;
import io.clientele.directory.DirectoryFilter;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.organization.ui.OrganizationForm;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Companies (B2B): organizations with location, sources and their number of contacts. */
class CompaniesTab extends DirectoryTab<CompanyRow> {
    private final CompanyDirectory directory;
    private final OrganizationService organizations;
    final DateRangeFilter created = new DateRangeFilter();
    final DateRangeFilter modified = new DateRangeFilter();
    final DateRangeFilter contactCreated = new DateRangeFilter();
    final DateRangeFilter contactModified = new DateRangeFilter();

    CompaniesTab(CompanyDirectory directory, OrganizationService organizations) {
        super("companies");
        this.directory = directory;
        this.organizations = organizations;
        grid.addColumn(CompanyRow::name)
                .setKey("name")
                .setSortProperty("name")
                .setSortable(true)
                .setHeader(getTranslation("directory.col.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.city() == null ? "" : r.city())
                .setKey("location")
                .setSortProperty("city")
                .setSortable(true)
                .setHeader(getTranslation("directory.col.location"));
        grid.addColumn(Cells.chips(r -> r.sources().stream()
                        .map(s -> getTranslation("source." + s))
                        .toList()))
                .setKey("sources")
                .setHeader(getTranslation("directory.col.sources"));
        grid.addColumn(CompanyRow::contacts)
                .setKey("contacts")
                .setHeader(getTranslation("directory.col.contacts"))
                .setWidth("8rem")
                .setFlexGrow(0);
        state.dates("created", getTranslation("directory.filter.company-created"), created)
                .dates("modified", getTranslation("directory.filter.company-modified"), modified)
                .dates("contactCreated", getTranslation("directory.filter.contact-created"), contactCreated)
                .dates("contactModified", getTranslation("directory.filter.contact-modified"), contactModified);
        setSource(this::filter, directory::companies, directory::countCompanies);
    }

    DirectoryFilter filter() {
        return new DirectoryFilter(
                search.getValue(),
                "",
                "",
                "",
                Set.of(),
                Set.of(),
                created.getValue(),
                modified.getValue(),
                contactCreated.getValue(),
                contactModified.getValue(),
                Formats.zone());
    }

    @Override
    protected FormLayout filterForm() {
        created.setLabel(getTranslation("directory.filter.company-created"));
        modified.setLabel(getTranslation("directory.filter.company-modified"));
        contactCreated.setLabel(getTranslation("directory.filter.contact-created"));
        contactModified.setLabel(getTranslation("directory.filter.contact-modified"));
        FormLayout form = new FormLayout(created, modified, contactCreated, contactModified);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    @Override
    protected void openNew() {
        panel.openForm(
                getTranslation("directory.companies.new"),
                new OrganizationForm(),
                new OrganizationDraft(),
                getTranslation("action.create"),
                "save-company",
                d -> {
                    organizations.create(d);
                    Notifications.success(getTranslation("organizations.created", d.getName()));
                    paged.refreshPage();
                });
    }

    @Override
    protected void confirmDelete(Set<CompanyRow> selected) {
        List<Long> ids = selected.stream().map(CompanyRow::id).toList();
        long contacts = directory.contactCount(ids);
        RadioButtonGroup<Boolean> withContacts = new RadioButtonGroup<>();
        withContacts.setId("delete-contacts-choice");
        withContacts.setLabel(getTranslation("directory.companies.delete-contacts", contacts));
        withContacts.setItems(false, true);
        withContacts.setItemLabelGenerator(
                b -> getTranslation(b ? "directory.companies.contacts-delete" : "directory.companies.contacts-keep"));
        withContacts.setValue(false);
        AtomicReference<CompanyDirectory.CompanyDeletion> done = new AtomicReference<>();
        confirmDelete(
                ids.size(),
                contacts > 0 ? withContacts : null,
                () -> {
                    done.set(directory.deleteCompanies(ids, withContacts.getValue()));
                    return done.get().count();
                },
                () -> directory.restoreCompanies(done.get()));
    }

    @Override
    protected long idOf(CompanyRow row) {
        return row.id();
    }
}
