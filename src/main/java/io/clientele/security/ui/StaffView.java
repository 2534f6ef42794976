package io.clientele.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.EntityForm;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.security.CurrentUser;
import io.clientele.security.Invitation;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.security.StaffService;
import io.clientele.security.StaffService.StaffRow;
import io.clientele.security.StaffService.State;
import io.clientele.security.TwoFactor;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings → Staff: who works in this tenant, with which role, and whether they can sign in. OWNER invites, changes
 * roles and deactivates; ADMIN sees the list and chooses who bookings can be made with.
 */
@Menu(order = Nav.SETTINGS + 2, title = "nav.staff", icon = "vaadin:user-star")
@Route("settings/staff")
@RolesAllowed(Roles.ADMIN)
public class StaffView extends ListView {
    static final String ROUTE = "settings/staff";

    private final StaffService staff;
    private final TwoFactor twoFactor;
    private final Clock clock;
    private final PagedGrid<StaffRow> paged = new PagedGrid<>(new Grid<>());
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("staff.search"));

    /** Invite (address and role) and Change role (the role of a known address). */
    static class InvitationForm extends EntityForm<Invitation> {
        final EmailField email = new EmailField(getTranslation("staff.col.email"));
        final Select<Role> role = new Select<>();

        InvitationForm(List<Role> roles, boolean newAddress) {
            super(Invitation.class);
            setId("invitation-form");
            email.setId("invitation-email");
            role.setId("invitation-role");
            email.setRequiredIndicatorVisible(true);
            email.setReadOnly(!newAddress);
            role.setLabel(getTranslation("staff.col.role"));
            role.setItems(roles);
            role.setItemLabelGenerator(r -> getTranslation("role." + r));
            role.setHelperText(getTranslation("staff.role-help"));
            setResponsiveSteps(new ResponsiveStep("0", 1));
            add(email, role);
            bind(Map.of("email", email, "role", role), newAddress ? email : role);
        }
    }

    public StaffView(StaffService staff, TwoFactor twoFactor, TenantService tenants, Clock clock) {
        super("nav.staff");
        this.staff = staff;
        this.twoFactor = twoFactor;
        this.clock = clock;
        addClassName("list-view");
        setSizeFull();
        search.setId("staff-search");
        paged.getGrid().setId("staff");
        // Who: the name over the address (an invitee has no name until they choose one).
        paged.addColumn(
                        "name",
                        Cells.identity(
                                r -> r.name().isBlank() ? "—" : r.name(), StaffRow::email, r -> null, StaffRow::id),
                        "staff.col.name")
                .setFlexGrow(3);
        paged.addColumn("role", r -> getTranslation("role." + r.role()), "staff.col.role", "9rem", 0);
        paged.addColumn("state", new ComponentRenderer<>(this::stateBadge), "staff.col.state", "12rem", 0);
        paged.addColumn(
                "lastLogin",
                r -> r.lastLoginAt() == null ? getTranslation("staff.never") : Formats.dateTime(r.lastLoginAt()),
                "staff.col.last-login",
                "11rem",
                0);
        paged.addColumn(
                "twoFactor",
                r -> getTranslation(r.twoFactor() ? "staff.two-factor.on" : "staff.two-factor.off"),
                "staff.col.two-factor",
                "5rem",
                0);
        paged.addColumn(
                "bookable",
                r -> getTranslation(r.bookable() ? "staff.bookable.yes" : "staff.bookable.no"),
                "staff.col.bookable",
                "8rem",
                0);
        RowActions.addTo(
                paged.getGrid(), this::actionsFor, r -> getTranslation("customers.actions-for", r.displayName()));
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("staff.empty")
                .text("q", getTranslation("filter.search"), search);
        paged.setSource(search::getValue, staff::list, staff::count);
        paged.setDefaultSort("name", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        HorizontalLayout toolbar = ListPage.toolbar(getTranslation("nav.staff"), search);
        if (CurrentUser.require().has(Role.OWNER)) {
            Button invite = new Button(getTranslation("staff.invite"), VaadinIcon.ENVELOPE.create(), e -> invite());
            invite.setId("invite-staff");
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Checkbox require = new Checkbox(getTranslation("staff.require-two-factor"));
            require.setId("require-two-factor");
            require.setTooltipText(getTranslation("staff.require-two-factor-help"));
            require.setValue(tenants.current().map(Tenant::isRequireTwoFactor).orElse(false));
            require.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    tenants.setTwoFactorRequired(e.getValue());
                    Notifications.success(
                            getTranslation(e.getValue() ? "staff.two-factor-required" : "staff.two-factor-optional"));
                }
            });
            toolbar.add(require, invite);
        }
        HorizontalLayout body = ListPage.body(paged, panel);
        add(toolbar, state.chips(), body);
        setFlexGrow(1, body);
    }

    private Badge stateBadge(StaffRow r) {
        State s = r.state(Instant.now(clock));
        Badge.Tone tone = switch (s) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case INVITED -> Badge.Tone.CONTRAST;
            case EXPIRED -> Badge.Tone.WARNING;
            case DEACTIVATED -> Badge.Tone.NEUTRAL;
        };
        return new Badge(getTranslation("staff.state." + s), tone);
    }

    List<RowActions.Action> actionsFor(StaffRow r) {
        List<RowActions.Action> actions = new ArrayList<>();
        CurrentUser me = CurrentUser.require();
        boolean pending = r.invitedAt() != null;
        if (me.has(Role.OWNER)) {
            actions.add(action("staff.change-role", () -> changeRole(r), "change-role"));
            if (r.twoFactor()) {
                actions.add(action("staff.reset-two-factor", () -> resetTwoFactor(r), "reset-two-factor"));
            }
            if (pending) {
                actions.add(action("staff.resend", () -> resend(r), "resend"));
                actions.add(action("staff.revoke", () -> revoke(r), "revoke"));
            } else if (r.enabled()) {
                actions.add(action("staff.deactivate", () -> deactivate(r), "deactivate"));
            } else {
                actions.add(action(
                        "staff.reactivate",
                        () -> run(r, "staff.reactivated", () -> staff.setActive(r.id(), true)),
                        "reactivate"));
            }
        }
        actions.add(
                r.bookable()
                        ? action(
                                "staff.stop-booking",
                                () -> run(r, "staff.not-bookable", () -> staff.setBookable(r.id(), false)),
                                "not-bookable")
                        : action(
                                "staff.offer-booking",
                                () -> run(r, "staff.bookable", () -> staff.setBookable(r.id(), true)),
                                "bookable"));
        return actions;
    }

    private RowActions.Action action(String key, Runnable run, String id) {
        return new RowActions.Action(getTranslation(key), run, id);
    }

    /** Runs a change, says so, and shows the row again; a refused change is explained and nothing changes. */
    private void run(StaffRow r, String doneKey, Runnable change) {
        try {
            change.run();
            Notifications.success(getTranslation(doneKey, r.displayName()));
            paged.refreshPage();
        } catch (ActionRefusedException e) {
            Notifications.refused(e);
        }
    }

    private void invite() {
        panel.openForm(
                getTranslation("staff.invite"),
                new InvitationForm(staff.assignableRoles(), true),
                new Invitation(),
                getTranslation("staff.send-invitation"),
                "send-invitation",
                d -> {
                    staff.invite(d, getLocale());
                    Notifications.success(
                            getTranslation("staff.invited", d.getEmail().trim()));
                    paged.refresh();
                });
    }

    private void changeRole(StaffRow r) {
        panel.openForm(
                getTranslation("staff.change-role"),
                new InvitationForm(staff.assignableRoles(), false),
                new Invitation(r.email(), r.role()),
                getTranslation("action.save"),
                "save-role",
                d -> {
                    staff.assignRole(r.id(), d.getRole());
                    Notifications.success(getTranslation("staff.role-changed", r.displayName()));
                    paged.refreshPage();
                });
    }

    private void resend(StaffRow r) {
        run(r, "staff.resent", () -> staff.resendInvitation(r.id(), getLocale()));
    }

    private void revoke(StaffRow r) {
        Confirm.dangerous(
                getTranslation("staff.revoke-title"),
                getTranslation("staff.revoke-question", r.email()),
                getTranslation("staff.revoke"),
                () -> {
                    run(r, "staff.revoked", () -> staff.revokeInvitation(r.id()));
                    paged.refresh();
                });
    }

    private void resetTwoFactor(StaffRow r) {
        Confirm.dangerous(
                getTranslation("staff.reset-two-factor-title"),
                getTranslation("staff.reset-two-factor-question", r.displayName()),
                getTranslation("staff.reset-two-factor"),
                () -> run(r, "staff.two-factor-reset", () -> twoFactor.reset(r.id())));
    }

    private void deactivate(StaffRow r) {
        Confirm.dangerous(
                getTranslation("staff.deactivate-title"),
                getTranslation("staff.deactivate-question", r.displayName()),
                getTranslation("staff.deactivate"),
                () -> run(r, "staff.deactivated", () -> staff.setActive(r.id(), false)));
    }

    PagedGrid<StaffRow> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }
}
