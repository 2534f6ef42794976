package io.clientele.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.clientele.base.ui.Nav;
import io.clientele.customer.CustomerService;
import io.clientele.customer.TeamService;
import io.clientele.directory.CompanyDirectory;
import io.clientele.directory.ContactService;
import io.clientele.directory.PersonDirectory;
import io.clientele.organization.OrganizationService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Users → Users (product page 2): tabs Companies (B2B), Contacts (B2B), Customers (B2C); the tab is in the URL. */
@Menu(order = Nav.USERS + 10, title = "nav.users", icon = "vaadin:user-card")
@Route("users/:tab?(companies|contacts|customers)")
@RolesAllowed(Roles.VIEWER)
public class UsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final List<String> TABS = List.of("companies", "contacts", "customers");

    private final CompanyDirectory companies;
    private final ContactService contacts;
    private final PersonDirectory people;
    private final OrganizationService organizations;
    private final CustomerService customers;
    private final TeamService teams;
    private final Tabs tabs = new Tabs();
    private final boolean b2c = CurrentUser.require().has(Role.BACKOFFICE);
    private DirectoryTab<?> current;

    public UsersView(
            CompanyDirectory companies,
            ContactService contacts,
            PersonDirectory people,
            OrganizationService organizations,
            CustomerService customers,
            TeamService teams) {
        this.companies = companies;
        this.contacts = contacts;
        this.people = people;
        this.organizations = organizations;
        this.customers = customers;
        this.teams = teams;
        addClassName("list-view");
        setSizeFull();
        tabs.setId("users-tabs");
        for (String t : TABS) {
            Tab tab = new Tab(getTranslation("directory.tab." + t));
            tab.setId("tab-" + t);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent()
                        .navigate(UsersView.class, new RouteParameters("tab", TABS.get(tabs.getSelectedIndex())));
            }
        });
        add(new H2(getTranslation("nav.users")), tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String tab = event.getRouteParameters().get("tab").orElse("companies");
        tabs.setSelectedIndex(TABS.indexOf(tab));
        if (current != null) {
            remove(current);
        }
        getChildren().filter(c -> c instanceof Paragraph).toList().forEach(this::remove);
        if ("customers".equals(tab) && !b2c) {
            // The B2C tab needs BACKOFFICE; the services refuse it too.
            Paragraph denied = new Paragraph(getTranslation("directory.customers.denied"));
            denied.setId("b2c-denied");
            add(denied);
            current = null;
            return;
        }
        current = switch (tab) {
            case "contacts" -> new ContactsTab(contacts, companies);
            case "customers" -> new PeopleTab(people, customers, teams);
            default -> new CompaniesTab(companies, organizations);
        };
        add(current);
        setFlexGrow(1, current);
        current.apply(event.getLocation());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · Clientele";
    }

    DirectoryTab<?> current() {
        return current;
    }
}
