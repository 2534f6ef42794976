package io.clientele.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ui.CountryBox;
import io.clientele.base.ui.EntityForm;
import io.clientele.organization.OrganizationDraft;
import java.util.List;
import java.util.Map;

/** The organization side-panel form: Binder + Bean Validation; the service's country rules land on the fields. */
public class OrganizationForm extends EntityForm<OrganizationDraft> {
    static final List<String> LEGAL_FORMS = List.of("AS", "ASA", "ENK", "ANS", "DA", "SA", "NUF", "STI", "KF", "IKS");

    final TextField name = new TextField(getTranslation("organization.name"));
    final TextField orgNumber = new TextField(getTranslation("organization.org-number"));
    final ComboBox<String> legalForm = new ComboBox<>(getTranslation("organization.legal-form"));
    final TextField digitalAddress = new TextField(getTranslation("organization.digital-address"));
    final TextField address = new TextField(getTranslation("organization.address"));
    final TextField postCode = new TextField(getTranslation("organization.post-number"));
    final TextField region = new TextField(getTranslation("organization.region"));
    final TextField municipality = new TextField(getTranslation("organization.municipality"));
    final TextField city = new TextField(getTranslation("organization.city"));
    final ComboBox<String> country = CountryBox.create(getTranslation("organization.country"));
    final TextField phone = new TextField(getTranslation("organization.phone"));
    final TextField website = new TextField(getTranslation("organization.website"));
    final EmailField email = new EmailField(getTranslation("organization.email"));

    public OrganizationForm() {
        super(OrganizationDraft.class);
        setId("organization-form");
        name.setRequiredIndicatorVisible(true);
        orgNumber.setRequiredIndicatorVisible(true);
        orgNumber.setHelperText(getTranslation("organization.org-number-help"));
        orgNumber.setAllowedCharPattern("[0-9 ]");
        legalForm.setItems(LEGAL_FORMS);
        legalForm.setAllowCustomValue(true);
        legalForm.addCustomValueSetListener(e -> legalForm.setValue(e.getDetail()));
        digitalAddress.setHelperText(getTranslation("organization.digital-address-help"));
        country.setRequiredIndicatorVisible(true);
        phone.setHelperText(getTranslation("organization.phone-help"));
        website.setPlaceholder("https://example.no");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));

        bind(
                Map.ofEntries(
                        Map.entry("name", name),
                        Map.entry("orgNumber", orgNumber),
                        Map.entry("legalForm", legalForm),
                        Map.entry("digitalAddress", digitalAddress),
                        Map.entry("address", address),
                        Map.entry("postCode", postCode),
                        Map.entry("region", region),
                        Map.entry("municipality", municipality),
                        Map.entry("city", city),
                        Map.entry("country", country),
                        Map.entry("phone", phone),
                        Map.entry("website", website),
                        Map.entry("email", email)),
                name);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
        add(name, 2);
        add(orgNumber, legalForm);
        add(address, 2);
        add(postCode, city, municipality, region, country, phone, email);
        add(website, 2);
        add(digitalAddress, 2);
    }
}
