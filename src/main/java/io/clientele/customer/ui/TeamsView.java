package io.clientele.customer.ui;

import com.vaadin.flow.router.Menu;
import io.clientele.base.ui.Nav;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.SidePanel;
import io.clientele.customer.Team;
import io.clientele.customer.TeamService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Settings → Teams: create, rename, delete. A tenant has tens of teams, so the grid holds them all. */
@Menu(order = Nav.SETTINGS + 10, title = "nav.teams", icon = "vaadin:group")
@Route("settings/teams")
@RolesAllowed(Roles.VIEWER)
public class TeamsView extends VerticalLayout implements HasDynamicTitle {
    private final TeamService teams;
    private final Grid<Team> grid = new Grid<>();
    private final SidePanel panel = new SidePanel();
    private final boolean canEdit = CurrentUser.require().has(Role.OWNER);
    private java.util.Map<Long, Long> memberCounts = java.util.Map.of();

    public TeamsView(TeamService teams) {
        this.teams = teams;
        addClassName("list-view");
        setSizeFull();
        H2 title = new H2(getTranslation("nav.teams"));
        HorizontalLayout bar = new HorizontalLayout(title);
        bar.setWidthFull();
        bar.expand(title);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (canEdit) {
            Button add = new Button(getTranslation("teams.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("add-team");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        grid.setId("team-grid");
        grid.addColumn(Team::getName).setHeader(getTranslation("teams.name")).setSortable(true).setFlexGrow(3);
        grid.addColumn(t -> Formats.number(memberCounts.getOrDefault(t.getId(), 0L))).setHeader(getTranslation("teams.members"));
        grid.addColumn(t -> Formats.date(t.getCreatedAt())).setHeader(getTranslation("customers.col.createdAt"));
        if (canEdit) {
            grid.addComponentColumn(t -> {
                Button rename = new Button(VaadinIcon.EDIT.create(), e -> edit(t));
                rename.setAriaLabel(getTranslation("teams.rename"));
                rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(t));
                delete.setAriaLabel(getTranslation("action.delete"));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(rename, delete);
            }).setWidth("7rem").setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("teams.none-yet"));
        HorizontalLayout content = new HorizontalLayout(grid, panel);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(bar, content);
        setFlexGrow(1, content);
        refresh();
    }

    private void refresh() {
        memberCounts = teams.memberCounts();
        grid.setItems(teams.all());
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
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(name);
        panel.open(getTranslation(team == null ? "teams.add" : "teams.rename"), name, save,
                new Button(getTranslation("action.cancel"), e -> panel.close()));
        name.focus();
    }

    private void confirmDelete(Team team) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("teams.delete-title", team.getName()),
                getTranslation("teams.delete-text", Formats.number(memberCounts.getOrDefault(team.getId(), 0L))),
                getTranslation("action.delete"), e -> {
            teams.delete(team.getId());
            refresh();
            Notifications.success(getTranslation("teams.deleted"));
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.teams") + " · Clientele";
    }
}
