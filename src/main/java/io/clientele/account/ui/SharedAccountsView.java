package io.clientele.account.ui;

import io.clientele.base.Choice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.*;
import io.clientele.account.*;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.ChoiceBox;
import io.clientele.base.ui.Notifications;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/** customer-accounts/{id}/shared: the accounts that bill through this one; add and remove them. */
@Route("customer-accounts/:id(\\d+)/shared")
@RolesAllowed(Roles.ADMIN)
public class SharedAccountsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CustomerAccountService accounts;
    private final Grid<AccountRow> grid = new Grid<>();
    private ComboBox<Choice> candidate;
    private String title = "";
    private long id;

    public SharedAccountsView(CustomerAccountService accounts) {
        this.accounts = accounts;
        addClassName("detail-view");
        grid.setId("shared-grid");
        grid.addColumn(AccountRow::organizationName).setHeader(getTranslation("accounts.col.organization")).setFlexGrow(2);
        grid.addColumn(r -> Objects.toString(r.customerNumber(), "")).setHeader(getTranslation("account.customer-number"));
        grid.addComponentColumn(AccountBadges::status).setHeader(getTranslation("accounts.col.status"));
        grid.addColumn(r -> Objects.toString(r.adminName(), "")).setHeader(getTranslation("accounts.col.admin"));
        grid.addComponentColumn(this::removeButton).setWidth("9rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("shared.none"));
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        removeAll();
        AccountDetails d = accounts.details(id).orElse(null);
        RouterLink back = d == null ? new RouterLink(getTranslation("accounts.back"), CustomerAccountListView.class)
                : new RouterLink(getTranslation("shared.back", d.row().organizationName()), CustomerAccountView.class,
                new RouteParameters("id", String.valueOf(id)));
        back.addClassName("back-link");
        add(back);
        if (d == null) {
            title = DetailBlocks.notFound(this);
            return;
        }
        title = getTranslation("shared.title", d.row().organizationName());
        add(new H2(title), new Paragraph(getTranslation("shared.intro")));
        if (!d.row().actions().contains(AccountAction.MANAGE_SHARED)) {
            Paragraph closed = new Paragraph(getTranslation(d.row().deleted() ? "shared.closed-deleted" : "shared.closed-disabled"));
            closed.setId("shared-closed");
            add(closed);
            return;
        }
        candidate = ChoiceBox.create(getTranslation("shared.add-label"),
                (filter, offset, limit) -> accounts.shareChoices(id, filter, offset, limit), Choice::label, Choice::detail);
        candidate.setId("shared-candidate");
        candidate.setWidth("24rem");
        Button add = new Button(getTranslation("shared.add"), VaadinIcon.PLUS.create(), e -> addShared());
        add.setId("add-shared");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(candidate, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
        grid.setItems(d.sharedAccounts());
    }

    private void addShared() {
        Choice chosen = candidate.getValue();
        if (chosen == null) {
            candidate.setErrorMessage(getTranslation("validation.required"));
            candidate.setInvalid(true);
            return;
        }
        try {
            accounts.addShared(id, chosen.id());
            Notifications.success(getTranslation("shared.added", chosen.label()));
            candidate.clear();
            candidate.getDataProvider().refreshAll();
        } catch (ActionRefusedException e) {
            Notifications.refused(e);
        }
        grid.setItems(accounts.sharedAccounts(id));
    }

    private Button removeButton(AccountRow r) {
        Button remove = new Button(getTranslation("shared.remove"), VaadinIcon.CLOSE_SMALL.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("shared.remove-title"),
                    getTranslation("shared.remove-question", r.organizationName()), getTranslation("shared.remove"), ok -> {
                try {
                    accounts.removeShared(id, r.id());
                    Notifications.success(getTranslation("shared.removed", r.organizationName()));
                } catch (ActionRefusedException ex) {
                    Notifications.refused(ex);
                }
                grid.setItems(accounts.sharedAccounts(id));
                candidate.getDataProvider().refreshAll();
            });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-shared");
        return remove;
    }

    @Override
    public String getPageTitle() {
        return title + " · Clientele";
    }

    Grid<AccountRow> grid() { return grid; }
    ComboBox<Choice> candidate() { return candidate; }
}
