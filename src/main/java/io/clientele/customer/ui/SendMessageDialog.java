package io.clientele.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.CustomerMessaging;
import io.clientele.customer.CustomerSelection;
import io.clientele.messaging.MessageService;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Send message to one customer or a selection: subject and body with placeholders, a preview as the first
 * recipient gets it, and a note on how many have no e-mail address and will be skipped.
 */
class SendMessageDialog extends Dialog {
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Div preview = new Div();
    final Button send = new Button();

    SendMessageDialog(
            CustomerMessaging messaging, CustomerSelection selection, long count, Consumer<SendMessageDialog> onSend) {
        setHeaderTitle(getTranslation("message.title", count));
        setWidth("40rem");
        subject.setLabel(getTranslation("message.subject"));
        subject.setId("message-subject");
        subject.setWidthFull();
        subject.setMaxLength(200);
        subject.setRequiredIndicatorVisible(true);
        body.setLabel(getTranslation("message.body"));
        body.setId("message-body");
        body.setWidthFull();
        body.setMinHeight("10rem");
        body.setRequiredIndicatorVisible(true);
        body.setHelperText(getTranslation(
                "message.placeholders",
                MessageService.PLACEHOLDERS.stream().map(p -> "{" + p + "}").collect(Collectors.joining(" "))));
        preview.setId("message-preview");
        preview.addClassName("message-preview");
        Button showPreview = new Button(
                getTranslation("message.preview"),
                e -> messaging
                        .preview(selection, subject.getValue(), body.getValue())
                        .ifPresent(p -> {
                            preview.removeAll();
                            preview.add(
                                    new Paragraph(getTranslation("message.preview-to", p.to())),
                                    new Paragraph(new Span(p.subject())),
                                    new Paragraph(p.body()));
                        }));
        showPreview.setId("message-show-preview");
        long withoutEmail = messaging.countWithoutEmail(selection);
        VerticalLayout content = new VerticalLayout(subject, body, showPreview, preview);
        if (withoutEmail > 0) {
            Paragraph skipped = new Paragraph(getTranslation("message.skipped-note", withoutEmail));
            skipped.setId("message-skipped-note");
            content.add(skipped);
        }
        content.setPadding(false);
        add(content);
        send.setText(getTranslation("message.send"));
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            subject.setInvalid(false);
            body.setInvalid(false);
            try {
                onSend.accept(this);
                close();
            } catch (FieldValidationException ex) {
                ex.all().forEach(f -> {
                    var field = "subject".equals(f.field()) ? subject : body;
                    field.setErrorMessage(getTranslation(f.getMessage(), f.args()));
                    field.setInvalid(true);
                });
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
