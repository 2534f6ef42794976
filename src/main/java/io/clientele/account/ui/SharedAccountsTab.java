package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import io.clientele.account.AccountAction;
import io.clientele.account.AccountRow;
import io.clientele.account.SharedBilling;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.ui.ChoiceBox;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import java.util.List;
import java.util.Objects;

/**
 * The Shared accounts tab of an account page: the accounts that bill through this one, a page at a time, with
 * adding and (⋮) removing while the account is live and allows shared billing. A row opens that account's page.
 */
class SharedAccountsTab extends VerticalLayout {
    private final SharedBilling accounts;
    private final long id;
    private final PagedGrid<AccountRow> paged = new PagedGrid<>(new Grid<>());
    private ComboBox<Choice> candidate;

    SharedAccountsTab(SharedBilling accounts, AccountRow account) {
        this.accounts = accounts;
        this.id = account.id();
        setPadding(false);
        add(new Paragraph(getTranslation("shared.intro")));
        boolean manage = account.actions().contains(AccountAction.MANAGE_SHARED);
        if (manage) {
            candidate = ChoiceBox.create(
                    getTranslation("shared.add-label"),
                    (filter, offset, limit) -> accounts.shareChoices(id, filter, offset, limit),
                    Choice::label,
                    Choice::detail);
            candidate.setId("shared-candidate");
            candidate.setWidth("24rem");
            Button add = new Button(getTranslation("shared.add"), VaadinIcon.PLUS.create(), e -> addShared());
            add.setId("add-shared");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout bar = new HorizontalLayout(candidate, add);
            bar.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(bar);
        } else {
            Paragraph closed = new Paragraph(
                    getTranslation(account.deleted() ? "shared.closed-deleted" : "shared.closed-disabled"));
            closed.setId("shared-closed");
            add(closed);
        }
        Grid<AccountRow> grid = paged.getGrid();
        grid.setId("shared-grid");
        grid.addColumn(AccountRow::organizationName)
                .setKey("organization")
                .setSortProperty("displayName")
                .setHeader(getTranslation("accounts.col.organization"))
                .setFlexGrow(2);
        paged.addColumn("customerNumber", r -> Objects.toString(r.customerNumber(), ""), "account.customer-number");
        paged.addColumn("status", AccountBadges.cell(this), "accounts.col.status");
        paged.addColumn("admin", r -> Objects.toString(r.adminName(), ""), "accounts.col.admin")
                .setSortable(false);
        if (manage) {
            RowActions.addTo(
                    grid,
                    r -> List.of(
                            new RowActions.Action(getTranslation("shared.remove"), () -> confirmRemove(r), "remove")),
                    r -> getTranslation("customers.actions-for", r.organizationName()));
        }
        paged.setEmptyStateText(getTranslation("shared.none"));
        paged.setSource(page -> accounts.sharedAccounts(id, page), () -> accounts.countShared(id));
        paged.sortBy("organization", SortDirection.ASCENDING);
        paged.onOpen(r -> CustomerAccountView.open(r.id(), null));
        paged.setHeight("28rem");
        add(paged);
        paged.refresh();
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
        paged.refreshPage();
    }

    private void confirmRemove(AccountRow r) {
        Confirm.dangerous(
                getTranslation("shared.remove-title"),
                getTranslation("shared.remove-question", r.organizationName()),
                getTranslation("shared.remove"),
                () -> {
                    try {
                        accounts.removeShared(id, r.id());
                        Notifications.success(getTranslation("shared.removed", r.organizationName()));
                    } catch (ActionRefusedException ex) {
                        Notifications.refused(ex);
                    }
                    paged.refreshPage();
                    candidate.getDataProvider().refreshAll();
                });
    }

    PagedGrid<AccountRow> paged() {
        return paged;
    }

    ComboBox<Choice> candidate() {
        return candidate;
    }
}
