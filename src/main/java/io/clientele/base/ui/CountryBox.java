package io.clientele.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import io.clientele.base.Countries;
import java.util.Comparator;
import java.util.Locale;

/** A country picker over the ISO codes, named and sorted in the UI's language: "Norway (NO)". */
public final class CountryBox {
    private CountryBox() {}

    public static ComboBox<String> create(String label) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems(Countries.CODES.stream()
                .sorted(Comparator.comparing(CountryBox::name))
                .toList());
        box.setItemLabelGenerator(c -> name(c) + " (" + c + ")");
        return box;
    }

    /** The country's name in the UI's language. */
    public static String name(String code) {
        return Locale.of("", code).getDisplayCountry(Formats.locale());
    }
}
