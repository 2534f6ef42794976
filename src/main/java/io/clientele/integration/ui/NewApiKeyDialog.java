package io.clientele.integration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.integration.ApiKeyService;
import io.clientele.integration.ApiScope;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * New API key: name, scopes and an optional expiry; then the key itself, shown this once with a Copy button — it is
 * stored only as a hash.
 */
class NewApiKeyDialog extends Dialog {
    final TextField name = new TextField();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final DatePicker expires = new DatePicker();
    final TextField secret = new TextField();

    NewApiKeyDialog(KeySource keys, Consumer<ApiKeyService.NewKey> created) {
        setId("new-api-key-dialog");
        setHeaderTitle(getTranslation("apikey.new"));
        name.setLabel(getTranslation("apikey.name"));
        name.setId("api-key-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        name.setPlaceholder(getTranslation("apikey.name-placeholder"));
        name.setWidthFull();
        scopes.setLabel(getTranslation("apikey.scopes"));
        scopes.setId("api-key-scopes");
        scopes.setItems(ApiScope.offered(keys.forCustomer()));
        scopes.setItemLabelGenerator(s -> s.code() + " — " + getTranslation("apikey.scope." + s.code()));
        scopes.setValue(ApiScope.offered(keys.forCustomer()).stream()
                .filter(s -> s.code().endsWith(":read"))
                .collect(java.util.stream.Collectors.toSet()));
        scopes.setRequiredIndicatorVisible(true);
        expires.setLabel(getTranslation("apikey.expires"));
        expires.setId("api-key-expires");
        expires.setHelperText(getTranslation("apikey.expires-help"));
        expires.setMin(LocalDate.now(Formats.zone()).plusDays(1));
        VerticalLayout form = new VerticalLayout(name, scopes, expires);
        form.setPadding(false);
        form.setWidth("30rem");
        add(form);
        Button create = new Button(getTranslation("action.create"));
        create.setId("create-api-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        create.addClickListener(e -> {
            try {
                ApiKeyService.NewKey key =
                        keys.create().create(name.getValue(), scopes.getValue(), expires.getValue(), Formats.zone());
                created.accept(key);
                showOnce(key);
            } catch (FieldValidationException ex) {
                FieldMessages.show(ex, Map.of("name", name, "scopes", scopes, "expiresOn", expires), name);
            } catch (ActionRefusedException ex) {
                Notifications.refused(ex);
            }
        });
        getFooter().add(cancel, create);
        name.focus();
    }

    private void showOnce(ApiKeyService.NewKey key) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("apikey.created-title", key.key().getName()));
        secret.setId("api-key-secret");
        secret.setReadOnly(true);
        secret.setValue(key.secret());
        secret.setWidthFull();
        secret.setLabel(getTranslation("apikey.key"));
        Button copy = new Button(getTranslation("apikey.copy"), VaadinIcon.COPY.create(), e -> {
            e.getSource()
                    .getUI()
                    .ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", key.secret()));
            Notifications.success(getTranslation("apikey.copied"));
        });
        copy.setId("copy-api-key");
        secret.setSuffixComponent(copy);
        Paragraph warning = new Paragraph(getTranslation("apikey.shown-once"));
        warning.setId("api-key-once");
        VerticalLayout body = new VerticalLayout(warning, secret);
        body.setPadding(false);
        body.setWidth("36rem");
        add(body);
        Button done = new Button(getTranslation("apikey.done"), e -> close());
        done.setId("api-key-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
