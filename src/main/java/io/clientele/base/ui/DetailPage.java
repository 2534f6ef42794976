package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one detail page pattern: a link back to the list as it was left, a header (picture, name, badges) with the
 * record's actions, and tabs. The open tab is in the URL ({@code ?tab=addresses}), so a tab can be linked to;
 * a tab's content is built when it is first opened.
 */
public class DetailPage extends VerticalLayout {
    private final HorizontalLayout header = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private final List<String> keys = new ArrayList<>();
    private final List<Runnable> builders = new ArrayList<>();
    private final String path;

    /** {@code path} is the record's own route, e.g. "customers/12"; {@code picture} may be null. */
    public DetailPage(String path, Component back, Component picture, String title, Component... badges) {
        this.path = path;
        addClassName("detail-page");
        setPadding(false);
        H2 name = new H2(title);
        name.setId("detail-title");
        if (picture != null) {
            header.add(picture);
        }
        header.add(name);
        header.add(badges);
        Div spacer = new Div();
        header.add(spacer, actions);
        header.expand(spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("detail-header");
        actions.setId("detail-actions");
        tabs.setWidthFull();
        tabs.setId("detail-tabs");
        tabs.addSelectedChangeListener(e -> {
            int index = tabs.getIndexOf(e.getSelectedTab());
            builders.get(index).run();
            if (e.isFromClient()) {
                showInUrl(index);
            }
        });
        add(back, header, tabs);
    }

    /** A line under the name (where the record is, a link to a related record). */
    public void subtitle(Component... parts) {
        HorizontalLayout line = new HorizontalLayout(parts);
        line.addClassName("detail-subtitle");
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        addComponentAtIndex(indexOf(header) + 1, line);
    }

    /** The record's actions as header buttons, the first one primary. */
    public void actions(List<RowActions.Action> offered) {
        for (RowActions.Action a : offered) {
            Button button = new Button(a.caption(), e -> a.run().run());
            button.setId("action-" + a.key());
            if (actions.getComponentCount() == 0) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
    }

    /** A tab whose content is made the first time it is shown. */
    public Tab tab(String key, String label, Supplier<Component> content) {
        Div holder = new Div();
        holder.addClassName("detail-tab");
        holder.setWidthFull();
        boolean[] built = {false};
        keys.add(key);
        builders.add(() -> {
            if (!built[0]) {
                built[0] = true;
                holder.add(content.get());
            }
        });
        Tab tab = tabs.add(label, holder);
        tab.setId("tab-" + key);
        if (keys.size() == 1) {
            builders.getFirst().run();
        }
        return tab;
    }

    /** Opens the tab the URL names; an unknown name opens the first. */
    public void select(String key) {
        int index = keys.indexOf(key);
        tabs.setSelectedIndex(Math.max(0, index));
        builders.get(Math.max(0, index)).run();
    }

    /** Opens a tab on the user's behalf (an action), so the URL names it like a click would. */
    public void open(String key) {
        select(key);
        showInUrl(tabs.getSelectedIndex());
    }

    /** What Edit does where a tab's form edits in place: open that tab and put the cursor in the form. */
    public Runnable editIn(String key, EntityForm<?> form) {
        return () -> {
            open(key);
            form.focusFirst();
        };
    }

    /** Names the tab in the URL and keeps the page's other parameters (where Back leads, for one). */
    private void showInUrl(int index) {
        UI ui = UI.getCurrent();
        Map<String, List<String>> params = new LinkedHashMap<>(
                ui.getInternals().getActiveViewLocation().getQueryParameters().getParameters());
        params.remove("tab");
        if (index > 0) {
            params.put("tab", List.of(keys.get(index)));
        }
        ui.getPage().getHistory().replaceState(null, new Location(path, new QueryParameters(params)));
    }

    public String selected() {
        return keys.get(tabs.getSelectedIndex());
    }

    /** The blocks of one tab side by side, wrapping on narrow screens. */
    public static HorizontalLayout blocks(Component... blocks) {
        HorizontalLayout row = new HorizontalLayout(blocks);
        row.setWidthFull();
        row.addClassName("detail-blocks");
        return row;
    }
}
