package io.clientele.integration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.integration.WebhookDelivery;
import io.clientele.integration.WebhookEndpoint;
import io.clientele.integration.WebhookService;
import java.util.List;
import java.util.Objects;

/**
 * One endpoint's delivery log, newest first: event, state, HTTP status, latency, attempts and the start of the
 * answer; ⋮ Resend; Send test event and Refresh above; the signing secret to copy into the receiver.
 */
class DeliveryLogDialog extends Dialog {
    private final PagedGrid<WebhookDelivery> paged = new PagedGrid<>(new Grid<>());

    DeliveryLogDialog(WebhookService hooks, WebhookEndpoint endpoint, Runnable changed) {
        setId("delivery-log");
        setHeaderTitle(getTranslation("webhook.deliveries-of", endpoint.getUrl()));
        setWidth("min(72rem, 95vw)");
        setHeight("80vh");
        PasswordField secret = new PasswordField(getTranslation("webhook.secret"));
        secret.setId("webhook-secret");
        secret.setValue(endpoint.getSecret());
        secret.setReadOnly(true);
        secret.setWidth("30rem");
        secret.setHelperText(getTranslation("webhook.secret-help"));
        Button test = new Button(getTranslation("webhook.send-test"), VaadinIcon.PAPERPLANE.create(), e -> {
            hooks.sendTest(endpoint.getId());
            Notifications.success(getTranslation("webhook.test-queued"));
            paged.refresh();
        });
        test.setId("send-test-event");
        Button refresh =
                new Button(getTranslation("webhook.refresh"), VaadinIcon.REFRESH.create(), e -> paged.refresh());
        refresh.setId("refresh-deliveries");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(secret, test, refresh);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(bar);
        if (!endpoint.isEnabled()) {
            Paragraph off = new Paragraph(
                    endpoint.getDisabledReason() != null
                            ? endpoint.getDisabledReason()
                            : getTranslation("webhook.disabled-hint"));
            off.setId("webhook-off");
            body.add(off);
        }
        Grid<WebhookDelivery> grid = paged.getGrid();
        grid.setId("deliveries");
        grid.addColumn(d -> Formats.dateTime(d.getCreatedAt()))
                .setKey("createdAt")
                .setSortProperty("id")
                .setHeader(getTranslation("webhook.col.time"));
        grid.addColumn(WebhookDelivery::getEventType)
                .setKey("event")
                .setSortProperty("eventType")
                .setTooltipGenerator(WebhookDelivery::getMessageId)
                .setHeader(getTranslation("webhook.col.event"));
        paged.addColumn("status", Cells.badge(this::status, this::tone), "webhook.col.status", "9rem", 0);
        grid.addColumn(d -> d.getStatusCode() == null ? "—" : d.getStatusCode().toString())
                .setKey("code")
                .setSortProperty("statusCode")
                .setHeader(getTranslation("webhook.col.code"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(d -> d.getLatencyMs() == null ? "—" : d.getLatencyMs() + " ms")
                .setKey("latency")
                .setSortProperty("latencyMs")
                .setHeader(getTranslation("webhook.col.latency"))
                .setWidth("7rem")
                .setFlexGrow(0);
        paged.addColumn("attempts", WebhookDelivery::getAttempts, "webhook.col.attempts", "6rem", 0);
        paged.addColumn(
                        "next",
                        d -> d.getStatus() == WebhookDelivery.Status.PENDING && d.getNextAttemptAt() != null
                                ? Formats.dateTime(d.getNextAttemptAt())
                                : "",
                        "webhook.col.next")
                .setSortable(false);
        paged.addColumn("response", d -> Objects.toString(d.getResponseExcerpt(), ""), "webhook.col.response")
                .setSortable(false)
                .setTooltipGenerator(d -> Objects.toString(d.getResponseExcerpt(), ""))
                .setFlexGrow(2);
        RowActions.addTo(
                grid,
                d -> d.getStatus() == WebhookDelivery.Status.PENDING && d.getAttempts() == 0
                        ? List.of()
                        : List.of(new RowActions.Action(
                                getTranslation("webhook.resend"),
                                () -> {
                                    hooks.resend(d.getId());
                                    Notifications.success(getTranslation("webhook.resend-queued"));
                                    paged.refreshPage();
                                },
                                "resend")),
                d -> getTranslation("customers.actions-for", d.getEventType()));
        paged.setEmptyStateText(getTranslation("webhook.no-deliveries"));
        paged.setSource(
                page -> hooks.deliveries(endpoint.getId(), page), () -> hooks.countDeliveries(endpoint.getId()));
        paged.setDefaultSort("createdAt", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        body.add(paged);
        body.setSizeFull();
        body.setPadding(false);
        body.setFlexGrow(1, paged);
        add(body);
        paged.refresh();
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("close-delivery-log");
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                changed.run();
            }
        });
    }

    private String status(WebhookDelivery d) {
        return getTranslation(
                d.getStatus() == WebhookDelivery.Status.PENDING && d.getAttempts() > 0
                        ? "webhook.delivery.retrying"
                        : "webhook.delivery." + d.getStatus().name().toLowerCase());
    }

    private Badge.Tone tone(WebhookDelivery d) {
        return switch (d.getStatus()) {
            case DELIVERED -> Badge.Tone.SUCCESS;
            case FAILED -> Badge.Tone.ERROR;
            case PENDING -> d.getAttempts() > 0 ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL;
        };
    }

    PagedGrid<WebhookDelivery> paged() {
        return paged;
    }
}
