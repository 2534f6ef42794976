package io.clientele.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.DetailPage;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.privacy.PersonalDataService;

/**
 * A customer's Privacy tab (ADMIN): what is held about them, Export personal data (the access request's ZIP), the
 * legal hold with its reason, and Erase personal data behind a typed confirmation.
 */
public class PrivacyTab extends Div {
    public PrivacyTab(PersonalDataService privacy, long customerId, Runnable changed) {
        setId("privacy-tab");
        PersonalDataService.Status status = privacy.status(customerId);

        Div held = DetailBlocks.block(
                getTranslation("privacy.held"),
                status.held().entrySet().stream()
                        .map(e -> DetailBlocks.field(
                                getTranslation("privacy.category." + e.getKey()), Formats.number(e.getValue())))
                        .toArray(com.vaadin.flow.component.Component[]::new));
        held.setId("block-held");
        Button exportButton = new Button(getTranslation("privacy.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("customer-" + customerId + "-personal-data.zip");
                    event.setContentType("application/zip");
                    privacy.export(customerId, event.getOutputStream());
                },
                "");
        export.setDownload(true);
        export.add(exportButton);
        export.setId("export-personal-data");
        held.add(new Paragraph(getTranslation("privacy.export-help")), export);

        Div hold = DetailBlocks.block(getTranslation("privacy.legal-hold"));
        hold.setId("block-legal-hold");
        if (status.legalHold()) {
            hold.add(
                    new Badge(getTranslation("privacy.on-hold"), Badge.Tone.WARNING),
                    DetailBlocks.field(getTranslation("privacy.hold-reason"), status.legalHoldReason()));
            Button release = new Button(getTranslation("privacy.release-hold"), e -> {
                privacy.setLegalHold(customerId, false, null);
                Notifications.success(getTranslation("privacy.hold-released"));
                changed.run();
            });
            release.setId("release-hold");
            hold.add(release);
        } else if (status.erasedAt() == null) {
            TextField reason = new TextField(getTranslation("privacy.hold-reason"));
            reason.setId("hold-reason");
            reason.setMaxLength(200);
            reason.setWidth("28rem");
            reason.setHelperText(getTranslation("privacy.hold-help"));
            Button set = new Button(getTranslation("privacy.set-hold"), e -> {
                try {
                    privacy.setLegalHold(customerId, true, reason.getValue());
                    Notifications.success(getTranslation("privacy.hold-set"));
                    changed.run();
                } catch (FieldValidationException ex) {
                    reason.setErrorMessage(getTranslation(ex.getMessage(), ex.args()));
                    reason.setInvalid(true);
                }
            });
            set.setId("set-hold");
            HorizontalLayout row = new HorizontalLayout(reason, set);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            hold.add(row);
        }

        Div erase = DetailBlocks.block(getTranslation("privacy.erase"));
        erase.setId("block-erase");
        if (status.erasedAt() != null) {
            erase.add(
                    new Badge(getTranslation("privacy.erased"), Badge.Tone.CONTRAST),
                    DetailBlocks.field(getTranslation("privacy.erased-at"), Formats.dateTime(status.erasedAt())));
        } else {
            Button start = new Button(
                    getTranslation("privacy.erase"),
                    VaadinIcon.ERASER.create(),
                    e -> new TypedConfirmDialog(
                                    getTranslation("privacy.erase-title"),
                                    getTranslation("privacy.erase-warning"),
                                    TypedConfirmDialog.Effect.PERMANENT,
                                    getTranslation("privacy.erase"),
                                    () -> {
                                        privacy.erase(customerId);
                                        Notifications.success(getTranslation("privacy.erased-done"));
                                        changed.run();
                                    })
                            .open());
            start.addThemeVariants(ButtonVariant.LUMO_ERROR);
            start.setId("erase-personal-data");
            erase.add(new Paragraph(getTranslation("privacy.erase-help")), start);
        }
        add(status.erasedAt() == null ? DetailPage.blocks(held, hold, erase) : DetailPage.blocks(held, erase));
    }
}
