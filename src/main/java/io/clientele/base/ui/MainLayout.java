package io.clientele.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.TreeMap;

/** Side navigation in sections, tenant name (switcher for SYSTEM_ADMIN) and the user menu on top. */
@Layout
@PermitAll
@Uses(SideNav.class)
public class MainLayout extends AppLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    public MainLayout(TenantService tenants, AuthenticationContext auth, ProfileDialog.Factory profile) {
        CurrentUser user = CurrentUser.require();
        setPrimarySection(Section.DRAWER);

        addToDrawer(drawer());

        HorizontalLayout top = new HorizontalLayout();
        top.addClassName("top-bar");
        top.setWidthFull();
        top.setAlignItems(HorizontalLayout.Alignment.CENTER);
        top.add(skipToContent(), new DrawerToggle());
        if (user.has(Role.SYSTEM_ADMIN)) {
            ComboBox<Tenant> switcher = new ComboBox<>();
            switcher.setId("tenant-switcher");
            switcher.setAriaLabel(getTranslation("layout.tenant"));
            switcher.setItems(tenants.all());
            switcher.setItemLabelGenerator(Tenant::getName);
            tenants.current()
                    .ifPresent(t -> switcher.setValue(switcher.getListDataView()
                            .getItems()
                            .filter(x -> x.getId().equals(t.getId()))
                            .findFirst()
                            .orElse(null)));
            switcher.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    tenants.switchTo(e.getValue().getId());
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }
            });
            top.add(switcher);
        } else {
            top.add(new Html("<span id=\"tenant-name\" class=\"tenant-name\">"
                    + escape(tenants.current().map(Tenant::getName).orElse("")) + "</span>"));
        }

        Button menu = new Button(user.displayName());
        menu.setId("user-menu");
        menu.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        menu.setPrefixComponent(new Avatar(user.displayName()));
        // The chevron says "menu"; as an Icon component it also loads the Vaadin icon set that the navigation's
        // vaadin-icon elements draw from on pages that show no other icon.
        menu.setSuffixComponent(VaadinIcon.CHEVRON_DOWN_SMALL.create());
        MenuButton.attach(menu, items -> {
            items.removeAll();
            items.addItem(getTranslation("layout.profile"), e -> profile.open());
            if (user.roles().stream().anyMatch(Role::isStaff) && user.support().isEmpty()) {
                items.addItem(
                        getTranslation("layout.two-factor"), e -> getUI().ifPresent(ui -> ui.navigate("two-factor")));
            }
            items.addItem(getTranslation("layout.logout"), e -> auth.logout());
        });
        top.add(menu);
        addToNavbar(top);
    }

    /** The address a rerouted portal customer asked for, so the portal's not-found page names it. */
    public static final String ASKED = "asked";

    /**
     * A portal customer reaches the staff layout only through an error page (an address that is not theirs): it is
     * shown in the portal instead, under the same address.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        CurrentUser me = CurrentUser.require();
        String path = event.getLocation().getPath();
        if (!me.has(Role.VIEWER) && !path.startsWith("portal/")) {
            event.rerouteTo("portal/" + path, com.vaadin.flow.router.QueryParameters.of(ASKED, path));
        }
    }

    /**
     * The first stop of the Tab key, shown only when focused: it moves focus to the page's content, so the keyboard
     * reaches a list's search box without walking the whole menu.
     */
    private Button skipToContent() {
        Button skip = new Button(
                getTranslation("layout.skip-to-content"),
                e -> e.getSource()
                        .getElement()
                        .executeJs("const main = document.querySelector('vaadin-app-layout > :not([slot])');"
                                + " if (main) { main.setAttribute('tabindex', '-1'); main.focus(); }"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        return skip;
    }

    /**
     * The product's name, then sections from the views' @Menu entries, which Vaadin has already filtered by the user's
     * access. The drawer is one element whose side-nav web components do the rest in the browser (links, the current
     * page, folding): as server components its ~40 items would cost every open page some 60 KB of session memory.
     */
    private Html drawer() {
        Map<Integer, StringBuilder> sections = new TreeMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            int section = (int) (entry.order() / 100);
            StringBuilder nav = sections.computeIfAbsent(
                    section,
                    s -> new StringBuilder("<vaadin-side-nav collapsible>"
                            + "<span slot=\"label\">"
                            + escape(getTranslation(Nav.SECTIONS.getOrDefault(s, "nav.settings")))
                            + "</span>"));
            nav.append("<vaadin-side-nav-item path=\"")
                    .append(escape(entry.path()))
                    .append("\" match-nested>");
            if (entry.icon() != null) {
                nav.append("<vaadin-icon slot=\"prefix\" icon=\"")
                        .append(escape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            nav.append(escape(getTranslation(entry.title()))).append("</vaadin-side-nav-item>");
        }
        StringBuilder html = new StringBuilder("<div class=\"nav-sections\" id=\"nav\">"
                + "<div class=\"drawer-header\"><span class=\"brand\">Clientele</span></div>");
        sections.values().forEach(section -> html.append(section).append("</vaadin-side-nav>"));
        return new Html(html.append("</div>").toString());
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
