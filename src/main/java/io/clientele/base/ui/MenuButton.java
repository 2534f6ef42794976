package io.clientele.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A button's drop-down menu whose items {@code fill} makes each time it opens: the browser asks the server before
 * every opening, so a view whose menu nobody opens holds none of its items and an opened menu shows the current
 * state. {@link #of} finds a button's menu (for tests and callers that open it themselves).
 */
public final class MenuButton extends ContextMenu {
    private final Consumer<ContextMenu> fill;

    private MenuButton(Button button, Consumer<ContextMenu> fill) {
        super(button);
        this.fill = fill;
        setOpenOnClick(true);
        // An opening the server makes itself does not ask first.
        addOpenedChangeListener(e -> {
            if (e.isOpened() && !e.isFromClient()) {
                fill.accept(this);
            }
        });
    }

    /** Gives {@code button} a menu made by {@code fill}; returns the button. */
    public static Button attach(Button button, Consumer<ContextMenu> fill) {
        ComponentUtil.setData(button, ContextMenu.class, new MenuButton(button, fill));
        return button;
    }

    public static ContextMenu of(Button button) {
        return ComponentUtil.getData(button, ContextMenu.class);
    }

    @Override
    protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
        fill.accept(this);
        return super.onBeforeOpenMenu(eventDetail);
    }
}
