package io.clientele.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Function;

/**
 * The ⋮ column of the list pattern: one action list per row feeds both the frozen ⋮ menu and the
 * right-click menu. Views decide the actions from the user's roles and the row's state; services check again.
 */
public final class RowActions {
    /**
     * {@code key} names the action where it becomes a button (a detail page's header, an icon column); {@code icon}
     * is how an icon column shows it.
     */
    public record Action(String caption, Runnable run, String key, VaadinIcon icon) {
        public Action(String caption, Runnable run, String key) {
            this(caption, run, key, null);
        }

        public Action(String caption, Runnable run) {
            this(caption, run, null, null);
        }
    }

    /** The ⋮ column's key: it never opens the row and is not a column the user shows or hides. */
    public static final String KEY = "actions";

    private RowActions() {}

    /**
     * Adds the frozen actions column and the context menu; {@code label} names the row for screen readers. The ⋮
     * button is drawn by the browser and opens the grid's one context menu at itself, so a page of rows holds no
     * menu components of its own (a menu bar per row cost more server memory than the rest of the row).
     */
    public static <T> Grid.Column<T> addTo(Grid<T> grid, Function<T, List<Action>> actions, Function<T, String> label) {
        contextMenu(grid, actions);
        return grid.addColumn(LitRenderer.<T>of(
                                "<vaadin-button class='row-actions' theme='tertiary-inline icon' aria-label=${item.label}"
                                        + " aria-haspopup='menu' ?hidden=${!item.label}"
                                        // Enter on ⋮ opens its menu (the button's own click), not the row (the grid's
                                        // Enter).
                                        + " @keydown=${e => { if (e.key === 'Enter') e.stopPropagation(); }} @click=${e => {"
                                        + " const b = e.currentTarget.getBoundingClientRect();"
                                        + " e.currentTarget.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true,"
                                        + " composed: true, clientX: b.left, clientY: b.bottom})); }}>"
                                        + "<vaadin-icon icon='vaadin:ellipsis-dots-v'></vaadin-icon></vaadin-button>")
                        // A row with nothing to do (say, a cancelled booking) shows no ⋮ rather than an empty menu.
                        .withProperty("label", row -> actions.apply(row).isEmpty() ? "" : label.apply(row)))
                .setKey(KEY)
                .setHeader("")
                .setWidth("3rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true)
                .setSortable(false);
    }

    /**
     * The icon variant for lists whose users expect every action in sight (White label → App users): one small
     * button per action, named by its caption for screen readers and tooltips, in the given order. The right-click
     * menu offers the same actions.
     */
    public static <T> Grid.Column<T> addIconsTo(Grid<T> grid, Function<T, List<Action>> actions, String width) {
        contextMenu(grid, actions);
        return grid.addComponentColumn(row -> {
                    com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div();
                    cell.addClassName("row-icons");
                    for (Action a : actions.apply(row)) {
                        com.vaadin.flow.component.button.Button b = new com.vaadin.flow.component.button.Button(
                                a.icon() == null
                                        ? VaadinIcon.ELLIPSIS_DOTS_V.create()
                                        : a.icon().create(),
                                e -> a.run().run());
                        b.addThemeVariants(
                                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE,
                                com.vaadin.flow.component.button.ButtonVariant.LUMO_ICON);
                        b.setAriaLabel(a.caption());
                        b.setTooltipText(a.caption());
                        b.addClassName("row-icon-" + a.key());
                        cell.add(b);
                    }
                    return cell;
                })
                .setKey(KEY)
                .setHeader("")
                .setWidth(width)
                .setFlexGrow(0)
                .setFrozenToEnd(true)
                .setSortable(false);
    }

    /** The row menu of a grid with an actions column (the ⋮ button and a right click open it). */
    @SuppressWarnings("unchecked")
    public static <T> GridContextMenu<T> menuOf(Grid<T> grid) {
        return (GridContextMenu<T>) ComponentUtil.getData(grid, GridContextMenu.class);
    }

    private static <T> void contextMenu(Grid<T> grid, Function<T, List<Action>> actions) {
        GridContextMenu<T> rightClick = grid.addContextMenu();
        ComponentUtil.setData(grid, GridContextMenu.class, rightClick);
        rightClick.setDynamicContentHandler(row -> {
            rightClick.removeAll();
            if (row == null) {
                return false;
            }
            List<Action> own = actions.apply(row);
            own.forEach(a -> rightClick.addItem(a.caption(), e -> a.run().run()));
            return !own.isEmpty();
        });
    }
}
