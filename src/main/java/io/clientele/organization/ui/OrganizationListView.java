package io.clientele.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.CountryBox;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.ListFilter;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.customer.PhoneNumbers;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/** Customers → Organizations: the master records customer accounts are built on. */
@Menu(order = Nav.CUSTOMERS + 10, title = "nav.organizations", icon = "vaadin:building")
@Route("organizations")
@RolesAllowed(Roles.ADMIN)
public class OrganizationListView extends ListView {
    static final String ROUTE = "organizations";

    private final OrganizationService organizations;
    private final PagedGrid<Organization> paged = new PagedGrid<>(new Grid<>());
    private final Grid<Organization> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("organizations.search"));
    private final Checkbox includeDeleted = new Checkbox(getTranslation("customers.include-deleted"));
    private OrganizationForm form;

    public OrganizationListView(OrganizationService organizations) {
        super("nav.organizations");
        this.organizations = organizations;
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        HorizontalLayout content = ListPage.body(paged, panel);
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("organizations.empty")
                .text("q", getTranslation("filter.search"), search)
                .flag("deleted", getTranslation("customers.include-deleted"), includeDeleted);
        add(toolbar(), state.chips(), content);
        setFlexGrow(1, content);
        paged.setSource(
                () -> new ListFilter(search.getValue(), includeDeleted.getValue()),
                (f, page) -> organizations.list(f.text(), f.includeDeleted(), page),
                f -> organizations.count(f.text(), f.includeDeleted()));
        paged.seekBy(Organization::getId);
        paged.setDefaultSort("name", SortDirection.ASCENDING);
        // One page per organization: the company page of Users, with its contacts, addresses and price sheets.
        paged.onOpen(o -> UI.getCurrent().navigate("users/companies/" + o.getId()));
    }

    private Component toolbar() {
        search.setId("organization-search");
        includeDeleted.setId("include-deleted");
        Button add = new Button(getTranslation("organizations.add"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.setId("add-organization");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ListPage.toolbar(
                getTranslation("nav.organizations"),
                search,
                includeDeleted,
                ListPage.importRecords("import-organizations", "organizations"),
                add);
    }

    private void configureGrid() {
        grid.setId("organization-grid");
        String deleted = getTranslation("badge.deleted");
        paged.addColumn(
                        "name",
                        Cells.flagged(Organization::getName, o -> o.isDeleted() ? deleted : null),
                        "organization.name",
                        "16rem",
                        2)
                .setTooltipGenerator(Organization::getName);
        paged.addColumn("orgNumber", Organization::getOrgNumber, "organization.org-number", "11rem", 0);
        paged.addColumn("legalForm", o -> Objects.toString(o.getLegalForm(), ""), "organization.legal-form", "9rem", 0);
        paged.addColumn(
                "municipality", o -> Objects.toString(o.getMunicipality(), ""), "organization.municipality", "9rem", 1);
        paged.addColumn("country", o -> CountryBox.name(o.getCountry()), "organization.country", "8rem", 0);
        paged.addColumn("phone", o -> PhoneNumbers.display(o.getPhone()), "organization.phone", "10rem", 0)
                .setSortable(false);
        paged.addColumn("email", o -> Objects.toString(o.getEmail(), ""), "organization.email", "13rem", 1);
        RowActions.addTo(grid, this::actionsFor, o -> getTranslation("customers.actions-for", o.getName()));
        grid.setPartNameGenerator(o -> o.isDeleted() ? "deleted" : null);
    }

    List<RowActions.Action> actionsFor(Organization o) {
        if (o.isDeleted()) {
            return List.of(new RowActions.Action(getTranslation("action.recover"), () -> recover(o)));
        }
        return List.of(
                new RowActions.Action(getTranslation("action.edit"), () -> openEdit(o.getId())),
                new RowActions.Action(getTranslation("action.delete"), () -> confirmDelete(o)));
    }

    private void openCreate() {
        showForm(null, new OrganizationDraft(), getTranslation("organizations.add"), getTranslation("action.create"));
    }

    void openEdit(long id) {
        showForm(id, organizations.draftOf(id), getTranslation("organizations.edit"), getTranslation("action.update"));
    }

    private void showForm(Long id, OrganizationDraft draft, String heading, String saveText) {
        form = new OrganizationForm();
        panel.openForm(heading, form, draft, saveText, "save-organization", d -> {
            if (id == null) {
                organizations.create(d);
                Notifications.success(getTranslation("organizations.created", d.getName()));
            } else {
                organizations.update(id, d);
                Notifications.success(getTranslation("organizations.saved", d.getName()));
            }
            paged.refreshPage();
        });
    }

    private void confirmDelete(Organization o) {
        OrganizationDialogs.confirmDelete(organizations, o, paged::refreshPage);
    }

    private void recover(Organization o) {
        try {
            organizations.recover(o.getId());
            Notifications.success(getTranslation("organizations.recovered", o.getName()));
            paged.refreshPage();
        } catch (ActionRefusedException e) {
            Notifications.refused(e);
        }
    }

    PagedGrid<Organization> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }

    OrganizationForm form() {
        return form;
    }
}
