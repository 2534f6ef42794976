package io.clientele.directory.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Notifications;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerType;
import io.clientele.customer.TeamService;
import io.clientele.customer.ui.CustomerForm;
import io.clientele.directory.PersonDirectory;
import io.clientele.directory.PersonRow;
import java.util.Objects;
import java.util.Set;

/** Customers (B2C): individuals who buy on their own behalf (BACKOFFICE and above). */
class PeopleTab extends DirectoryTab<PersonRow> {
    private final PersonDirectory directory;
    private final CustomerService customers;
    private final TeamService teams;
    final PersonFilters filters;

    PeopleTab(PersonDirectory directory, CustomerService customers, TeamService teams) {
        super("customers");
        this.directory = directory;
        this.customers = customers;
        this.teams = teams;
        filters = new PersonFilters(getTranslation("directory.filter.customer-ids"), state);
        grid.addColumn(PersonRow::name)
                .setKey("name")
                .setSortProperty("displayName")
                .setSortable(true)
                .setHeader(getTranslation("directory.col.name"))
                .setFlexGrow(2);
        grid.addColumn(Cells.chips(PersonRow::groups))
                .setKey("groups")
                .setHeader(getTranslation("directory.col.groups"))
                .setFlexGrow(2);
        grid.addColumn(r -> Objects.toString(r.email(), ""))
                .setKey("email")
                .setSortProperty("email")
                .setSortable(true)
                .setHeader(getTranslation("customer.email"))
                .setFlexGrow(2);
        grid.addColumn(Cells.chips(r -> r.sources().stream()
                        .map(s -> getTranslation("source." + s))
                        .toList()))
                .setKey("sources")
                .setHeader(getTranslation("directory.col.sources"))
                .setFlexGrow(1);
        setSource(() -> filters.filter(search.getValue()), directory::people, directory::countPeople);
    }

    @Override
    protected FormLayout filterForm() {
        return filters;
    }

    @Override
    protected void openNew() {
        CustomerForm form = new CustomerForm(teams.all());
        CustomerDraft draft = new CustomerDraft();
        draft.setType(CustomerType.INDIVIDUAL);
        panel.openForm(
                getTranslation("directory.customers.new"),
                form,
                draft,
                getTranslation("action.create"),
                "save-person",
                d -> {
                    customers.create(d);
                    Notifications.success(getTranslation("customers.created"));
                    paged.refreshPage();
                });
        form.fixType(CustomerType.INDIVIDUAL);
    }

    @Override
    protected void confirmDelete(Set<PersonRow> selected) {
        var ids = selected.stream().map(PersonRow::id).toList();
        confirmDelete(ids.size(), null, () -> directory.deleteCustomers(ids), () -> directory.restoreCustomers(ids));
    }

    @Override
    protected long idOf(PersonRow row) {
        return row.id();
    }
}
