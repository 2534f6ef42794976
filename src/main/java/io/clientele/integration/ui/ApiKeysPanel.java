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
import io.clientele.integration.ApiKey;
import io.clientele.integration.ApiKeyService;
import io.clientele.integration.ApiScope;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The API keys of the tenant ({@code customerId} null) or of one business customer: a lazy list with status, scopes
 * and last use; New API key shows the key once; ⋮ Revoke stops it at once.
 */
public class ApiKeysPanel extends VerticalLayout {
    private final KeySource keys;
    private final PagedGrid<ApiKey> paged = new PagedGrid<>(new Grid<>());

    private final Button add;

    /** Lets the portal switch New API key off in a read-only support session. */
    public ApiKeysPanel writes(java.util.function.Consumer<Button> guard) {
        guard.accept(add);
        return this;
    }

    public ApiKeysPanel(ApiKeyService keys, Long customerId, boolean manage) {
        this(KeySource.staff(keys, customerId), manage);
    }

    public ApiKeysPanel(KeySource keys, boolean manage) {
        this.keys = keys;
        setPadding(false);
        setSizeFull();
        add = new Button(getTranslation("apikey.new"), VaadinIcon.PLUS.create(), e -> openNew());
        add.setId("new-api-key");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(manage);
        Paragraph intro = new Paragraph(
                getTranslation(keys.forCustomer() ? "apikey.intro-customer" : "apikey.intro-tenant", "/api/docs"));
        intro.addClassName("intro");
        Grid<ApiKey> grid = paged.getGrid();
        grid.setId("api-keys");
        paged.addColumn("name", ApiKey::getName, "apikey.name")
                .setTooltipGenerator(ApiKey::getName)
                .setFlexGrow(2);
        paged.addColumn("key", k -> "clt_" + k.getKeyId() + "_…", "apikey.key")
                .setSortable(false)
                .setFlexGrow(2);
        paged.addColumn("status", Cells.badge(this::status, this::tone), "apikey.status", "8rem", 0)
                .setSortable(false);
        paged.addColumn(
                        "scopes",
                        k -> k.getScopes().stream().map(ApiScope::code).collect(Collectors.joining(", ")),
                        "apikey.scopes")
                .setSortable(false)
                .setFlexGrow(2);
        paged.addColumn("createdAt", k -> Formats.date(k.getCreatedAt()), "apikey.created")
                .setTooltipGenerator(ApiKey::getCreatedBy);
        paged.addColumn(
                "expiresAt",
                k -> k.getExpiresAt() == null ? getTranslation("apikey.never") : Formats.date(k.getExpiresAt()),
                "apikey.expires");
        paged.addColumn(
                "lastUsedAt",
                k -> k.getLastUsedAt() == null
                        ? getTranslation("apikey.never-used")
                        : Formats.dateTime(k.getLastUsedAt()),
                "apikey.last-used");
        if (manage) {
            RowActions.addTo(
                    grid,
                    k -> k.getRevokedAt() != null
                            ? List.of()
                            : List.of(new RowActions.Action(
                                    getTranslation("apikey.revoke"), () -> confirmRevoke(k), "revoke")),
                    k -> getTranslation("customers.actions-for", k.getName()));
        }
        paged.setEmptyStateText(getTranslation("apikey.none"));
        paged.setSource(keys.list(), keys.count());
        paged.setDefaultSort("createdAt", SortDirection.DESCENDING);
        add(intro, add, paged);
        setFlexGrow(1, paged);
    }

    private String status(ApiKey k) {
        return getTranslation(
                k.getRevokedAt() != null
                        ? "apikey.revoked"
                        : k.isUsable(Instant.now()) ? "apikey.active" : "apikey.expired");
    }

    private Badge.Tone tone(ApiKey k) {
        return k.getRevokedAt() != null
                ? Badge.Tone.ERROR
                : k.isUsable(Instant.now()) ? Badge.Tone.SUCCESS : Badge.Tone.WARNING;
    }

    private void openNew() {
        new NewApiKeyDialog(keys, created -> paged.refresh()).open();
    }

    private void confirmRevoke(ApiKey k) {
        Confirm.dangerous(
                getTranslation("apikey.revoke-title"),
                getTranslation("apikey.revoke-question", k.getName()),
                getTranslation("apikey.revoke"),
                () -> {
                    keys.revoke().accept(k.getId());
                    Notifications.success(getTranslation("apikey.revoked-done", k.getName()));
                    paged.refreshPage();
                });
    }

    public PagedGrid<ApiKey> paged() {
        return paged;
    }
}
