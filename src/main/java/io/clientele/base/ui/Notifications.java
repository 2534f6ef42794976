package io.clientele.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

public final class Notifications {
    private Notifications() {}

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The service refused the action for the record's state; say why. */
    public static void refused(io.clientele.base.ActionRefusedException e) {
        error(com.vaadin.flow.component.UI.getCurrent().getTranslation(e.getMessage(), e.args()));
    }

    /** A success with an Undo button, open for ten seconds. */
    public static void withUndo(String text, String undoCaption, Runnable undo) {
        Notification n = new Notification();
        n.setDuration(10_000);
        n.setPosition(Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        com.vaadin.flow.component.button.Button button = new com.vaadin.flow.component.button.Button(undoCaption, e -> {
            n.close();
            undo.run();
        });
        button.setId("undo");
        button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        com.vaadin.flow.component.orderedlayout.HorizontalLayout content =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
                        new com.vaadin.flow.component.html.Span(text), button);
        content.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
