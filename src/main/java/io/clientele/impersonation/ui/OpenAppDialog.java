package io.clientele.impersonation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Notifications;
import io.clientele.impersonation.ImpersonationService;
import io.clientele.impersonation.SupportSession;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import java.util.Map;

/**
 * The green icon: why (required), ticket, how long (15 min, at most 60) and read-only or full access (OWNER and
 * ADMIN only). Open starts the session in a new tab; this console tab stays the staff member's.
 */
public class OpenAppDialog extends Dialog {
    final TextArea reason = new TextArea(getTranslation("support.reason"));
    final TextField ticket = new TextField(getTranslation("support.ticket"));
    final IntegerField minutes = new IntegerField(getTranslation("support.minutes"));
    final RadioButtonGroup<SupportSession.Mode> mode = new RadioButtonGroup<>(getTranslation("support.mode"));
    final Button open = new Button(getTranslation("support.open"));

    public OpenAppDialog(ImpersonationService impersonation, long customerId, String name) {
        setId("open-app-dialog");
        setHeaderTitle(getTranslation("support.open-as", name));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setId("support-reason");
        reason.setWidthFull();
        ticket.setMaxLength(100);
        ticket.setId("support-ticket");
        minutes.setValue(ImpersonationService.DEFAULT_MINUTES);
        minutes.setMin(1);
        minutes.setMax(ImpersonationService.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText(getTranslation("support.minutes-help", ImpersonationService.MAX_MINUTES));
        minutes.setId("support-minutes");
        mode.setItems(SupportSession.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("support.mode." + m));
        mode.setValue(SupportSession.Mode.READ_ONLY);
        boolean mayWrite = CurrentUser.require().has(Role.ADMIN);
        mode.setItemEnabledProvider(m -> m == SupportSession.Mode.READ_ONLY || mayWrite);
        mode.setHelperText(getTranslation(mayWrite ? "support.mode-help" : "support.mode-help-support"));
        mode.setId("support-mode");
        FormLayout form = new FormLayout(reason, ticket, minutes, mode);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("26rem");
        add(new Paragraph(getTranslation("support.intro")), form);
        String refused = impersonation.refusal(customerId);
        if (refused != null) {
            Paragraph why = new Paragraph(getTranslation(refused));
            why.setId("support-refused");
            why.addClassName("error-text");
            add(why);
            open.setEnabled(false);
        }
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        open.setId("support-open");
        open.addClickListener(e -> {
            try {
                String token = impersonation.request(
                        customerId,
                        reason.getValue(),
                        ticket.getValue(),
                        minutes.getValue() == null ? 0 : minutes.getValue(),
                        mode.getValue());
                getUI().ifPresent(ui -> ui.getPage()
                        .open(
                                com.vaadin.flow.server.VaadinService.getCurrentRequest()
                                                .getContextPath() + "/support/enter?token=" + token,
                                "_blank"));
                opened();
            } catch (FieldValidationException ex) {
                FieldMessages.show(ex, Map.of("reason", reason, "ticket", ticket, "minutes", minutes), reason);
            } catch (ActionRefusedException ex) {
                Notifications.refused(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), open);
    }

    /** Says where the session runs, in case the browser opened the tab in the background. */
    private void opened() {
        removeAll();
        getFooter().removeAll();
        Paragraph text = new Paragraph(getTranslation("support.opened"));
        text.setId("support-opened");
        add(text);
        Button back = new Button(getTranslation("action.close"), e -> close());
        back.setId("support-opened-close");
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(back);
        back.focus();
    }
}
