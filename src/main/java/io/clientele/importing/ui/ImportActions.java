package io.clientele.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.Notifications;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.importing.ImportField;
import io.clientele.importing.ImportHistory;
import io.clientele.importing.ImportRun;
import java.util.function.Consumer;

/**
 * What the import page and the history list both offer on an import that ended: its failed rows to download, and
 * "Undo import" — a question that says what will happen, then the undo as a job whose progress and end the caller
 * shows, and a notification of what it did.
 */
final class ImportActions {
    private ImportActions() {}

    /** The key of a text that names the records an import brings in: customers, organizations or contacts. */
    static String key(ImportField.Records records, String key) {
        return switch (records) {
            case CUSTOMERS -> key;
            case ORGANIZATIONS -> key + ".org";
            case CONTACTS -> key + ".contact";
        };
    }

    /** The failed rows as CSV (the file's columns and Errors), named after the file. */
    static Anchor report(ImportHistory history, ImportHistory.Entry entry, String id) {
        Anchor download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(ImportHistory.reportName(entry.fileName()));
                    event.setContentType("text/csv");
                    event.getOutputStream().write(history.report(entry.id()).orElse(new byte[0]));
                },
                UI.getCurrent().getTranslation("import.report", entry.outcome().failed()));
        download.setDownload(true);
        download.setId(id);
        return download;
    }

    static void undo(
            ImportHistory history,
            ImportHistory.Entry entry,
            Consumer<BulkJobService.Progress> progress,
            Runnable ended) {
        UI ui = UI.getCurrent();
        ImportRun.Outcome o = entry.outcome();
        Confirm.dangerous(
                ui.getTranslation("import.undo-title", entry.fileName()),
                ui.getTranslation(key(entry.records(), "import.undo-text"), o.created(), o.updated()),
                ui.getTranslation("import.undo"),
                () -> {
                    try {
                        history.undo(
                                entry.id(),
                                p -> ui.access(() -> {
                                    progress.accept(p);
                                    if (p.finished()) {
                                        done(ui, p, entry.records());
                                        ended.run();
                                    }
                                }));
                    } catch (ActionRefusedException e) {
                        Notifications.refused(e);
                    }
                });
    }

    private static void done(UI ui, BulkJobService.Progress p, ImportField.Records records) {
        if (p.status() != BulkJob.Status.DONE) {
            Notifications.error(
                    ui.getTranslation(key(records, "import.undo-ended." + p.status()), p.done(), p.total()));
            return;
        }
        ImportHistory.Undone u = ImportHistory.Undone.of(p.detail());
        Notifications.success(ui.getTranslation("import.undone", u.trashed(), u.restored(), u.kept()));
    }
}
