package io.clientele.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import io.clientele.customer.CustomerGroup;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Assign to groups: the selected customers join each chosen group. */
class AssignGroupsDialog extends Dialog {
    final MultiSelectComboBox<CustomerGroup> groups = new MultiSelectComboBox<>();

    AssignGroupsDialog(List<CustomerGroup> all, long count, Consumer<Set<CustomerGroup>> assign) {
        setHeaderTitle(getTranslation("bulk.groups-title", count));
        groups.setLabel(getTranslation("customers.col.groups"));
        groups.setItems(all);
        groups.setItemLabelGenerator(CustomerGroup::getName);
        groups.setId("assign-groups");
        groups.setWidth("24rem");
        add(groups);
        Button ok = new Button(getTranslation("bulk.groups-assign"), e -> {
            if (groups.getValue().isEmpty()) {
                groups.setErrorMessage(getTranslation("bulk.groups-required"));
                groups.setInvalid(true);
                return;
            }
            close();
            assign.accept(groups.getValue());
        });
        ok.setId("confirm-assign-groups");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
