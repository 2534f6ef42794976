package io.clientele.customer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.customer.Consent;
import io.clientele.customer.ConsentField;
import io.clientele.customer.ConsentService;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A customer's GDPR consents: every field of the tenant with the answer, when and where it was given; an ADMIN
 * records a new answer (a row click picks its field), which replaces the old one and is audited.
 */
public class CustomerConsentsTab extends VerticalLayout {
    private final ConsentService consents;
    private final long customerId;
    private final Grid<ConsentField> grid = new Grid<>();
    private Map<Long, Consent> answers = Map.of();
    final ComboBox<ConsentField> field = new ComboBox<>();
    final RadioButtonGroup<Boolean> granted = new RadioButtonGroup<>();
    final DateTimePicker at = new DateTimePicker();
    final ComboBox<String> source = new ComboBox<>();

    public CustomerConsentsTab(ConsentService consents, long customerId, boolean canEdit) {
        this.consents = consents;
        this.customerId = customerId;
        setPadding(false);
        setId("consents-tab");
        List<ConsentField> fields = consents.all();
        grid.setId("consent-grid");
        grid.addColumn(ConsentField::getName).setKey("field").setHeader(getTranslation("consent.field"));
        grid.addComponentColumn(f -> ConsentColumns.badge(this, answers.get(f.getId())))
                .setKey("answer")
                .setHeader(getTranslation("consent.answer"));
        grid.addColumn(f -> answers.containsKey(f.getId())
                        ? Formats.dateTime(answers.get(f.getId()).recordedAt())
                        : "")
                .setKey("recordedAt")
                .setHeader(getTranslation("consent.recorded-at"));
        grid.addColumn(f ->
                        answers.containsKey(f.getId()) ? answers.get(f.getId()).source() : "")
                .setKey("source")
                .setHeader(getTranslation("consent.source"));
        grid.setItems(fields);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consent.no-fields"));
        if (canEdit && !fields.isEmpty()) {
            add(form(fields));
            grid.addItemClickListener(e -> pick(e.getItem()));
        }
        add(grid);
        refresh();
    }

    private FormLayout form(List<ConsentField> fields) {
        field.setLabel(getTranslation("consent.field"));
        field.setItems(fields);
        field.setItemLabelGenerator(ConsentField::getName);
        field.setId("consent-field");
        granted.setLabel(getTranslation("consent.answer"));
        granted.setItems(true, false);
        granted.setItemLabelGenerator(g -> getTranslation(g ? "consent.answer.YES" : "consent.answer.NO"));
        granted.setId("consent-granted");
        at.setLabel(getTranslation("consent.recorded-at"));
        at.setStep(java.time.Duration.ofMinutes(1));
        at.setMax(LocalDateTime.now(Formats.zone()).plusMinutes(5));
        at.setId("consent-at");
        source.setLabel(getTranslation("consent.source"));
        source.setItems(Consent.SOURCES);
        source.setAllowCustomValue(true);
        source.addCustomValueSetListener(e -> source.setValue(e.getDetail()));
        source.setId("consent-source");
        Button record = new Button(getTranslation("consent.record"), e -> record());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-consent");
        pick(fields.getFirst());
        // Two rows of four columns: the field's long name, both radio buttons and the button's text all fit at 1280 px.
        FormLayout form = new FormLayout(field, granted, source, at, record);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 4));
        form.setColspan(field, 2);
        form.setColspan(at, 2);
        return form;
    }

    /** Prefills the form with the field's current answer, or "yes, now, from the console" for a new one. */
    private void pick(ConsentField f) {
        Consent current = answers.get(f.getId());
        field.setValue(f);
        granted.setValue(current == null || current.granted());
        at.setValue(LocalDateTime.now(Formats.zone()).truncatedTo(ChronoUnit.MINUTES));
        source.setValue(current == null ? Consent.SOURCES.getFirst() : current.source());
    }

    void record() {
        List.<HasValidation>of(field, at, source).forEach(c -> c.setInvalid(false));
        if (field.getValue() == null) {
            field.setErrorMessage(getTranslation("validation.required"));
            field.setInvalid(true);
            return;
        }
        try {
            consents.record(
                    customerId,
                    field.getValue().getId(),
                    Boolean.TRUE.equals(granted.getValue()),
                    at.getValue() == null
                            ? null
                            : at.getValue().atZone(Formats.zone()).toInstant(),
                    source.getValue());
            Notifications.success(
                    getTranslation("consent.recorded-ok", field.getValue().getName()));
            refresh();
        } catch (FieldValidationException ex) {
            FieldMessages.show(ex, Map.of("recordedAt", at, "source", source), at);
        }
    }

    private void refresh() {
        answers = consents.of(List.of(customerId)).getOrDefault(customerId, Map.of());
        grid.getDataProvider().refreshAll();
    }
}
