package io.clientele.pricesheet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.EntityForm;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.base.ui.SidePanel;
import io.clientele.pricesheet.PriceSheet;
import io.clientele.pricesheet.PriceSheetDraft;
import io.clientele.pricesheet.PriceSheetItem;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * Settings → Price sheets: name, currency, validity and items (product code, description, unit price).
 * The list pattern with search; a row opens the sheet's items in the side panel.
 */
@Menu(order = Nav.SETTINGS + 20, title = "nav.price-sheets", icon = "vaadin:invoice")
@Route("settings/price-sheets")
@RolesAllowed(Roles.ADMIN)
public class PriceSheetsView extends ListView {
    static final String ROUTE = "settings/price-sheets";

    private final PriceSheetService sheets;
    private final PagedGrid<PriceSheet> paged = new PagedGrid<>(new Grid<>());
    private final Grid<PriceSheet> grid = paged.getGrid();
    private final SidePanel panel = new SidePanel();
    private final TextField search = Filters.search(getTranslation("pricesheet.search"));

    static class SheetForm extends EntityForm<PriceSheetDraft> {
        final TextField name = new TextField(getTranslation("pricesheet.name"));
        final TextField currency = new TextField(getTranslation("pricesheet.currency"));
        final DatePicker validFrom = new DatePicker(getTranslation("pricesheet.valid-from"));
        final DatePicker validTo = new DatePicker(getTranslation("pricesheet.valid-to"));

        SheetForm() {
            super(PriceSheetDraft.class);
            setId("price-sheet-form");
            currency.setMaxLength(3);
            currency.setAllowedCharPattern("[A-Za-z]");
            currency.setHelperText(getTranslation("pricesheet.currency-help"));
            validTo.setHelperText(getTranslation("pricesheet.valid-to-help"));
            setResponsiveSteps(new ResponsiveStep("0", 1));
            add(name, currency, validFrom, validTo);
            bind(Map.of("name", name, "currency", currency, "validFrom", validFrom, "validTo", validTo), name);
            currency.addValueChangeListener(e -> {
                if (!e.getValue().equals(e.getValue().toUpperCase()))
                    currency.setValue(e.getValue().toUpperCase());
            });
        }
    }

    public PriceSheetsView(PriceSheetService sheets) {
        super("nav.price-sheets");
        this.sheets = sheets;
        addClassName("list-view");
        setSizeFull();
        Button add = new Button(getTranslation("pricesheet.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("add-price-sheet");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("price-sheet-search");
        grid.setId("price-sheets");
        paged.addColumn("name", PriceSheet::getName, "pricesheet.name")
                .setTooltipGenerator(PriceSheet::getName)
                .setFlexGrow(2);
        paged.addColumn("currency", PriceSheet::getCurrency, "pricesheet.currency", "7rem", 0);
        paged.addColumn("validFrom", PriceSheetFormat::validity, "pricesheet.validity");
        RowActions.addTo(
                grid,
                s -> List.of(
                        new RowActions.Action(getTranslation("action.edit"), () -> edit(s)),
                        new RowActions.Action(getTranslation("pricesheet.items"), () -> showItems(s)),
                        new RowActions.Action(getTranslation("action.delete"), () -> delete(s))),
                s -> getTranslation("customers.actions-for", s.getName()));
        paged.onOpen(this::showItems);
        state = new ListState(ROUTE, paged, paged::refresh)
                .emptyText("pricesheet.none")
                .text("q", getTranslation("filter.search"), search);
        paged.setSource(search::getValue, sheets::list, sheets::count);
        paged.setDefaultSort("validFrom", SortDirection.DESCENDING);
        HorizontalLayout body = ListPage.body(paged, panel);
        add(ListPage.toolbar(getTranslation("nav.price-sheets"), search, add), state.chips(), body);
        setFlexGrow(1, body);
    }

    private void edit(PriceSheet s) {
        PriceSheetDraft draft = s == null ? new PriceSheetDraft() : sheets.draftOf(s.getId());
        panel.openForm(
                getTranslation(s == null ? "pricesheet.add" : "pricesheet.edit"),
                new SheetForm(),
                draft,
                getTranslation(s == null ? "action.create" : "action.save"),
                "save-price-sheet",
                d -> {
                    long id = sheets.save(s == null ? null : s.getId(), d);
                    paged.refreshPage();
                    if (s == null) {
                        sheets.find(id).ifPresent(this::showItems);
                    }
                });
    }

    private void delete(PriceSheet s) {
        Confirm.dangerous(
                getTranslation("pricesheet.delete-title"),
                getTranslation("pricesheet.delete-question", s.getName()),
                getTranslation("action.delete"),
                () -> {
                    sheets.delete(s.getId());
                    paged.refresh();
                });
    }

    /** The items of one sheet, with a line to add another. */
    void showItems(PriceSheet s) {
        Grid<PriceSheetItem> items = new Grid<>();
        items.setId("price-sheet-items");
        items.setAllRowsVisible(true);
        items.addColumn(PriceSheetItem::getProductCode).setHeader(getTranslation("pricesheet.product-code"));
        items.addColumn(PriceSheetItem::getDescription).setHeader(getTranslation("pricesheet.description"));
        items.addColumn(i -> Formats.money(i.getUnitPrice(), s.getCurrency()))
                .setHeader(getTranslation("pricesheet.unit-price"));
        items.addComponentColumn(i -> {
                    Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                        sheets.removeItem(s.getId(), i.getId());
                        items.setItems(sheets.items(s.getId()));
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("pricesheet.remove-item"));
                    return remove;
                })
                .setWidth("4rem")
                .setFlexGrow(0);
        items.setEmptyStateText(getTranslation("pricesheet.no-items"));
        items.setItems(sheets.items(s.getId()));

        TextField code = new TextField(getTranslation("pricesheet.product-code"));
        code.setId("item-code");
        TextField description = new TextField(getTranslation("pricesheet.description"));
        description.setId("item-description");
        BigDecimalField price = new BigDecimalField(getTranslation("pricesheet.unit-price"));
        price.setId("item-price");
        price.setSuffixComponent(new Span(s.getCurrency()));
        Button add = new Button(getTranslation("pricesheet.add-item"), VaadinIcon.PLUS.create(), e -> {
            try {
                sheets.addItem(s.getId(), code.getValue(), description.getValue(), price.getValue());
                code.clear();
                description.clear();
                price.clear();
                code.focus();
                items.setItems(sheets.items(s.getId()));
            } catch (FieldValidationException ex) {
                FieldMessages.show(ex, Map.of("description", description, "unitPrice", price), code);
            }
        });
        add.setId("add-item");
        VerticalLayout content = new VerticalLayout(
                new H3(PriceSheetFormat.validity(s) + " · " + s.getCurrency()), items, code, description, price, add);
        content.setPadding(false);
        panel.open(getTranslation("pricesheet.items-of", s.getName()), content);
    }

    Grid<PriceSheet> grid() {
        return grid;
    }

    SidePanel panel() {
        return panel;
    }
}
