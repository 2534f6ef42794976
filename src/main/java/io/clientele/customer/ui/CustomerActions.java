package io.clientele.customer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import io.clientele.base.ui.RowActions;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerService;
import io.clientele.customer.TeamService;
import io.clientele.security.CurrentUser;
import io.clientele.security.PasswordResets;
import io.clientele.security.Role;
import io.clientele.security.StaffService;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user may do to one customer, by their roles and the customer's state: the list's ⋮ menu and the
 * customer page's header offer the same actions. The services check every one again.
 */
@SpringComponent
@UIScope
public class CustomerActions {
    private final CustomerService customers;
    private final TeamService teams;
    private final StaffService staff;
    private final PasswordResets resets;

    CustomerActions(CustomerService customers, TeamService teams, StaffService staff, PasswordResets resets) {
        this.customers = customers;
        this.teams = teams;
        this.staff = staff;
        this.resets = resets;
    }

    /** {@code edit} opens the customer's form; {@code changed} shows the record again after a change. */
    public List<RowActions.Action> of(CustomerRow r, Runnable edit, Runnable changed) {
        CurrentUser me = CurrentUser.require();
        UI ui = UI.getCurrent();
        List<RowActions.Action> actions = new ArrayList<>();
        if (r.deleted()) {
            return actions;
        }
        if (me.has(Role.ADMIN)) {
            actions.add(new RowActions.Action(ui.getTranslation("customers.action.edit"), edit, "edit"));
        }
        if (r.hasLogin() && me.mayResetPasswordOf(r.loginStaffRole())) {
            actions.add(new RowActions.Action(
                    ui.getTranslation("customers.action.reset-password"),
                    () -> new ResetPasswordDialog(resets, r.loginId(), r.displayName(), r.email()).open(),
                    "reset-password"));
        }
        if (me.has(Role.OWNER) && r.hasLogin()) {
            actions.add(new RowActions.Action(
                    ui.getTranslation("customers.action.assign-role"),
                    () -> new AssignRoleDialog(staff, customers, r).open(),
                    "assign-role"));
        }
        if (me.has(Role.ADMIN)) {
            actions.add(new RowActions.Action(
                    ui.getTranslation("customers.action.add-teams"),
                    () -> new AddTeamsDialog(customers, teams.all(), r, changed).open(),
                    "add-teams"));
        }
        return actions;
    }
}
