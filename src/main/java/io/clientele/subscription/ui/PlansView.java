package io.clientele.subscription.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.EntityForm;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.security.Roles;
import io.clientele.subscription.PlanCatalog;
import io.clientele.subscription.PlanCatalog.PlanRow;
import io.clientele.subscription.PlanDraft;
import io.clientele.subscription.PlanPeriod;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * Settings → Plans (ADMIN): what portal customers can subscribe to — name, minutes and price per month or year. A plan
 * someone subscribed to is retired rather than deleted; a retired plan is no longer offered.
 */
@Menu(order = Nav.SETTINGS + 22, title = "nav.plans", icon = "vaadin:package")
@Route("settings/plans")
@RolesAllowed(Roles.ADMIN)
public class PlansView extends ListView {
    static final String ROUTE = "settings/plans";
    /** The currencies offered first; any ISO 4217 code can be typed. */
    private static final List<String> CURRENCIES = List.of("NOK", "SEK", "DKK", "EUR", "USD", "GBP");

    private final PlanCatalog plans;
    private final PagedGrid<PlanRow> paged = new PagedGrid<>(new Grid<>());
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("plans.search"));

    static class PlanForm extends EntityForm<PlanDraft> {
        final TextField name = new TextField(getTranslation("plans.col.name"));
        final IntegerField minutesIncluded = new IntegerField(getTranslation("plans.col.minutes"));
        final BigDecimalField price = new BigDecimalField(getTranslation("plans.col.price"));
        final ComboBox<String> currency = new ComboBox<>(getTranslation("plans.currency"));
        final Select<PlanPeriod> period = new Select<>();

        PlanForm() {
            super(PlanDraft.class);
            setId("plan-form");
            name.setRequiredIndicatorVisible(true);
            minutesIncluded.setMin(0);
            minutesIncluded.setStepButtonsVisible(true);
            minutesIncluded.setHelperText(getTranslation("plans.minutes-help"));
            price.setHelperText(getTranslation("plans.price-help"));
            currency.setItems(CURRENCIES);
            currency.setAllowCustomValue(true);
            currency.addCustomValueSetListener(
                    e -> currency.setValue(e.getDetail().trim().toUpperCase()));
            period.setLabel(getTranslation("plans.col.period"));
            period.setItems(PlanPeriod.values());
            period.setItemLabelGenerator(p -> getTranslation("plans.period." + p));
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
            add(name, 2);
            add(minutesIncluded, period, price, currency);
            bind(
                    Map.of(
                            "name", name,
                            "minutesIncluded", minutesIncluded,
                            "price", price,
                            "currency", currency,
                            "period", period),
                    name);
        }
    }

    public PlansView(PlanCatalog plans) {
        super("nav.plans");
        this.plans = plans;
        addClassName("list-view");
        setSizeFull();
        Button add = new Button(getTranslation("plans.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("add-plan");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("plan-search");
        paged.getGrid().setId("plans");
        paged.addColumn("name", PlanRow::name, "plans.col.name")
                .setTooltipGenerator(PlanRow::name)
                .setFlexGrow(2);
        paged.addColumn("minutesIncluded", r -> Formats.number(r.minutesIncluded()), "plans.col.minutes", "9rem", 0);
        paged.addColumn("price", r -> Formats.money(r.price(), r.currency()), "plans.col.price", "10rem", 0);
        paged.addColumn("period", r -> getTranslation("plans.period." + r.period()), "plans.col.period", "9rem", 0);
        paged.addColumn("subscribers", r -> Formats.number(r.subscribers()), "plans.col.subscribers", "9rem", 0)
                .setSortable(false);
        paged.addColumn(
                "state",
                new ComponentRenderer<>(r -> r.active()
                        ? new Badge(getTranslation("plans.state.active"), Badge.Tone.SUCCESS)
                        : new Badge(getTranslation("plans.state.retired"), Badge.Tone.NEUTRAL)),
                "plans.col.state",
                "9rem",
                0);
        RowActions.addTo(paged.getGrid(), this::actionsFor, r -> getTranslation("customers.actions-for", r.name()));
        paged.onOpen(this::edit);
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("plans.empty")
                .text("q", getTranslation("filter.search"), search);
        paged.setSource(search::getValue, plans::list, plans::count);
        paged.setDefaultSort("price", SortDirection.ASCENDING);
        HorizontalLayout body = ListPage.body(paged, panel);
        add(ListPage.toolbar(getTranslation("nav.plans"), search, add), state.chips(), body);
        setFlexGrow(1, body);
    }

    List<RowActions.Action> actionsFor(PlanRow r) {
        return List.of(
                new RowActions.Action(getTranslation("action.edit"), () -> edit(r), "edit"),
                r.active()
                        ? new RowActions.Action(getTranslation("plans.retire"), () -> retire(r, true), "retire")
                        : new RowActions.Action(
                                getTranslation("plans.reactivate"), () -> retire(r, false), "reactivate"),
                new RowActions.Action(getTranslation("action.delete"), () -> delete(r), "delete"));
    }

    private void edit(PlanRow r) {
        PlanDraft draft = r == null ? new PlanDraft() : plans.draftOf(r.id());
        panel.openForm(
                getTranslation(r == null ? "plans.new" : "plans.edit"),
                new PlanForm(),
                draft,
                getTranslation(r == null ? "action.create" : "action.save"),
                "save-plan",
                d -> {
                    plans.save(r == null ? null : r.id(), d);
                    Notifications.success(
                            getTranslation("plans.saved", d.getName().trim()));
                    paged.refreshPage();
                });
    }

    private void retire(PlanRow r, boolean retired) {
        plans.setRetired(r.id(), retired);
        Notifications.success(getTranslation(retired ? "plans.retired" : "plans.reactivated", r.name()));
        paged.refreshPage();
    }

    private void delete(PlanRow r) {
        Confirm.dangerous(
                getTranslation("plans.delete-title"),
                getTranslation("plans.delete-question", r.name()),
                getTranslation("action.delete"),
                () -> {
                    try {
                        plans.delete(r.id());
                        Notifications.success(getTranslation("plans.deleted", r.name()));
                        paged.refresh();
                    } catch (ActionRefusedException e) {
                        Notifications.refused(e);
                    }
                });
    }

    PagedGrid<PlanRow> paged() {
        return paged;
    }

    SidePanel panel() {
        return panel;
    }
}
