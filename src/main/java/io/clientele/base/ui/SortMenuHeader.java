package io.clientele.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;

/** A sortable column's header with a ⋮ menu: Sort ascending / Sort descending (besides clicking the header). */
public class SortMenuHeader extends Composite<HorizontalLayout> {

    public static <T> void apply(PagedGrid<T> paged, Grid.Column<T> column, String label) {
        column.setHeader(new SortMenuHeader(paged, column.getKey(), label));
    }

    private SortMenuHeader(PagedGrid<?> paged, String key, String label) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_SMALL);
        menu.addClassName("header-menu");
        menu.setId("sort-menu-" + key);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(getTranslation("sort.menu", label));
        more.getSubMenu().addItem(getTranslation("sort.ascending"), e -> paged.sortBy(key, SortDirection.ASCENDING));
        more.getSubMenu().addItem(getTranslation("sort.descending"), e -> paged.sortBy(key, SortDirection.DESCENDING));
        // The header sits inside the grid's sorter: a click on ⋮ must not also toggle the sort.
        menu.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        HorizontalLayout root = getContent();
        root.add(new Span(label), menu);
        root.setSpacing(false);
        root.setAlignItems(FlexComponent.Alignment.CENTER);
        root.addClassName("sort-menu-header");
    }
}
