package io.clientele.security.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.PagedGrid;
import io.clientele.security.Role;
import io.clientele.security.RoleRules;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Settings → Roles, read-only: what each role may do, one row per action the server authorizes, read from the same
 * rules the services enforce ({@link RoleRules}), so it cannot drift from them.
 */
@Menu(order = Nav.SETTINGS + 3, title = "nav.roles", icon = "vaadin:shield")
@Route("settings/roles")
@RolesAllowed(Roles.ADMIN)
public class RolesView extends ListView {
    static final String ROUTE = "settings/roles";
    /** A column for each of the tenant's staff roles; a portal customer's own actions have one Portal column. */
    static final List<Role> COLUMNS = List.of(Role.OWNER, Role.ADMIN, Role.BACKOFFICE, Role.SUPPORT, Role.VIEWER);

    /** One authorized action: the feature it belongs to, its name in the code, the least role it needs. */
    record Action(String feature, String action, Role least, boolean write) {
        boolean allows(Role role) {
            return role.granted().contains(least);
        }
    }

    private final List<Action> actions;
    private final PagedGrid<Action> paged = new PagedGrid<>(new Grid<>());
    private final TextField search = Filters.search(getTranslation("roles.search"));
    private final MultiSelectComboBox<Role> allowedFor = Filters.multi(
            getTranslation("roles.allowed-for"),
            r -> getTranslation("role." + r),
            Role.OWNER,
            Role.ADMIN,
            Role.BACKOFFICE,
            Role.SUPPORT,
            Role.VIEWER,
            Role.CUSTOMER_ADMIN,
            Role.CUSTOMER);

    public RolesView(RoleRules rules) {
        super("nav.roles");
        addClassName("list-view");
        setSizeFull();
        actions = rules.endpoints().values().stream()
                .filter(e -> e.least() != null && e.least() != Role.SYSTEM_ADMIN)
                .map(e -> new Action(
                        e.feature(),
                        e.name().replaceFirst("Service$", "") + "." + e.method().getName(),
                        e.least(),
                        e.rule().endsWith("+WRITE")))
                .distinct()
                .toList();
        search.setId("roles-search");
        allowedFor.setId("roles-allowed-for");
        allowedFor.setWidth("16rem");
        paged.getGrid().setId("roles");
        paged.addColumn(
                "feature", a -> getTranslation("roles.feature." + a.feature()), "roles.col.feature", "10rem", 0);
        paged.addColumn("action", new ComponentRenderer<>(a -> code(a.action())), "roles.col.action")
                .setFlexGrow(2)
                .setTooltipGenerator(Action::action);
        for (Role role : COLUMNS) {
            paged.addColumn(
                            "role-" + role.name().toLowerCase(Locale.ROOT),
                            new ComponentRenderer<>(a -> a.allows(role)
                                    ? new Badge(getTranslation("roles.yes"), Badge.Tone.SUCCESS)
                                    : new Badge(getTranslation("roles.no"), Badge.Tone.NEUTRAL)),
                            "role." + role,
                            "6rem",
                            0)
                    .setSortable(false);
        }
        paged.addColumn(
                        "portal",
                        a -> a.least().isStaff() ? "—" : getTranslation("role." + a.least()),
                        "roles.col.portal",
                        "8rem",
                        0)
                .setSortable(false);
        state = new ListState(ROUTE, paged, paged::refresh)
                .noMatchText("roles.no-match")
                .text("q", getTranslation("filter.search"), search)
                .enums(
                        "for",
                        getTranslation("roles.allowed-for"),
                        allowedFor,
                        Role.class,
                        r -> getTranslation("role." + r));
        paged.setSource(() -> matching().toList(), this::page, List::size);
        paged.setDefaultSort("feature", SortDirection.ASCENDING);
        Paragraph explain = new Paragraph(getTranslation("roles.explain"));
        explain.addClassName("page-intro");
        add(ListPage.toolbar(getTranslation("nav.roles"), search, allowedFor), explain, state.chips(), paged);
        setFlexGrow(1, paged);
    }

    private static Span code(String text) {
        Span s = new Span(text);
        s.addClassName("code");
        return s;
    }

    private java.util.stream.Stream<Action> matching() {
        String q = search.getValue().trim().toLowerCase(Locale.ROOT);
        Set<Role> roles = allowedFor.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : allowedFor.getValue();
        return actions.stream()
                .filter(a -> q.isEmpty()
                        || a.action().toLowerCase(Locale.ROOT).contains(q)
                        || getTranslation("roles.feature." + a.feature())
                                .toLowerCase(Locale.ROOT)
                                .contains(q))
                .filter(a -> roles.isEmpty() || roles.stream().anyMatch(a::allows));
    }

    private static final Map<String, Function<Action, String>> SORTS =
            Map.of("feature", Action::feature, "action", Action::action);

    private List<Action> page(List<Action> matching, Pageable page) {
        Comparator<Action> order = Comparator.comparing(Action::feature).thenComparing(Action::action);
        for (Sort.Order o : page.getSort()) {
            Function<Action, String> key = SORTS.get(o.getProperty());
            if (key != null) {
                Comparator<Action> by = Comparator.comparing(key);
                order = (o.isDescending() ? by.reversed() : by).thenComparing(Action::action);
                break;
            }
        }
        return matching.stream()
                .sorted(order)
                .skip(page.getOffset())
                .limit(page.getPageSize())
                .collect(Collectors.toList());
    }

    PagedGrid<Action> paged() {
        return paged;
    }
}
