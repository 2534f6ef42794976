package io.clientele.customer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import io.clientele.base.ui.BulkBar;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.TypedConfirmDialog;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.bulk.ExportFormat;
import io.clientele.customer.CustomerBulkService;
import io.clientele.customer.CustomerExport;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerMessaging;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerSelection;
import io.clientele.customer.GroupService;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;

/**
 * The Customers list's bulk bar: Send message (SUPPORT), Assign to groups, Block, Unblock, Delete with Undo and
 * Download in five formats (ADMIN). Each runs as a background job whose progress shows in the bar.
 */
@SpringComponent
@UIScope
public class CustomerBulkActions {
    private final CustomerBulkService bulk;
    private final CustomerExport export;
    private final CustomerMessaging messaging;
    private final GroupService groups;
    /** The last finished export's hidden link; the next one replaces it. */
    private Anchor offered;

    CustomerBulkActions(
            CustomerBulkService bulk, CustomerExport export, CustomerMessaging messaging, GroupService groups) {
        this.bulk = bulk;
        this.export = export;
        this.messaging = messaging;
        this.groups = groups;
    }

    /** What the list tells the actions: its filter, visible columns and order, and how to reload. */
    record ListContext(
            Supplier<CustomerFilter> filter, Supplier<List<String>> columns, Supplier<Sort> sort, Runnable refresh) {}

    void addTo(BulkBar<CustomerRow> bar, ListContext list) {
        CurrentUser me = CurrentUser.require();
        if (me.has(Role.SUPPORT)) {
            bar.action(
                    "message",
                    t("bulk.message"),
                    VaadinIcon.ENVELOPE_O,
                    s -> sendMessage(bar, selection(s, list), s.count(), list));
        }
        if (!me.has(Role.ADMIN)) {
            return;
        }
        bar.action(
                "groups",
                t("bulk.groups"),
                VaadinIcon.TAGS,
                s -> new AssignGroupsDialog(
                                groups.all(),
                                s.count(),
                                chosen -> run(
                                        bar,
                                        t("bulk.groups-running"),
                                        p -> bulk.assignGroups(selection(s, list), chosen, p),
                                        done -> Notifications.success(t("bulk.groups-done", done.affected())),
                                        list))
                        .open());
        bar.action(
                "block",
                t("bulk.block"),
                VaadinIcon.BAN,
                s -> Confirm.dangerous(
                        t("bulk.block-title", s.count()),
                        t("bulk.block-text"),
                        t("bulk.block"),
                        () -> run(
                                bar,
                                t("bulk.block-running"),
                                p -> bulk.block(selection(s, list), p),
                                done -> Notifications.success(t("bulk.block-done", done.affected())),
                                list)));
        bar.action(
                "unblock",
                t("bulk.unblock"),
                VaadinIcon.CHECK_CIRCLE_O,
                s -> run(
                        bar,
                        t("bulk.unblock-running"),
                        p -> bulk.unblock(selection(s, list), p),
                        done -> Notifications.success(t("bulk.unblock-done", done.affected())),
                        list));
        bar.action("delete", t("bulk.delete"), VaadinIcon.TRASH, s -> confirmDelete(bar, s, list));
        BulkBar.Menu download = bar.menu("download", t("bulk.download"), VaadinIcon.DOWNLOAD);
        for (ExportFormat f : ExportFormat.values()) {
            bar.item(
                    download,
                    f.name().toLowerCase(),
                    t("export." + f.name().toLowerCase()),
                    s -> download(bar, s, f, list));
        }
    }

    private void sendMessage(BulkBar<CustomerRow> bar, CustomerSelection selection, long count, ListContext list) {
        // The message is checked before its job starts, so the dialog shows what is wrong and stays open.
        new SendMessageDialog(
                        messaging,
                        selection,
                        count,
                        d -> run(
                                bar,
                                t("message.sending"),
                                p -> messaging.send(selection, d.subject.getValue(), d.body.getValue(), p),
                                done -> Notifications.success(
                                        t("message.sent", Formats.number(done.affected()), done.done())),
                                list))
                .open();
    }

    /** One customer from the row's Send message button. */
    void sendMessageTo(BulkBar<CustomerRow> bar, CustomerRow row, ListContext list) {
        sendMessage(bar, CustomerSelection.of(java.util.Set.of(row.id())), 1, list);
    }

    private void confirmDelete(BulkBar<CustomerRow> bar, BulkBar.Selection s, ListContext list) {
        Runnable delete = () -> run(
                bar,
                t("bulk.delete-running"),
                p -> bulk.delete(selection(s, list), p),
                done -> Notifications.withUndo(t("bulk.delete-done", done.affected()), t("action.undo"), () -> {
                    int restored = bulk.undoDelete(done.jobId());
                    list.refresh().run();
                    Notifications.success(t("bulk.restored", restored));
                }),
                list);
        if (s.count() > CustomerBulkService.TYPED_CONFIRM_ABOVE) {
            new TypedConfirmDialog(
                            t("bulk.delete-title", s.count()),
                            t("bulk.delete-warning"),
                            TypedConfirmDialog.Effect.RECOVERABLE,
                            t("action.delete"),
                            delete)
                    .open();
        } else {
            Confirm.dangerous(t("bulk.delete-title", s.count()), t("bulk.delete-text"), t("action.delete"), delete);
        }
    }

    private void download(BulkBar<CustomerRow> bar, BulkBar.Selection s, ExportFormat format, ListContext list) {
        UI ui = UI.getCurrent();
        String name = export.fileName(format, Formats.zone());
        Path file;
        try {
            file = Files.createTempFile("clientele-export-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(
                bar,
                t("export.running"),
                p -> export.start(
                        selection(s, list),
                        format,
                        list.columns().get(),
                        list.sort().get(),
                        ui.getLocale(),
                        Formats.zone(),
                        file,
                        p),
                done -> offer(ui, file, name, format),
                null);
    }

    /** The finished file goes to the browser as a download, then is deleted. */
    private void offer(UI ui, Path file, String name, ExportFormat format) {
        Anchor link = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(name);
                    event.setContentType(format.contentType());
                    try {
                        Files.copy(file, event.getOutputStream());
                    } finally {
                        Files.deleteIfExists(file);
                    }
                },
                name);
        link.setDownload(true);
        link.setId("export-file");
        link.getStyle().set("display", "none");
        if (offered != null) {
            offered.removeFromParent();
        }
        offered = link;
        ui.add(link);
        link.getElement().executeJs("this.click()");
        Notifications.success(t("export.ready", name));
    }

    /** Starts a job with progress in the bar; when it has finished, {@code done} runs in the UI and the list reloads. */
    private void run(
            BulkBar<CustomerRow> bar,
            String caption,
            java.util.function.Function<java.util.function.Consumer<BulkJobService.Progress>, BulkJobService.Handle>
                    start,
            java.util.function.Consumer<BulkJobService.Progress> done,
            ListContext refreshList) {
        UI ui = UI.getCurrent();
        BulkJobService.Handle[] handle = new BulkJobService.Handle[1];
        var progress = bar.track(caption, () -> handle[0].cancel());
        try {
            handle[0] = start.apply(p -> {
                progress.update(p.done(), p.total(), p.finished());
                if (p.finished()) {
                    ui.access(() -> {
                        if (p.status() == BulkJob.Status.FAILED) {
                            Notifications.error(t("bulk.failed", p.detail()));
                        } else if (p.status() == BulkJob.Status.CANCELLED) {
                            Notifications.error(
                                    t("bulk.cancelled", Formats.number(p.done()), Formats.number(p.total())));
                        } else {
                            done.accept(p);
                        }
                        if (refreshList != null) {
                            bar.clear();
                            refreshList.refresh().run();
                        }
                    });
                }
            });
        } catch (RuntimeException e) {
            progress.update(0, 0, true);
            throw e;
        }
    }

    private static CustomerSelection selection(BulkBar.Selection s, ListContext list) {
        return s.allMatching() ? CustomerSelection.allMatching(list.filter().get()) : CustomerSelection.of(s.ids());
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
