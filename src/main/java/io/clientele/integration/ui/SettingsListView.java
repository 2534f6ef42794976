package io.clientele.integration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.clientele.base.ui.ListPage;
import io.clientele.base.ui.ListState;
import io.clientele.base.ui.PagedGrid;

/** A Settings page around a panel that a business customer's tab shows too: title, the panel, its list in the URL. */
abstract class SettingsListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final String titleKey;
    private final ListState state;

    SettingsListView(String route, String titleKey, String emptyKey, Component panel, PagedGrid<?> paged) {
        this.titleKey = titleKey;
        addClassName("list-view");
        setSizeFull();
        state = new ListState(route, paged, paged::refresh).emptyText(emptyKey);
        add(ListPage.toolbar(getTranslation(titleKey)), panel);
        setFlexGrow(1, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state.apply(event.getLocation());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · Clientele";
    }
}
