package io.clientele.savedview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.MenuButton;
import io.clientele.base.ui.Notifications;
import io.clientele.savedview.SavedView;
import io.clientele.savedview.SavedViewService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The list pattern's "Views" menu: the user's own and the tenant's shared views of this list (★ marks the default),
 * each with Open, Make my default and Delete; "Save current view…" names the list as it is now. The items are read
 * and made each time the menu opens ({@link MenuButton}).
 */
class SavedViewsMenu extends Button {
    private final SavedViewService views;
    private final String path;
    private final Supplier<QueryParameters> current;

    SavedViewsMenu(SavedViewService views, String path, Supplier<QueryParameters> current) {
        this.views = views;
        this.path = path;
        this.current = current;
        setId("saved-views");
        setText(getTranslation("view.menu"));
        setIcon(VaadinIcon.BOOKMARK_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        MenuButton.attach(this, this::fill);
    }

    private void fill(ContextMenu menu) {
        menu.removeAll();
        Optional<Long> preferred = views.defaultView(path).map(SavedView::getId);
        CurrentUser me = CurrentUser.require();
        List<SavedView> saved = views.views(path);
        for (SavedView v : saved) {
            boolean isDefault = preferred.filter(v.getId()::equals).isPresent();
            MenuItem item = menu.addItem(v.getName()
                    + (v.isShared() ? " · " + getTranslation("view.shared") : "")
                    + (isDefault ? " ★" : ""));
            item.setId("view-" + v.getId());
            SubMenu actions = item.getSubMenu();
            actions.addItem(getTranslation("action.open"), e -> open(v));
            actions.addItem(
                    getTranslation(isDefault ? "view.unset-default" : "view.set-default"),
                    e -> views.setDefault(path, isDefault ? null : v.getId()));
            if (v.getOwnerId() == me.userId() || (v.isShared() && me.has(Role.ADMIN))) {
                actions.addItem(getTranslation("action.delete"), e -> {
                    views.delete(v.getId());
                    Notifications.success(getTranslation("view.deleted", v.getName()));
                });
            }
        }
        if (!saved.isEmpty()) {
            menu.addSeparator();
        }
        menu.addItem(getTranslation("view.save"), e -> saveDialog()).setId("save-view");
    }

    private void open(SavedView v) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(v.getQuery()));
    }

    private void saveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("view.save-title"));
        dialog.setId("save-view-dialog");
        TextField name = new TextField(getTranslation("view.name"));
        name.setId("view-name");
        name.setMaxLength(100);
        name.setWidthFull();
        Checkbox shared = new Checkbox(getTranslation("view.share"));
        shared.setId("view-shared");
        shared.setVisible(CurrentUser.require().has(Role.ADMIN));
        Checkbox makeDefault = new Checkbox(getTranslation("view.make-default"));
        makeDefault.setId("view-default");
        dialog.add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(name, shared, makeDefault));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                SavedView v = views.save(path, name.getValue(), current.get().getQueryString(), shared.getValue());
                if (makeDefault.getValue()) {
                    views.setDefault(path, v.getId());
                }
                Notifications.success(getTranslation("view.saved", v.getName()));
                dialog.close();
            } catch (FieldValidationException ex) {
                name.setErrorMessage(getTranslation(ex.getMessage(), ex.args()));
                name.setInvalid(true);
            } catch (ActionRefusedException ex) {
                Notifications.refused(ex);
            }
        });
        save.setId("confirm-save-view");
        save.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.addOpenedChangeListener(e -> name.focus());
        dialog.open();
    }
}
