package io.clientele.importing.ui;

import com.vaadin.flow.component.UI;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.Notifications;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.importing.ImportHistory;
import io.clientele.importing.ImportRun;
import java.util.function.Consumer;

/**
 * "Undo import", the same from the import page and the history list: a question that says what will happen, then
 * the undo as a job whose progress and end the caller shows, and a notification of what it did.
 */
final class ImportUndo {
    private ImportUndo() {}

    static void ask(
            ImportHistory history,
            ImportHistory.Entry entry,
            Consumer<BulkJobService.Progress> progress,
            Runnable ended) {
        UI ui = UI.getCurrent();
        ImportRun.Outcome o = entry.outcome();
        Confirm.dangerous(
                ui.getTranslation("import.undo-title", entry.fileName()),
                ui.getTranslation("import.undo-text", o.created(), o.updated()),
                ui.getTranslation("import.undo"),
                () -> {
                    try {
                        history.undo(
                                entry.id(),
                                p -> ui.access(() -> {
                                    progress.accept(p);
                                    if (p.finished()) {
                                        done(ui, p);
                                        ended.run();
                                    }
                                }));
                    } catch (ActionRefusedException e) {
                        Notifications.refused(e);
                    }
                });
    }

    private static void done(UI ui, BulkJobService.Progress p) {
        if (p.status() != BulkJob.Status.DONE) {
            Notifications.error(ui.getTranslation("import.undo-ended." + p.status(), p.done(), p.total()));
            return;
        }
        ImportHistory.Undone u = ImportHistory.Undone.of(p.detail());
        Notifications.success(ui.getTranslation("import.undone", u.trashed(), u.restored(), u.kept()));
    }
}
