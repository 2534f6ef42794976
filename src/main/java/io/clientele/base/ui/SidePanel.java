package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The side-panel form of the list pattern: docked right of the grid, closes with Esc. */
public class SidePanel extends Composite<Div> {
    private final H3 title = new H3();
    private final Div body = new Div();
    private final HorizontalLayout footer = new HorizontalLayout();
    private Runnable onClose = () -> {};
    private EntityForm<?> form;

    public SidePanel() {
        Div root = getContent();
        root.addClassName("side-panel");
        root.setVisible(false);
    }

    /** Header, body and footer, made when the panel first opens: most visits to a list never open it. */
    private void build() {
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> requestClose());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("action.close"));
        HorizontalLayout header = new HorizontalLayout(title, close);
        header.addClassName("side-panel-header");
        header.setWidthFull();
        header.expand(title);
        body.addClassName("side-panel-body");
        footer.addClassName("side-panel-footer");
        getContent().add(header, body, footer);
        Shortcuts.addShortcutListener(getContent(), this::requestClose, Key.ESCAPE)
                .listenOn(getContent());
    }

    public void open(String heading, Component content, Component... actions) {
        if (getContent().getComponentCount() == 0) {
            build();
        }
        form = content instanceof EntityForm<?> f ? f : null;
        title.setText(heading);
        body.removeAll();
        body.add(content);
        footer.removeAll();
        footer.add(actions);
        getContent().setVisible(true);
    }

    /**
     * Opens {@code form} on {@code draft}. Save validates, calls {@code save} and closes; a rule the service
     * refuses lands on its field, a stale edit or refused action is explained, and the input stays.
     */
    public <D> void openForm(
            String heading,
            EntityForm<D> form,
            D draft,
            String saveText,
            String saveId,
            java.util.function.Consumer<D> save) {
        form.edit(draft);
        // Closes after saving unless the save already put something else in the panel.
        open(
                heading,
                form,
                form.saveButton(saveText, saveId, draft, save, () -> {
                    if (form.getParent().isPresent()) close();
                }),
                new Button(getTranslation("action.cancel"), e -> requestClose()));
    }

    /** Esc, ✕ and Cancel: closes, after asking when the form holds unsaved input. */
    public void requestClose() {
        if (form != null && form.hasChanges()) {
            UnsavedChanges.confirm(this::close);
        } else {
            close();
        }
    }

    public void close() {
        getContent().setVisible(false);
        onClose.run();
    }

    public boolean isOpen() {
        return getContent().isVisible();
    }

    public void onClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public static Button primary(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }
}
