package io.clientele.savedview.ui;

import com.vaadin.flow.router.QueryParameters;
import io.clientele.base.ui.ListPresets;
import io.clientele.savedview.SavedView;
import io.clientele.savedview.SavedViewService;
import java.util.Optional;
import java.util.function.Supplier;

/** Every list of the kit gets the "Views" menu of saved views. */
@org.springframework.stereotype.Component
class SavedViewPresets implements ListPresets {
    private final SavedViewService views;

    SavedViewPresets(SavedViewService views) {
        this.views = views;
    }

    @Override
    public com.vaadin.flow.component.Component menu(String path, Supplier<QueryParameters> current) {
        return new SavedViewsMenu(views, path, current);
    }

    @Override
    public Optional<String> defaultQuery(String path) {
        return views.defaultView(path).map(SavedView::getQuery);
    }
}
