package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A record's one page: the id comes from the route, the open tab from {@code ?tab=}. A missing record (or
 * another tenant's, which looks the same) shows "not found"; leaving with unsaved profile input asks first.
 */
public abstract class RecordView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
    protected long id;
    private String tab = "";
    private String title = "";
    private DetailPage page;
    private EntityForm<?> form;

    protected RecordView() {
        addClassName("detail-view");
    }

    /** The page of record {@link #id}, or null when there is none to show. */
    protected abstract DetailPage build();

    /** The back link when the record is missing. */
    protected abstract Component back();

    /** A side panel beside the page, for records edited in a form of their list; null when there is none. */
    protected SidePanel sidePanel() {
        return null;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        tab = ListState.first(event.getLocation().getQueryParameters().getParameters(), "tab");
        render();
    }

    /** Shows the record again (after a change), on the same tab. */
    protected void render() {
        if (page != null) {
            tab = page.selected();
        }
        removeAll();
        form = null;
        page = build();
        if (page == null) {
            add(back());
            title = DetailBlocks.notFound(this);
            return;
        }
        SidePanel panel = sidePanel();
        if (panel == null) {
            add(page);
        } else {
            panel.close();
            HorizontalLayout body = new HorizontalLayout(page, panel);
            body.setWidthFull();
            body.setFlexGrow(1, page);
            add(body);
        }
        page.select(tab);
    }

    /** The page's title (also the browser tab's). */
    protected void title(String title) {
        this.title = title;
    }

    /** The form whose unsaved input must not be lost by leaving. */
    protected <F extends EntityForm<?>> F guard(F form) {
        this.form = form;
        return form;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form != null && form.hasChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            // Staying must close the postponed navigation, or the client router keeps it pending (and the URL stale).
            UnsavedChanges.confirm(action::proceed, action::cancel);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Clientele";
    }
}
