package io.clientele.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Notifications;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerService;
import io.clientele.customer.Team;
import java.util.HashSet;
import java.util.List;

/** Assigns a customer to all teams or to selected teams. */
class AddTeamsDialog extends Dialog {
    final Checkbox allTeams = new Checkbox(getTranslation("customer.all-teams"));
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>(getTranslation("customer.teams"));

    AddTeamsDialog(CustomerService customers, List<Team> teamList, CustomerRow customer, Runnable onSaved) {
        setId("add-teams-dialog");
        setHeaderTitle(getTranslation("customers.action.add-teams") + ": " + customer.displayName());
        teams.setItems(teamList);
        teams.setItemLabelGenerator(Team::getName);
        teams.setWidthFull();
        teams.setValue(new HashSet<>(teamList.stream()
                .filter(t -> customer.teams().contains(t.getName()))
                .toList()));
        allTeams.setValue(customer.allTeams());
        teams.setEnabled(!customer.allTeams());
        allTeams.addValueChangeListener(e -> teams.setEnabled(!e.getValue()));
        if (teamList.isEmpty()) {
            teams.setHelperText(getTranslation("teams.none-yet"));
        }
        VerticalLayout body = new VerticalLayout(allTeams, teams);
        body.setPadding(false);
        body.setWidth("26em");
        add(body);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                customers.assignTeams(customer.id(), allTeams.getValue(), teams.getValue());
                Notifications.success(getTranslation("customers.saved"));
                close();
                onSaved.run();
            } catch (FieldValidationException ex) {
                teams.setErrorMessage(getTranslation(ex.getMessage()));
                teams.setInvalid(true);
            }
        });
        save.setId("confirm-teams");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
