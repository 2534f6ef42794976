package io.clientele.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import io.clientele.base.Choice;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Photos;
import io.clientele.base.ui.ChoiceBox;
import io.clientele.base.ui.EntityForm;
import io.clientele.base.ui.Uploads;
import io.clientele.customer.Gender;
import io.clientele.directory.CompanyDirectory;
import io.clientele.directory.ContactDraft;
import java.util.Base64;
import java.util.Map;

/** New / edit contact: names, e-mail, phone, gender, company (searched on the server) and a photo. */
class ContactForm extends EntityForm<ContactDraft> {
    final TextField firstName = new TextField(getTranslation("customer.first-name"));
    final TextField middleName = new TextField(getTranslation("contact.middle-name"));
    final TextField lastName = new TextField(getTranslation("customer.last-name"));
    final EmailField email = new EmailField(getTranslation("customer.email"));
    final TextField phone = new TextField(getTranslation("customer.phone"));
    final Select<Gender> gender = new Select<>();
    final ComboBox<Choice> company;
    final Upload upload;
    final Span photoError = new Span();
    final Avatar preview = new Avatar();
    private byte[] photo;

    ContactForm(CompanyDirectory companies) {
        super(ContactDraft.class);
        setId("contact-form");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        gender.setLabel(getTranslation("contact.gender"));
        gender.setItems(Gender.values());
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(getTranslation("gender.unknown"));
        gender.setItemLabelGenerator(g -> g == null ? getTranslation("gender.unknown") : getTranslation("gender." + g));
        company = ChoiceBox.create(
                getTranslation("contact.company"), companies::companyChoices, Choice::label, Choice::detail);
        company.setId("contact-company");
        UI ui = UI.getCurrent();
        // The server refuses a body over the limit before reading it (the browser's own check can be bypassed).
        upload = new Upload(new InMemoryUploadHandler((metadata, data) -> ui.access(() -> accept(data))) {
            @Override
            public long getFileSizeMax() {
                return Photos.MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return Photos.MAX_BYTES + 64 * 1024;
            }
        });
        upload.setId("contact-photo");
        Uploads.translate(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Photos.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        // Refused in the browser: by its size when its name is of an accepted kind, else by its kind.
        upload.addFileRejectedListener(e -> showPhotoError(
                e.getFileName() != null && e.getFileName().toLowerCase().matches(".*\\.(jpe?g|png|webp)")
                        ? "photo.too-large"
                        : "photo.wrong-type"));
        photoError.addClassName("field-error");
        photoError.setId("photo-error");
        photoError.setVisible(false);
        preview.setVisible(false);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(firstName, middleName, lastName, email, phone, gender, company, preview, upload, photoError);
        bind(
                Map.of(
                        "firstName",
                        firstName,
                        "lastName",
                        lastName,
                        "email",
                        email,
                        "phone",
                        phone,
                        "company",
                        company),
                firstName);
    }

    /** The uploaded bytes are checked by content right away; the service checks again when saving. */
    void accept(byte[] data) {
        try {
            Photos.Stored stored = Photos.resize(data);
            photo = data;
            photoError.setVisible(false);
            preview.setImage("data:" + stored.contentType() + ";base64,"
                    + Base64.getEncoder().encodeToString(stored.data()));
            preview.setVisible(true);
        } catch (FieldValidationException e) {
            photo = null;
            upload.clearFileList();
            showPhotoError(e.getMessage());
        }
    }

    private void showPhotoError(String key) {
        photoError.setText(getTranslation(key));
        photoError.setVisible(true);
    }

    /** The accepted upload, or null when none was given. */
    byte[] photo() {
        return photo;
    }

    @Override
    public void show(FieldValidationException e) {
        e.all().stream()
                .filter(p -> "photo".equals(p.field()))
                .findFirst()
                .ifPresent(p -> showPhotoError(p.getMessage()));
        if (e.all().stream().anyMatch(p -> !"photo".equals(p.field()))) {
            super.show(e);
        }
    }
}
