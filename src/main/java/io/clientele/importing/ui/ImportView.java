package io.clientele.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Nav;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.Uploads;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.importing.ImportConsents;
import io.clientele.importing.ImportField;
import io.clientele.importing.ImportHistory;
import io.clientele.importing.ImportMappings;
import io.clientele.importing.ImportPreview;
import io.clientele.importing.ImportPreview.Disposition;
import io.clientele.importing.ImportPreview.Line;
import io.clientele.importing.ImportRun;
import io.clientele.importing.ImportTable;
import io.clientele.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Management → Import (ADMIN): upload a CSV of customers, see which field each column fills (suggested from its
 * header, changeable), preview what every row would do, then import it as a job with progress and Cancel; the rows
 * that failed can be downloaded with their messages, fixed and imported again.
 */
@Menu(order = Nav.MANAGEMENT + 85, title = "nav.import", icon = "vaadin:upload")
@Route("import")
@RolesAllowed(Roles.ADMIN)
public class ImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    /** The query parameter that opens the page for other records ({@code ?records=organizations}, {@code contacts}). */
    public static final String RECORDS = "records";

    /** The largest file accepted (the server refuses a bigger body before reading it). */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final List<Charset> CHARSETS = List.of(
            StandardCharsets.UTF_8,
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE,
            Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1);

    private final ImportPreview preview;
    private final ImportRun run;
    private final ImportHistory history;
    private final ImportMappings mappings;
    private final ImportConsents consents;
    private final Clock clock;
    private final RadioButtonGroup<ImportField.Records> records = new RadioButtonGroup<>();
    private final Paragraph help = new Paragraph();
    private final Span fileInfo = new Span();
    private final Select<Charset> charset = new Select<>();
    private final FormLayout columns = new FormLayout();
    private final Span columnsHelp = new Span();
    private final List<Select<ImportField>> fields = new ArrayList<>();
    private final RadioButtonGroup<ImportPreview.MatchBy> matchBy = new RadioButtonGroup<>();
    private final Span counts = new Span();
    private final Select<Disposition> shown = new Select<>();
    private final PagedGrid<PreviewSpool.Entry> rows = new PagedGrid<>(new Grid<>());
    private final RadioButtonGroup<ImportRun.OnError> onError = new RadioButtonGroup<>();
    private final Checkbox updateMatched = new Checkbox();
    private final Select<ImportRun.OnDuplicate> onDuplicate = new Select<>();
    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Span result = new Span();
    private final HorizontalLayout report = new HorizontalLayout();
    private final VerticalLayout mapping = new VerticalLayout();
    private final VerticalLayout previewed = new VerticalLayout();
    private Path file;
    private String fileName;
    private List<String> header = List.of();
    /** The last preview's lines, on disk; removed with the next preview or when the person leaves. */
    private PreviewSpool lines;

    private BulkJobService.Handle job;
    private Long importId;

    public ImportView(
            ImportPreview preview,
            ImportRun run,
            ImportHistory history,
            ImportMappings mappings,
            ImportConsents consents,
            Clock clock) {
        this.consents = consents;
        this.clock = clock;
        this.preview = preview;
        this.run = run;
        this.history = history;
        this.mappings = mappings;
        addClassName("import-view");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, uploaded) -> {
            Path copy = Files.createTempFile("clientele-import-", ".upload");
            Files.move(uploaded.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
            ui.access(() -> accept(copy, metadata.fileName()));
        }));
        upload.setId("import-upload");
        Uploads.translate(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes(
                "text/csv",
                ".csv",
                ".txt",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".xlsx",
                "application/vnd.oasis.opendocument.spreadsheet",
                ".ods",
                "text/vcard",
                "text/x-vcard",
                ".vcf",
                ".vcard");
        upload.addFileRejectedListener(e -> Notifications.error(t("import.rejected", MAX_BYTES >> 20)));
        records.setLabel(t("import.records"));
        records.setItems(ImportField.Records.values());
        records.setItemLabelGenerator(r -> t("import.records." + r));
        records.setId("import-records");
        records.addValueChangeListener(e -> recordsChosen());
        fileInfo.setId("import-file");

        charset.setLabel(t("import.encoding"));
        charset.setItems(CHARSETS);
        charset.setItemLabelGenerator(Charset::displayName);
        charset.setId("import-encoding");
        charset.addValueChangeListener(e -> {
            if (e.isFromClient()) read();
        });
        // Four columns of the file side by side at 1280 px, so a wide file still fits on a screen or two.
        columns.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("36rem", 2),
                new FormLayout.ResponsiveStep("52rem", 3),
                new FormLayout.ResponsiveStep("64rem", 4));
        columns.setId("import-columns");
        matchBy.setItemLabelGenerator(m -> t("import.match." + m));
        matchBy.setId("import-match-by");
        Button check = new Button(t("import.preview"), e -> preview());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("import-preview");
        mapping.setPadding(false);
        columnsHelp.setId("import-mapping-help");
        mapping.add(new H3(t("import.columns")), charset, columnsHelp, columns, matchBy, check);
        mapping.setVisible(false);

        counts.setId("import-counts");
        shown.setLabel(t("import.show"));
        shown.setItems(Disposition.values());
        shown.setEmptySelectionAllowed(true);
        shown.setEmptySelectionCaption(t("import.show-all"));
        shown.setItemLabelGenerator(d -> d == null ? t("import.show-all") : t("import.disposition." + d));
        shown.setId("import-show");
        shown.addValueChangeListener(e -> rows.refresh());
        rows.addColumn("row", l -> Formats.number(l.row()), "import.col.row", "6rem", 0);
        rows.addColumn(
                "disposition",
                Cells.badge(l -> t("import.disposition." + l.disposition()), l -> tone(l.disposition())),
                "import.col.disposition",
                "11rem",
                0);
        rows.addColumn("name", PreviewSpool.Entry::values, "import.col.values", "20rem", 2);
        rows.addColumn("details", PreviewSpool.Entry::details, "import.col.details", "24rem", 3)
                .setTooltipGenerator(PreviewSpool.Entry::details);
        rows.getGrid().getColumns().forEach(c -> c.setSortable(false));
        rows.getGrid().setId("import-rows");
        rows.getGrid().setAllRowsVisible(true);
        rows.setEmptyStateText(t("import.no-rows"));
        rows.setSource(
                shown::getValue,
                (d, page) -> lines == null ? List.of() : lines.page(d, page.getOffset(), page.getPageSize()),
                d -> lines == null ? 0 : lines.count(d));

        onError.setLabel(t("import.on-error"));
        onError.setItems(ImportRun.OnError.values());
        onError.setItemLabelGenerator(o -> t("import.on-error." + o));
        onError.setValue(ImportRun.OnError.IMPORT_VALID);
        onError.setId("import-on-error");
        updateMatched.setValue(true);
        updateMatched.setId("import-update-matched");
        onDuplicate.setLabel(t("import.on-duplicate"));
        onDuplicate.setItems(ImportRun.OnDuplicate.values());
        onDuplicate.setValue(ImportRun.OnDuplicate.SKIP);
        onDuplicate.setWidth("28rem");
        onDuplicate.setId("import-on-duplicate");
        start.setText(t("import.run"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("import-run");
        start.addClickListener(e -> start());
        progress.setVisible(false);
        progress.setId("import-progress");
        cancel.setText(t("action.cancel"));
        cancel.setId("import-cancel");
        cancel.setVisible(false);
        // The rows read so far stay imported (and can be undone); the job stops at the next row.
        cancel.addClickListener(e -> {
            if (job != null) {
                job.cancel();
                cancel.setEnabled(false);
            }
        });
        result.setId("import-result");
        report.setId("import-report");
        previewed.setPadding(false);
        previewed.add(
                new H3(t("import.preview")),
                counts,
                shown,
                rows,
                onError,
                updateMatched,
                onDuplicate,
                start,
                progress,
                cancel,
                result,
                report);
        previewed.setVisible(false);
        Anchor past = new Anchor(ImportHistoryView.ROUTE, t("nav.import-history"));
        past.setId("import-history-link");
        HorizontalLayout title = new HorizontalLayout(new com.vaadin.flow.component.html.H2(t("nav.import")), past);
        title.setAlignItems(Alignment.BASELINE);
        add(title, records, help, upload, fileInfo, mapping, previewed);
        records.setValue(ImportField.Records.CUSTOMERS);
    }

    /** Customers unless the link asks for organizations or contacts (their lists' import buttons). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(RECORDS).ifPresent(r -> {
            try {
                records.setValue(ImportField.Records.valueOf(r.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                // Another value: the page opens for customers.
            }
        });
    }

    /** The texts, fields and keys of the records chosen; a file already read is mapped again for them. */
    private void recordsChosen() {
        ImportField.Records chosen = records.getValue();
        help.setText(r("import.upload-help", MAX_BYTES >> 20));
        matchBy.setLabel(r("import.match-by"));
        matchBy.setItems(Arrays.stream(ImportPreview.MatchBy.values())
                .filter(m -> m.records() == chosen)
                .toList());
        matchBy.setValue(ImportPreview.MatchBy.usual(chosen));
        updateMatched.setLabel(r("import.update-matched"));
        onDuplicate.setItemLabelGenerator(o -> r("import.on-duplicate." + o));
        onDuplicate.setHelperText(r("import.on-duplicate-help"));
        if (file != null) {
            read();
        }
    }

    /** The uploaded file (a temporary copy, kept until another is uploaded or the view is left). */
    void accept(Path uploaded, String name) {
        forget();
        file = uploaded;
        fileName = name;
        mapping.setEnabled(true);
        charset.clear();
        read();
    }

    /** Reads the header with the chosen encoding (or the detected one) and suggests each column's field. */
    private void read() {
        previewed.setVisible(false);
        try (ImportTable table = ImportTable.open(file, charset.getValue())) {
            header = table.header();
            charset.setValue(table.charset());
            charset.setHelperText(table.charsetGuessed() ? t("import.encoding-guessed") : null);
            ImportTable.Row first = table.next();
            fileInfo.setText(
                    table.vcard()
                            ? t("import.file-cards", fileName)
                            : table.delimiter() == 0
                                    ? t("import.file-sheet", fileName, header.size())
                                    : t(
                                            "import.file",
                                            fileName,
                                            header.size(),
                                            t("import.delimiter." + (int) table.delimiter())));
            charset.setVisible(table.charset() != null);
            ImportMappings.Remembered offered = mappings.offered(header, records.getValue());
            if (offered.matchBy() != null) {
                matchBy.setValue(offered.matchBy());
            }
            showColumns(offered.fields(), first.fields());
            columnsHelp.setText(
                    t(offered.matchBy() != null ? "import.mapping-remembered" : "import.mapping-suggested"));
            mapping.setVisible(true);
        } catch (ActionRefusedException e) {
            mapping.setVisible(false);
            fileInfo.setText(t(e.getMessage(), e.args()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showColumns(List<ImportField> suggested, List<String> example) {
        columns.removeAll();
        fields.clear();
        Map<Integer, ImportConsents.Column> consentColumns = consents.named(header);
        for (int i = 0; i < header.size(); i++) {
            Select<ImportField> field = new Select<>();
            field.setLabel(header.get(i).isEmpty() ? t("import.unnamed", i + 1) : header.get(i));
            // A consent field's part is offered where the column's header names it.
            ImportConsents.Column consent = consentColumns.get(i);
            field.setItems(ImportField.of(records.getValue()).stream()
                    .filter(f -> !f.consent() || (consent != null && consent.part() == f))
                    .toList());
            field.setEmptySelectionAllowed(true);
            field.setEmptySelectionCaption(t("import.skip"));
            field.setItemLabelGenerator(f -> f == null
                    ? t("import.skip")
                    : f.consent() ? t("import.field." + f, consent.name()) : t("import.field." + f));
            field.setValue(suggested.get(i));
            field.setHelperText(i < example.size() ? example.get(i) : "");
            field.setId("import-field-" + i);
            fields.add(field);
            columns.add(field);
        }
    }

    private void preview() {
        List<ImportField> chosen = fields.stream().map(Select::getValue).toList();
        PreviewSpool spooled = new PreviewSpool();
        try (ImportTable table = ImportTable.open(file, charset.getValue())) {
            ImportPreview.Counts c = preview.preview(
                    table,
                    chosen,
                    matchBy.getValue(),
                    l -> spooled.add(new PreviewSpool.Entry(
                            l.row().number(), l.disposition(), String.join(" ", first(l, 3)), details(l))));
            counts.setText(t("import.counts", c.create(), c.update(), c.duplicate(), c.error()));
        } catch (ActionRefusedException e) {
            spooled.close();
            Notifications.refused(e);
            return;
        } catch (IOException e) {
            spooled.close();
            throw new UncheckedIOException(e);
        }
        forgetLines();
        lines = spooled;
        result.setText("");
        report.removeAll();
        start.setEnabled(true);
        previewed.setVisible(true);
        shown.clear();
        rows.refresh();
        counts.scrollIntoView();
    }

    private void forgetLines() {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }

    private void start() {
        List<ImportField> chosen = fields.stream().map(Select::getValue).toList();
        UI ui = UI.getCurrent();
        try {
            ImportRun.Options options = new ImportRun.Options(
                    matchBy.getValue(), updateMatched.getValue(), onError.getValue(), onDuplicate.getValue());
            Path uploaded = file;
            ImportRun.Started started = run.start(
                    new ImportRun.Request(uploaded, fileName, charset.getValue(), chosen, options, ui.getLocale()),
                    p -> {
                        if (p.finished()) {
                            // Kept until the import ends, also when the person has left the page meanwhile.
                            delete(uploaded);
                        }
                        ui.access(() -> progressed(p));
                    });
            file = null;
            job = started.job();
            importId = started.importId();
        } catch (ActionRefusedException e) {
            Notifications.refused(e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start.setEnabled(false);
        records.setReadOnly(true);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        cancel.setEnabled(true);
        cancel.setVisible(true);
        result.setText(t("import.running"));
    }

    private void progressed(BulkJobService.Progress p) {
        if (!p.finished()) {
            progress.setIndeterminate(false);
            progress.setValue(p.total() == 0 ? 1 : (double) p.done() / p.total());
            result.setText(t("import.progress", p.done(), p.total()));
            return;
        }
        progress.setVisible(false);
        cancel.setVisible(false);
        records.setReadOnly(false);
        job = null;
        ImportRun.Outcome o = ImportRun.Outcome.of(p.detail());
        if (p.status() != BulkJob.Status.DONE) {
            result.setText(t("import.ended." + p.status(), p.done(), p.total()));
        } else {
            result.setText(t("import.done", o.created(), o.updated(), o.skipped(), o.failed()));
        }
        showEnd();
    }

    /** What the person can do once the import ended: open Customers, download the failed rows, undo it. */
    private void showEnd() {
        report.removeAll();
        ImportHistory.Entry entry = history.find(importId).orElseThrow();
        report.add(
                switch (entry.records()) {
                    case CUSTOMERS -> new Anchor("customers", t("import.open-customers"));
                    case ORGANIZATIONS -> new Anchor("organizations", t("import.open-organizations"));
                    case CONTACTS -> new Anchor("users/contacts", t("import.open-contacts"));
                });
        if (entry.hasReport()) {
            report.add(ImportActions.report(history, entry, "import-report-file"));
        }
        if (entry.undoable(clock.instant())) {
            Button undo = new Button(
                    t("import.undo"),
                    e -> ImportActions.undo(
                            history,
                            entry,
                            p -> {
                                progress.setVisible(!p.finished());
                                progress.setValue(p.total() == 0 ? 1 : (double) p.done() / p.total());
                                result.setText(r("import.undo-progress", p.done(), p.total()));
                            },
                            () -> {
                                ImportHistory.Entry after =
                                        history.find(entry.id()).orElseThrow();
                                result.setText(t("import.state." + after.state()));
                                report.getChildren()
                                        .filter(c ->
                                                "undo-import".equals(c.getId().orElse("")))
                                        .forEach(report::remove);
                            }));
            undo.setId("undo-import");
            undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
            report.add(undo);
        }
    }

    private String details(Line l) {
        if (!l.errors().isEmpty()) {
            return l.errors().stream()
                    .map(e -> ImportPreview.message(e, getLocale()))
                    .collect(Collectors.joining("; "));
        }
        return l.match() == null
                ? ""
                : l.disposition() == Disposition.UPDATE
                        ? r("import.updates", l.match())
                        : r("import.may-duplicate", l.matchName(), l.match());
    }

    private static List<String> first(Line l, int n) {
        return l.row().fields().stream().filter(s -> !s.isBlank()).limit(n).toList();
    }

    private static Badge.Tone tone(Disposition d) {
        return switch (d) {
            case CREATE -> Badge.Tone.SUCCESS;
            case UPDATE -> Badge.Tone.CONTRAST;
            case DUPLICATE -> Badge.Tone.WARNING;
            case ERROR -> Badge.Tone.ERROR;
        };
    }

    /**
     * Removes the uploaded copy when the person leaves without importing it. A running import goes on (its file is
     * removed when it ends); Import history shows it.
     */
    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        forget();
        forgetLines();
        super.onDetach(event);
    }

    private void forget() {
        delete(file);
        file = null;
    }

    private static void delete(Path uploaded) {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    /** A text that names the records being imported: customers, organizations or contacts. */
    private String r(String key, Object... args) {
        return t(ImportActions.key(records.getValue(), key), args);
    }

    @Override
    public String getPageTitle() {
        return t("nav.import") + " · Clientele";
    }
}
