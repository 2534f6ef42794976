package io.clientele.integration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.integration.WebhookEndpoint;
import io.clientele.integration.WebhookService;
import java.util.List;

/**
 * The webhook endpoints of the tenant ({@code customerId} null) or of one business customer: URL, events and state;
 * a row opens its delivery log (Send test event, Resend); ⋮ Edit, Delete.
 */
public class WebhooksPanel extends VerticalLayout {
    private final WebhookService hooks;
    private final Long customerId;
    private final PagedGrid<WebhookEndpoint> paged = new PagedGrid<>(new Grid<>());

    public WebhooksPanel(WebhookService hooks, Long customerId) {
        this.hooks = hooks;
        this.customerId = customerId;
        setPadding(false);
        setSizeFull();
        Button add = new Button(getTranslation("webhook.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("new-webhook");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro =
                new Paragraph(getTranslation(customerId == null ? "webhook.intro-tenant" : "webhook.intro-customer"));
        intro.addClassName("intro");
        Grid<WebhookEndpoint> grid = paged.getGrid();
        grid.setId("webhooks");
        paged.addColumn("url", WebhookEndpoint::getUrl, "webhook.url")
                .setTooltipGenerator(WebhookEndpoint::getUrl)
                .setFlexGrow(3);
        paged.addColumn(
                        "enabled",
                        Cells.badge(
                                this::state,
                                e -> e.isEnabled()
                                        ? Badge.Tone.SUCCESS
                                        : e.getDisabledReason() == null ? Badge.Tone.CONTRAST : Badge.Tone.ERROR),
                        "webhook.state",
                        "9rem",
                        0)
                .setTooltipGenerator(WebhookEndpoint::getDisabledReason);
        paged.addColumn("events", e -> String.join(", ", e.getEvents()), "webhook.events")
                .setSortable(false)
                .setTooltipGenerator(e -> String.join("\n", e.getEvents()))
                .setFlexGrow(3);
        paged.addColumn("createdAt", e -> Formats.date(e.getCreatedAt()), "webhook.created");
        RowActions.addTo(
                grid,
                e -> List.of(
                        new RowActions.Action(getTranslation("webhook.deliveries"), () -> open(e), "deliveries"),
                        new RowActions.Action(getTranslation("action.edit"), () -> edit(e), "edit"),
                        new RowActions.Action(getTranslation("action.delete"), () -> confirmDelete(e), "delete")),
                e -> getTranslation("customers.actions-for", e.getUrl()));
        paged.setEmptyStateText(getTranslation("webhook.none"));
        paged.setSource(page -> hooks.list(customerId, page), () -> hooks.count(customerId));
        paged.setDefaultSort("createdAt", SortDirection.ASCENDING);
        paged.onOpen(this::open);
        add(intro, add, paged);
        setFlexGrow(1, paged);
    }

    /** Switched off (red, the reason as its tooltip) when failures disabled it; Disabled when someone did. */
    private String state(WebhookEndpoint e) {
        return getTranslation(
                e.isEnabled()
                        ? "webhook.enabled"
                        : e.getDisabledReason() == null ? "webhook.disabled" : "webhook.switched-off");
    }

    private void edit(WebhookEndpoint e) {
        new WebhookEndpointDialog(hooks, customerId, e, saved -> paged.refreshPage()).open();
    }

    private void open(WebhookEndpoint e) {
        new DeliveryLogDialog(hooks, e, () -> paged.refreshPage()).open();
    }

    private void confirmDelete(WebhookEndpoint e) {
        Confirm.dangerous(
                getTranslation("webhook.delete-title"),
                getTranslation("webhook.delete-question", e.getUrl()),
                getTranslation("action.delete"),
                () -> {
                    hooks.delete(e.getId());
                    Notifications.success(getTranslation("webhook.deleted", e.getUrl()));
                    paged.refresh();
                });
    }

    public PagedGrid<WebhookEndpoint> paged() {
        return paged;
    }
}
