package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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

    private RowActions() {
    }

    /** Adds the frozen actions column and the context menu; {@code label} names the row for screen readers. */
    public static <T> Grid.Column<T> addTo(Grid<T> grid, Function<T, List<Action>> actions, Function<T, String> label) {
        contextMenu(grid, actions);
        // Narrower than 4.5rem and MenuBar folds the ⋮ button into its overflow button.
        return grid.addComponentColumn(row -> cell(actions.apply(row), label.apply(row))).setKey(KEY)
                .setHeader("").setWidth("4.5rem").setFlexGrow(0).setFrozenToEnd(true).setSortable(false);
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
                        a.icon() == null ? VaadinIcon.ELLIPSIS_DOTS_V.create() : a.icon().create(), e -> a.run().run());
                b.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE,
                        com.vaadin.flow.component.button.ButtonVariant.LUMO_ICON);
                b.setAriaLabel(a.caption());
                b.setTooltipText(a.caption());
                b.addClassName("row-icon-" + a.key());
                cell.add(b);
            }
            return cell;
        }).setKey(KEY).setHeader("").setWidth(width).setFlexGrow(0).setFrozenToEnd(true).setSortable(false);
    }

    private static <T> void contextMenu(Grid<T> grid, Function<T, List<Action>> actions) {
        GridContextMenu<T> rightClick = grid.addContextMenu();
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

    /** A row with nothing to do (say, a cancelled booking) shows no ⋮ rather than an empty menu. */
    private static Component cell(List<Action> actions, String label) {
        if (actions.isEmpty()) {
            return new com.vaadin.flow.component.html.Span();
        }
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        bar.addClassName("row-actions");
        MenuItem more = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(label);
        actions.forEach(a -> more.getSubMenu().addItem(a.caption(), e -> a.run().run()));
        return bar;
    }
}
