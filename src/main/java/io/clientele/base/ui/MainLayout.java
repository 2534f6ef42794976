package io.clientele.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.clientele.account.ui.CustomerAccountListView;
import io.clientele.customer.ui.CustomerListView;
import io.clientele.directory.ui.UsersView;
import io.clientele.pricesheet.ui.PriceSheetsView;
import io.clientele.organization.ui.OrganizationListView;
import io.clientele.customer.ui.TeamsView;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import jakarta.annotation.security.PermitAll;

/** Side navigation in sections, tenant name (switcher for SYSTEM_ADMIN) and the user menu on top. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(TenantService tenants, AuthenticationContext auth, ProfileDialog.Factory profile) {
        CurrentUser user = CurrentUser.require();
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("Clientele");
        brand.addClassName("brand");
        Div drawerHeader = new Div(brand);
        drawerHeader.addClassName("drawer-header");
        addToDrawer(drawerHeader, nav(user));

        HorizontalLayout top = new HorizontalLayout();
        top.addClassName("top-bar");
        top.setWidthFull();
        top.setAlignItems(HorizontalLayout.Alignment.CENTER);
        top.add(new DrawerToggle());
        if (user.has(Role.SYSTEM_ADMIN)) {
            ComboBox<Tenant> switcher = new ComboBox<>();
            switcher.setId("tenant-switcher");
            switcher.setAriaLabel(getTranslation("layout.tenant"));
            switcher.setItems(tenants.all());
            switcher.setItemLabelGenerator(Tenant::getName);
            tenants.current().ifPresent(t -> switcher.setValue(switcher.getListDataView().getItems()
                    .filter(x -> x.getId().equals(t.getId())).findFirst().orElse(null)));
            switcher.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    tenants.switchTo(e.getValue().getId());
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }
            });
            top.add(switcher);
        } else {
            Span tenant = new Span(tenants.current().map(Tenant::getName).orElse(""));
            tenant.setId("tenant-name");
            tenant.addClassName("tenant-name");
            top.add(tenant);
        }
        Span spacer = new Span();
        top.add(spacer);
        top.expand(spacer);

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.displayName());
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(user.displayName()));
        who.setAlignItems(HorizontalLayout.Alignment.CENTER);
        MenuItem root = menu.addItem(who);
        root.getSubMenu().addItem(getTranslation("layout.profile"), e -> profile.open());
        root.getSubMenu().addItem(getTranslation("layout.logout"), e -> auth.logout());
        top.add(menu);
        addToNavbar(top);
    }

    private Div nav(CurrentUser user) {
        SideNav management = new SideNav(getTranslation("nav.management"));
        management.addItem(new SideNavItem(getTranslation("nav.customers"), CustomerListView.class,
                VaadinIcon.USERS.create()));
        SideNav users = new SideNav(getTranslation("nav.users-section"));
        users.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USER_CARD.create()));
        users.setCollapsible(true);
        Div nav = new Div(management, users);
        if (user.has(Role.ADMIN)) {
            SideNav customers = new SideNav(getTranslation("nav.customers-section"));
            customers.addItem(new SideNavItem(getTranslation("nav.organizations"), OrganizationListView.class,
                    VaadinIcon.BUILDING.create()));
            customers.addItem(new SideNavItem(getTranslation("nav.customer-accounts"), CustomerAccountListView.class,
                    VaadinIcon.BRIEFCASE.create()));
            customers.setCollapsible(true);
            nav.add(customers);
        }
        SideNav settings = new SideNav(getTranslation("nav.settings"));
        settings.addItem(new SideNavItem(getTranslation("nav.teams"), TeamsView.class, VaadinIcon.GROUP.create()));
        if (user.has(Role.ADMIN)) {
            settings.addItem(new SideNavItem(getTranslation("nav.price-sheets"), PriceSheetsView.class,
                    VaadinIcon.INVOICE.create()));
        }
        management.setCollapsible(true);
        settings.setCollapsible(true);
        nav.add(settings);
        nav.addClassName("nav-sections");
        return nav;
    }
}
