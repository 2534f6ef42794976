package io.clientele.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;

/** A "Columns" button whose menu shows or hides grid columns; keeps at least one visible. */
final class ColumnChooser {
    private ColumnChooser() {
    }

    static <T> Button create(Grid<T> grid, Map<Grid.Column<T>, String> columns, Runnable changed) {
        Button button = new Button(grid.getTranslation("list.columns"), VaadinIcon.GRID_SMALL_O.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("column-chooser");
        ContextMenu menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        // The URL or a remembered choice may have changed the columns since the menu was built.
        menu.addOpenedChangeListener(e -> menu.getItems().forEach(item ->
                columns.entrySet().stream().filter(c -> c.getValue().equals(item.getText())).findFirst()
                        .ifPresent(c -> item.setChecked(c.getKey().isVisible()))));
        columns.forEach((column, label) -> {
            MenuItem item = menu.addItem(label);
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setKeepOpen(true);
            item.addClickListener(e -> {
                boolean anyOtherVisible = grid.getColumns().stream().anyMatch(c -> c != column && c.isVisible());
                if (!item.isChecked() && !anyOtherVisible) {
                    item.setChecked(true);
                    return;
                }
                column.setVisible(item.isChecked());
                changed.run();
            });
        });
        return button;
    }
}
