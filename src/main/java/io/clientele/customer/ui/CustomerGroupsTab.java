package io.clientele.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.ui.Chips;
import io.clientele.base.ui.Notifications;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.GroupService;
import java.util.HashSet;

/** A customer's Groups: chips for everyone; an ADMIN picks the groups and saves. */
public class CustomerGroupsTab extends VerticalLayout {
    final MultiSelectComboBox<CustomerGroup> groups = new MultiSelectComboBox<>();

    public CustomerGroupsTab(GroupService service, long customerId, boolean canEdit) {
        setPadding(false);
        setId("groups-tab");
        var current = service.groupsOf(customerId);
        if (!canEdit) {
            add(Chips.of(current.stream().map(CustomerGroup::getName).toList()));
            return;
        }
        groups.setLabel(getTranslation("customers.col.groups"));
        groups.setItems(service.all());
        groups.setItemLabelGenerator(CustomerGroup::getName);
        groups.setValue(new HashSet<>(current));
        groups.setId("customer-groups");
        groups.setWidth("28rem");
        Button save = new Button(getTranslation("groups.save"), e -> {
            service.setGroups(customerId, groups.getValue());
            Notifications.success(getTranslation("groups.saved"));
        });
        save.setId("save-customer-groups");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(groups, save);
        row.setAlignItems(Alignment.BASELINE);
        add(row);
    }
}
