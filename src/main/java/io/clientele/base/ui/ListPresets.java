package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a list offers beside its filters to keep its state and come back to it (saved views). The kit asks for it by
 * this interface; the feature that stores such states implements it as a Spring bean.
 */
public interface ListPresets {
    /** The control for the list at {@code path}, whose state now is {@code current}. */
    Component menu(String path, Supplier<QueryParameters> current);

    /** The query the user chose to open the list at {@code path} with, if any. */
    Optional<String> defaultQuery(String path);
}
