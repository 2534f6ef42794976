package io.clientele.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Notifications;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerService;
import io.clientele.security.Role;
import io.clientele.security.StaffService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** OWNER only: give a customer's portal login a staff role (or take it away). */
class AssignRoleDialog extends Dialog {
    /** Empty stands for "no staff role". */
    final Select<Optional<Role>> role = new Select<>();

    AssignRoleDialog(StaffService staff, CustomerService customers, CustomerRow customer) {
        setId("assign-role-dialog");
        setHeaderTitle(getTranslation("customers.action.assign-role"));
        List<Optional<Role>> options = new ArrayList<>();
        options.add(Optional.empty());
        staff.assignableRoles().forEach(r -> options.add(Optional.of(r)));
        role.setLabel(getTranslation("assign-role.role"));
        role.setItems(options);
        role.setItemLabelGenerator(
                o -> o.map(r -> getTranslation("role." + r)).orElse(getTranslation("assign-role.none")));
        role.setValue(customers
                .details(customer.id())
                .map(d -> Optional.ofNullable(d.loginStaffRole()))
                .orElse(Optional.empty()));
        role.setWidthFull();
        VerticalLayout body =
                new VerticalLayout(new Paragraph(getTranslation("assign-role.explain", customer.displayName())), role);
        body.setPadding(false);
        body.setWidth("26em");
        add(body);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                staff.assignRole(customer.loginId(), role.getValue().orElse(null));
                Notifications.success(getTranslation("assign-role.done"));
                close();
            } catch (ActionRefusedException ex) {
                Notifications.refused(ex);
            }
        });
        save.setId("confirm-role");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
