package io.clientele.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** An upload's own texts (its button, drop zone, progress and errors) in the reader's language, not Vaadin's English. */
public final class Uploads {
    private Uploads() {}

    public static void translate(Upload upload) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(upload, "upload.connecting"))
                        .setStalled(t(upload, "upload.stalled"))
                        .setProcessing(t(upload, "upload.processing"))
                        .setHeld(t(upload, "upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(upload, "upload.remaining"))
                        .setUnknown(t(upload, "upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(upload, "upload.server-unavailable"))
                        .setUnexpectedServerError(t(upload, "upload.server-error"))
                        .setForbidden(t(upload, "upload.forbidden"))
                        .setFileTooLarge(t(upload, "upload.too-large")));
        UploadI18N i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(t(upload, "upload.drop-one"))
                        .setMany(t(upload, "upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(t(upload, "upload.add-one"))
                        .setMany(t(upload, "upload.add-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t(upload, "upload.too-many"))
                        .setFileIsTooBig(t(upload, "upload.too-large"))
                        .setIncorrectFileType(t(upload, "upload.wrong-type")))
                .setFile(new UploadI18N.File()
                        .setRetry(t(upload, "upload.retry"))
                        .setStart(t(upload, "upload.start"))
                        .setRemove(t(upload, "upload.remove")))
                .setUploading(uploading)
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
