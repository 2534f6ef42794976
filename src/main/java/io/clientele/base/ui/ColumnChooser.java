package io.clientele.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;

/**
 * A "Columns" button whose menu shows or hides grid columns; keeps at least one visible. The menu's items are made
 * when it first opens ({@link MenuButton}), so a list nobody rearranges holds none of them.
 */
final class ColumnChooser<T> {
    private final Grid<T> grid;
    private final Map<Grid.Column<T>, String> columns;
    private final Runnable changed;

    private ColumnChooser(Grid<T> grid, Map<Grid.Column<T>, String> columns, Runnable changed) {
        this.grid = grid;
        this.columns = columns;
        this.changed = changed;
    }

    static <T> Button create(Grid<T> grid, Map<Grid.Column<T>, String> columns, Runnable changed) {
        Button button = new Button(grid.getTranslation("list.columns"), VaadinIcon.GRID_SMALL_O.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("column-chooser");
        return MenuButton.attach(button, new ColumnChooser<>(grid, columns, changed)::fill);
    }

    /** Makes the items on the first opening; later ones tick what the URL or a remembered choice has changed since. */
    private void fill(ContextMenu menu) {
        if (menu.getItems().isEmpty()) {
            columns.forEach((column, label) -> {
                MenuItem item = menu.addItem(label);
                item.setCheckable(true);
                item.setKeepOpen(true);
                item.addClickListener(e -> toggle(item, column));
            });
        }
        menu.getItems().forEach(item -> columns.entrySet().stream().filter(c -> c.getValue().equals(item.getText()))
                .findFirst().ifPresent(c -> item.setChecked(c.getKey().isVisible())));
    }

    private void toggle(MenuItem item, Grid.Column<T> column) {
        boolean anyOtherVisible = grid.getColumns().stream().anyMatch(c -> c != column && c.isVisible());
        if (!item.isChecked() && !anyOtherVisible) {
            item.setChecked(true);
            return;
        }
        column.setVisible(item.isChecked());
        changed.run();
    }
}
