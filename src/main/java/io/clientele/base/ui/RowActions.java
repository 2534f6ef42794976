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
    /** {@code key} names the action where it becomes a button (for example on a detail page's header). */
    public record Action(String caption, Runnable run, String key) {
        public Action(String caption, Runnable run) {
            this(caption, run, null);
        }
    }

    /** The ⋮ column's key: it never opens the row and is not a column the user shows or hides. */
    public static final String KEY = "actions";

    private RowActions() {
    }

    /** Adds the frozen actions column and the context menu; {@code label} names the row for screen readers. */
    public static <T> Grid.Column<T> addTo(Grid<T> grid, Function<T, List<Action>> actions, Function<T, String> label) {
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
        // Narrower than 4.5rem and MenuBar folds the ⋮ button into its overflow button.
        return grid.addComponentColumn(row -> cell(actions.apply(row), label.apply(row))).setKey(KEY)
                .setHeader("").setWidth("4.5rem").setFlexGrow(0).setFrozenToEnd(true).setSortable(false);
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
