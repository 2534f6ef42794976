package io.clientele.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ui.CountryBox;
import io.clientele.base.ui.EntityForm;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressKind;
import java.util.Map;
import java.util.function.Consumer;

/** Add or change an address: kind, default of its kind, lines, post code (checked per country), city, country. */
class AddressDialog extends Dialog {
    static class Form extends EntityForm<AddressDraft> {
        final Select<AddressKind> kind = new Select<>();
        final Checkbox defaultAddress = new Checkbox(getTranslation("address.default"));
        final TextField line1 = new TextField(getTranslation("address.line1"));
        final TextField line2 = new TextField(getTranslation("address.line2"));
        final TextField postCode = new TextField(getTranslation("address.post-code"));
        final TextField city = new TextField(getTranslation("address.city"));
        final ComboBox<String> country = CountryBox.create(getTranslation("organization.country"));

        Form() {
            super(AddressDraft.class);
            setId("address-form");
            kind.setLabel(getTranslation("address.kind"));
            kind.setItems(AddressKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("address.kind." + k));
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
            add(kind, defaultAddress);
            add(line1, 2);
            add(line2, 2);
            add(postCode, city, country);
            bind(Map.of("kind", kind, "line1", line1, "postCode", postCode, "city", city, "country", country), line1);
        }
    }

    final Form form = new Form();

    AddressDialog(String title, AddressDraft draft, Consumer<AddressDraft> save, Runnable saved) {
        setHeaderTitle(title);
        setWidth("36rem");
        add(form);
        form.edit(draft);
        getFooter()
                .add(
                        new Button(getTranslation("action.cancel"), e -> close()),
                        form.saveButton(getTranslation("action.save"), "save-address", draft, save, () -> {
                            close();
                            saved.run();
                        }));
    }
}
