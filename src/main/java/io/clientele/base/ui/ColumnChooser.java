package io.clientele.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;
import java.util.function.Function;

/**
 * A "Columns" button whose menu shows or hides grid columns; keeps at least one visible. The menu's items are made
 * when it first opens ({@link MenuButton}), so a list nobody rearranges holds none of them; a column the list makes
 * only when shown ({@link PagedGrid#addHiddenColumn}) is made when ticked.
 */
final class ColumnChooser<T> {
    private final Grid<T> grid;
    /** Label by column key, in the menu's order. */
    private final Map<String, String> columns;

    private final Function<String, Grid.Column<T>> column;
    private final Runnable changed;

    private ColumnChooser(
            Grid<T> grid, Map<String, String> columns, Function<String, Grid.Column<T>> column, Runnable changed) {
        this.grid = grid;
        this.columns = columns;
        this.column = column;
        this.changed = changed;
    }

    static <T> Button create(
            Grid<T> grid, Map<String, String> columns, Function<String, Grid.Column<T>> column, Runnable changed) {
        Button button = new Button(grid.getTranslation("list.columns"), VaadinIcon.GRID_SMALL_O.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("column-chooser");
        return MenuButton.attach(button, new ColumnChooser<>(grid, columns, column, changed)::fill);
    }

    /** Makes the items on the first opening; later ones tick what the URL or a remembered choice has changed since. */
    private void fill(ContextMenu menu) {
        if (menu.getItems().isEmpty()) {
            columns.forEach((key, label) -> {
                MenuItem item = menu.addItem(label);
                item.setCheckable(true);
                item.setKeepOpen(true);
                item.addClickListener(e -> toggle(item, key));
            });
        }
        menu.getItems()
                .forEach(item -> columns.entrySet().stream()
                        .filter(c -> c.getValue().equals(item.getText()))
                        .findFirst()
                        .ifPresent(c -> {
                            Grid.Column<T> shown = grid.getColumnByKey(c.getKey());
                            item.setChecked(shown != null && shown.isVisible());
                        }));
    }

    private void toggle(MenuItem item, String key) {
        boolean anyOtherVisible = grid.getColumns().stream().anyMatch(c -> !key.equals(c.getKey()) && c.isVisible());
        if (!item.isChecked() && !anyOtherVisible) {
            item.setChecked(true);
            return;
        }
        column.apply(key).setVisible(item.isChecked());
        changed.run();
    }
}
