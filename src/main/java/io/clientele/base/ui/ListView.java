package io.clientele.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A list page of the kit: on entering, its filters, sort and page are read from the address ({@link ListState});
 * its title is its menu entry's. A subclass sets {@link #state} in its constructor.
 */
public abstract class ListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final String titleKey;
    protected ListState state;

    protected ListView(String titleKey) {
        this.titleKey = titleKey;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state.apply(event.getLocation());
    }

    /** The list's name, as its menu entry and toolbar say it. */
    protected String title() {
        return getTranslation(titleKey);
    }

    @Override
    public String getPageTitle() {
        return title() + " · Clientele";
    }
}
