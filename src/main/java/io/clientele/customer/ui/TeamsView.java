package io.clientele.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.*;
import io.clientele.customer.Team;
import io.clientele.customer.TeamService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** Settings → Teams: the list pattern with search; an OWNER creates, renames (row click) and deletes. */
@Menu(order = Nav.SETTINGS + 10, title = "nav.teams", icon = "vaadin:group")
@Route("settings/teams")
@RolesAllowed(Roles.VIEWER)
public class TeamsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ROUTE = "settings/teams";

    private final TeamService teams;
    private final PagedGrid<Team> paged = new PagedGrid<>(new Grid<>());
    private final Grid<Team> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("teams.search"));
    private final boolean canEdit = CurrentUser.require().has(Role.OWNER);
    private final ListState state;
    private Map<Long, Long> memberCounts = Map.of();

    public TeamsView(TeamService teams) {
        this.teams = teams;
        addClassName("list-view");
        setSizeFull();
        search.setId("team-search");
        grid.setId("team-grid");
        grid.addColumn(Team::getName).setKey("name").setSortProperty("name").setTooltipGenerator(Team::getName)
                .setHeader(getTranslation("teams.name")).setFlexGrow(3);
        grid.addColumn(t -> Formats.number(memberCounts.getOrDefault(t.getId(), 0L))).setKey("members")
                .setSortable(false).setHeader(getTranslation("teams.members"));
        grid.addColumn(t -> Formats.date(t.getCreatedAt())).setKey("createdAt").setSortProperty("createdAt")
                .setHeader(getTranslation("customers.col.createdAt"));
        if (canEdit) {
            RowActions.addTo(grid, this::actionsFor, t -> getTranslation("customers.actions-for", t.getName()));
            paged.onOpen(this::edit);
        }
        state = new ListState(ROUTE, paged, this::refresh).emptyText("teams.none-yet")
                .text("q", getTranslation("filter.search"), search);
        paged.setSource(page -> teams.list(search.getValue(), page), () -> teams.count(search.getValue()));
        paged.setDefaultSort("name", SortDirection.ASCENDING);
        HorizontalLayout content = ListPage.body(paged, panel);
        add(toolbar(), state.chips(), content);
        setFlexGrow(1, content);
    }

    private Component toolbar() {
        if (!canEdit) {
            return ListPage.toolbar(getTranslation("nav.teams"), search);
        }
        Button add = new Button(getTranslation("teams.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("add-team");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ListPage.toolbar(getTranslation("nav.teams"), search, add);
    }

    private List<RowActions.Action> actionsFor(Team t) {
        return List.of(new RowActions.Action(getTranslation("teams.rename"), () -> edit(t), "rename"),
                new RowActions.Action(getTranslation("action.delete"), () -> confirmDelete(t), "delete"));
    }

    private void refresh() {
        memberCounts = teams.memberCounts();
        paged.refresh();
    }

    private void edit(Team team) {
        TextField name = new TextField(getTranslation("teams.name"));
        name.setId("team-name");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        if (team != null) {
            name.setValue(team.getName());
        }
        Button save = SidePanel.primary(getTranslation(team == null ? "action.create" : "action.save"), () -> {
            try {
                if (team == null) {
                    teams.create(name.getValue());
                } else {
                    teams.rename(team.getId(), name.getValue());
                }
                panel.close();
                refresh();
                Notifications.success(getTranslation("customers.saved"));
            } catch (FieldValidationException ex) {
                name.setErrorMessage(getTranslation(ex.getMessage()));
                name.setInvalid(true);
            }
        });
        save.setId("save-team");
        save.addClickShortcut(Key.ENTER).listenOn(name);
        panel.open(getTranslation(team == null ? "teams.add" : "teams.rename"), name, save,
                new Button(getTranslation("action.cancel"), e -> panel.close()));
        name.focus();
    }

    private void confirmDelete(Team team) {
        Confirm.dangerous(getTranslation("teams.delete-title", team.getName()),
                getTranslation("teams.delete-text", Formats.number(memberCounts.getOrDefault(team.getId(), 0L))),
                getTranslation("action.delete"), () -> {
            teams.delete(team.getId());
            refresh();
            Notifications.success(getTranslation("teams.deleted"));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state.apply(event.getLocation());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.teams") + " · Clientele";
    }
}
