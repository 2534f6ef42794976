package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.function.Function;

/** Factories for header-row and toolbar filters so every list looks and reacts the same. */
public final class Filters {
    public static final int DEBOUNCE_MS = 300;

    private Filters() {}

    public static TextField text(String placeholder) {
        TextField field = new TextField();
        field.setPlaceholder(placeholder);
        field.setAriaLabel(placeholder);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(DEBOUNCE_MS);
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        field.setWidthFull();
        return field;
    }

    public static TextField search(String placeholder) {
        TextField field = text(placeholder);
        field.removeThemeVariants(TextFieldVariant.LUMO_SMALL);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setWidth("18em");
        return field;
    }

    @SafeVarargs
    public static <E> MultiSelectComboBox<E> multi(String placeholder, Function<E, String> label, E... items) {
        MultiSelectComboBox<E> box = new MultiSelectComboBox<>();
        box.setItems(Arrays.asList(items));
        box.setItemLabelGenerator(label::apply);
        box.setPlaceholder(placeholder);
        box.setAriaLabel(placeholder);
        box.setClearButtonVisible(true);
        box.addThemeName("small");
        box.setWidthFull();
        return box;
    }

    /** One value or none: {@code any} names the empty choice, which filters nothing. */
    @SafeVarargs
    public static <E> Select<E> single(String any, Function<E, String> label, E... items) {
        Select<E> select = new Select<>();
        select.setItems(Arrays.asList(items));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(e -> e == null ? any : label.apply(e));
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.setWidthFull();
        return select;
    }

    /**
     * Puts {@code filter} in its column's header, under the column's title. One header row: a second row of filters
     * would wrap every column of the grid in a column group, a server component with four listeners per column.
     * The sorter around the header leaves a click alone while the filter has focus.
     */
    public static void inHeader(Grid.Column<?> column, Component filter) {
        Div header = new Div();
        header.addClassName("header-filter");
        // The title as text, first: the sorter around the header is named by it, not by the filter's value.
        header.getElement().appendChild(new com.vaadin.flow.dom.Element("span").setText(column.getHeaderText()));
        header.add(filter);
        column.setHeader(header);
    }
}
