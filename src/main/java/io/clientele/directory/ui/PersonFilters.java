package io.clientele.directory.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.clientele.base.DateRange;
import io.clientele.base.FieldValidationException;
import io.clientele.base.IdLists;
import io.clientele.base.ui.DateRangeFilter;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListState;
import io.clientele.customer.Gender;
import io.clientele.directory.DirectoryFilter;
import java.util.Set;

/** The Filters panel of the Contacts and Customers (B2C) tabs; {@code idsLabel} names Contact or Customer IDs. */
class PersonFilters extends FormLayout {
    final TextField email = Filters.text("");
    final TextField firstName = Filters.text("");
    final TextField lastName = Filters.text("");
    final TextArea ids = new TextArea();
    final MultiSelectComboBox<Gender> gender =
            Filters.multi(getTranslation("filter.any"), g -> getTranslation("gender." + g), Gender.values());
    final DateRangeFilter created = new DateRangeFilter();
    final DateRangeFilter modified = new DateRangeFilter();
    private Set<Long> validIds = Set.of();

    /** The fields join {@code state} under URL keys; a bad ID list keeps the last good one in force. */
    PersonFilters(String idsLabel, ListState state) {
        setId("person-filters");
        email.setLabel(getTranslation("filter.email"));
        firstName.setLabel(getTranslation("customer.first-name"));
        lastName.setLabel(getTranslation("customer.last-name"));
        ids.setLabel(idsLabel);
        ids.setId("filter-ids");
        ids.setHelperText(getTranslation("filter.ids-help"));
        ids.setValueChangeMode(ValueChangeMode.LAZY);
        ids.setValueChangeTimeout(Filters.DEBOUNCE_MS);
        gender.setLabel(getTranslation("contact.gender"));
        created.setLabel(getTranslation("filter.created"));
        modified.setLabel(getTranslation("filter.modified"));
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(email, firstName, lastName, ids, gender, created, modified);
        // Registered before the state's own listener, so the ids are parsed before the rows reload.
        ids.addValueChangeListener(e -> {
            try {
                validIds = IdLists.parse(e.getValue(), "ids");
                ids.setInvalid(false);
            } catch (FieldValidationException bad) {
                ids.setErrorMessage(getTranslation(bad.getMessage(), bad.args()));
                ids.setInvalid(true);
            }
        });
        state.text("email", getTranslation("filter.email"), email)
                .text("first", getTranslation("customer.first-name"), firstName)
                .text("last", getTranslation("customer.last-name"), lastName)
                .text("ids", idsLabel, ids)
                .enums(
                        "gender",
                        getTranslation("contact.gender"),
                        gender,
                        Gender.class,
                        g -> getTranslation("gender." + g))
                .dates("created", getTranslation("filter.created"), created)
                .dates("modified", getTranslation("filter.modified"), modified);
    }

    DirectoryFilter filter(String search) {
        return new DirectoryFilter(
                search,
                email.getValue(),
                firstName.getValue(),
                lastName.getValue(),
                validIds,
                gender.getValue(),
                created.getValue(),
                modified.getValue(),
                DateRange.ANY,
                DateRange.ANY,
                Formats.zone());
    }
}
