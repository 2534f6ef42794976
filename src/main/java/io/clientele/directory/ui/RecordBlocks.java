package io.clientele.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.OwnerType;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Chips;
import io.clientele.base.ui.CountryBox;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.EntityForm;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.directory.Address;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressService;
import io.clientele.pricesheet.AssignedSheet;
import io.clientele.pricesheet.PriceSheet;
import io.clientele.pricesheet.PriceSheetItem;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.pricesheet.ui.PriceSheetFormat;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The blocks that company, contact and customer pages share: the profile form saved in place, addresses, price
 * sheets and sources. Changes are offered to ADMIN and above; {@code changed} shows the page again.
 */
public final class RecordBlocks {
    private final AddressService addresses;
    private final PriceSheetService sheets;
    private final OwnerType type;
    private final long id;
    private final Runnable changed;
    private final boolean canChange = CurrentUser.require().has(Role.ADMIN);

    public RecordBlocks(AddressService addresses, PriceSheetService sheets, OwnerType type, long id, Runnable changed) {
        this.addresses = addresses;
        this.sheets = sheets;
        this.type = type;
        this.id = id;
        this.changed = changed;
    }

    public boolean canChange() {
        return canChange;
    }

    /** The same form as the list's side panel, saved in place. */
    public <D> Component profile(EntityForm<D> form, D draft, Consumer<D> save) {
        Div block = DetailBlocks.block(t("detail.profile"));
        block.add(form);
        block.setId("block-profile");
        block.addClassName("wide");
        form.edit(draft);
        block.add(form.saveButton(t("action.save"), "save-profile", draft, save, () -> {
            Notifications.success(t("directory.saved"));
            changed.run();
        }));
        return block;
    }

    public Component sources(List<String> sources) {
        Div block = DetailBlocks.block(t("directory.col.sources"), Chips.of(sources, s -> t("source." + s)));
        block.setId("block-sources");
        return block;
    }

    public Component addresses() {
        Div block = DetailBlocks.block(t("directory.block.addresses"));
        block.setId("block-addresses");
        Grid<Address> grid = new Grid<>();
        grid.setId("address-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(a -> {
                    HorizontalLayout k = new HorizontalLayout(new Span(t("address.kind." + a.getKind())));
                    if (a.isDefault()) {
                        k.add(new Badge(t("address.default-badge"), Badge.Tone.SUCCESS));
                    }
                    return k;
                })
                .setHeader(t("address.kind"))
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(a -> Stream.of(a.getLine1(), a.getLine2())
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(", ")))
                .setHeader(t("address.line1"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.getPostCode() + " " + a.getCity()).setHeader(t("address.city"));
        grid.addColumn(a -> CountryBox.name(a.getCountry())).setHeader(t("organization.country"));
        grid.setEmptyStateText(t("address.none"));
        if (canChange) {
            grid.addComponentColumn(a -> {
                        Button edit = new Button(
                                VaadinIcon.EDIT.create(),
                                e -> new AddressDialog(
                                                t("address.edit"),
                                                addresses.draftOf(type, id, a.getId()),
                                                d -> addresses.saveAddress(type, id, a.getId(), d),
                                                changed)
                                        .open());
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        edit.setAriaLabel(t("address.edit"));
                        edit.setTooltipText(t("address.edit"));
                        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                            addresses.removeAddress(type, id, a.getId());
                            changed.run();
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        remove.setAriaLabel(t("address.remove"));
                        remove.setTooltipText(t("address.remove"));
                        return new HorizontalLayout(edit, remove);
                    })
                    .setKey("actions")
                    .setWidth("7rem")
                    .setFlexGrow(0);
            Button add = new Button(
                    t("address.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new AddressDialog(
                                    t("address.add"),
                                    new AddressDraft(),
                                    d -> addresses.saveAddress(type, id, null, d),
                                    changed)
                            .open());
            add.setId("add-address");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            block.add(add);
        }
        grid.setItems(addresses.addresses(type, id));
        block.add(grid);
        return block;
    }

    public Component priceSheets() {
        Div block = DetailBlocks.block(t("directory.block.price-sheets"));
        block.setId("block-price-sheets");
        List<AssignedSheet> assigned = sheets.assigned(type, id, LocalDate.now(Formats.zone()));
        Grid<AssignedSheet> grid = new Grid<>();
        grid.setId("price-sheet-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(a -> {
                    HorizontalLayout name =
                            new HorizontalLayout(new Span(a.sheet().getName()));
                    if (a.effective()) {
                        name.add(new Badge(t("pricesheet.effective"), Badge.Tone.SUCCESS));
                    }
                    return name;
                })
                .setHeader(t("pricesheet.name"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.sheet().getCurrency())
                .setHeader(t("pricesheet.currency"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(a -> PriceSheetFormat.validity(a.sheet())).setHeader(t("pricesheet.validity"));
        grid.setEmptyStateText(t("pricesheet.none-assigned"));
        if (canChange) {
            grid.addComponentColumn(a -> {
                        Button remove = new Button(t("pricesheet.unassign"), e -> {
                            sheets.unassign(type, id, a.sheet().getId());
                            changed.run();
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        return remove;
                    })
                    .setWidth("9rem")
                    .setFlexGrow(0);
            block.add(assignBar());
        }
        grid.setItems(assigned);
        block.add(grid);
        assigned.stream()
                .filter(AssignedSheet::effective)
                .findFirst()
                .ifPresent(a -> block.add(
                        new H4(t("pricesheet.effective-items", a.sheet().getName())), itemGrid(a.sheet())));
        return block;
    }

    private Component assignBar() {
        ComboBox<PriceSheet> pick = new ComboBox<>();
        pick.setId("assign-price-sheet");
        pick.setPlaceholder(t("pricesheet.assign-placeholder"));
        pick.setItems(sheets.all());
        pick.setItemLabelGenerator(s -> s.getName() + " · " + s.getCurrency() + " · " + PriceSheetFormat.validity(s));
        pick.setWidth("24rem");
        Button assign = new Button(t("pricesheet.assign"), e -> {
            if (pick.getValue() == null) {
                return;
            }
            try {
                sheets.assign(type, id, pick.getValue().getId());
                changed.run();
            } catch (ActionRefusedException ex) {
                Notifications.refused(ex);
            }
        });
        assign.setId("assign-price-sheet-button");
        HorizontalLayout bar = new HorizontalLayout(pick, assign);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component itemGrid(PriceSheet sheet) {
        Grid<PriceSheetItem> items = new Grid<>();
        items.setId("effective-items");
        items.setAllRowsVisible(true);
        items.addColumn(PriceSheetItem::getProductCode).setHeader(t("pricesheet.product-code"));
        items.addColumn(PriceSheetItem::getDescription)
                .setHeader(t("pricesheet.description"))
                .setFlexGrow(2);
        items.addColumn(i -> Formats.money(i.getUnitPrice(), sheet.getCurrency()))
                .setHeader(t("pricesheet.unit-price"));
        items.setItems(sheets.items(sheet.getId()));
        return items;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
