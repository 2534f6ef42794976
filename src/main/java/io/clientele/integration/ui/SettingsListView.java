package io.clientele.integration.ui;

import com.vaadin.flow.component.Component;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.ListView;
import io.clientele.base.ui.PagedGrid;

/** A Settings page around a panel that a business customer's tab shows too: title, the panel, its list in the URL. */
abstract class SettingsListView extends ListView {
    SettingsListView(String route, String titleKey, String emptyKey, Component panel, PagedGrid<?> paged) {
        super(titleKey);
        addClassName("list-view");
        setSizeFull();
        state = new ListState(route, paged, paged::refresh).emptyText(emptyKey);
        add(ListPage.toolbar(getTranslation(titleKey)), panel);
        setFlexGrow(1, panel);
    }
}
