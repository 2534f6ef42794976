package io.clientele.integration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.BusinessEvent;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Notifications;
import io.clientele.integration.WebhookEndpoint;
import io.clientele.integration.WebhookService;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** New or Edit webhook endpoint: URL, the events it hears and whether it is on. */
class WebhookEndpointDialog extends Dialog {
    final TextField url = new TextField();
    final CheckboxGroup<String> events = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();

    WebhookEndpointDialog(
            WebhookService hooks, Long customerId, WebhookEndpoint endpoint, Consumer<WebhookEndpoint> saved) {
        setId("webhook-dialog");
        setHeaderTitle(getTranslation(endpoint == null ? "webhook.new" : "webhook.edit"));
        url.setLabel(getTranslation("webhook.url"));
        url.setId("webhook-url");
        url.setPlaceholder("https://example.com/webhooks/clientele");
        url.setHelperText(getTranslation("webhook.url-help"));
        url.setRequiredIndicatorVisible(true);
        url.setMaxLength(2000);
        url.setWidthFull();
        events.setLabel(getTranslation("webhook.events"));
        events.setId("webhook-events");
        events.setItems(BusinessEvent.TYPES);
        events.setItemLabelGenerator(t -> t + " — " + getTranslation("webhook.event." + t));
        events.setRequiredIndicatorVisible(true);
        enabled.setLabel(getTranslation("webhook.enabled-label"));
        enabled.setId("webhook-enabled");
        if (endpoint == null) {
            events.setValue(Set.of(BusinessEvent.CUSTOMER_CREATED, BusinessEvent.CUSTOMER_UPDATED));
            enabled.setValue(true);
        } else {
            url.setValue(endpoint.getUrl());
            events.setValue(endpoint.getEvents());
            enabled.setValue(endpoint.isEnabled());
        }
        VerticalLayout form = new VerticalLayout(url, events, enabled);
        form.setPadding(false);
        form.setWidth("34rem");
        add(form);
        Button save = new Button(getTranslation(endpoint == null ? "action.create" : "action.save"));
        save.setId("save-webhook");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                WebhookService.EndpointDraft draft = new WebhookService.EndpointDraft(
                        url.getValue(),
                        events.getValue(),
                        enabled.getValue(),
                        endpoint == null ? 0 : endpoint.getVersion());
                WebhookEndpoint result;
                if (endpoint == null) {
                    result = hooks.create(customerId, draft);
                    Notifications.success(getTranslation("webhook.created-done", result.getUrl()));
                } else {
                    hooks.update(endpoint.getId(), draft);
                    result = endpoint;
                    Notifications.success(getTranslation("webhook.saved"));
                }
                saved.accept(result);
                close();
            } catch (FieldValidationException ex) {
                FieldMessages.show(ex, Map.of("url", url, "events", events), url);
            } catch (ActionRefusedException ex) {
                Notifications.refused(ex);
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation(ex.getMessage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        url.focus();
    }
}
