package io.clientele.importing;

import io.clientele.base.ConcurrentEditException;
import io.clientele.base.Csv;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Messages;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.CustomerService;
import io.clientele.customer.GroupService;
import io.clientele.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import as a bulk job: the file is read twice, first as the preview reads it, to know which rows are
 * possible duplicates of the customers there before the import, then row by row to write each as its disposition
 * says, by the customer service in a transaction of its own (a refused row never undoes another), and the job's
 * progress is saved every {@link #CHUNK} rows. Rows that fail go into a report: the file's own columns and an
 * "Errors" column in the reader's language, so it can be fixed and imported again. The job is audited once; each
 * customer it creates or changes is audited and sent to webhooks like any other change.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ImportRun {
    static final int CHUNK = 500;
    private static final Pattern OUTCOME =
            Pattern.compile("created=(\\d+);updated=(\\d+);skipped=(\\d+);failed=(\\d+)");

    /** What a row with errors does to the import: it is left out, or it stops the import there. */
    public enum OnError {
        IMPORT_VALID,
        STOP
    }

    /** What a possible duplicate becomes. */
    public enum OnDuplicate {
        SKIP,
        CREATE
    }

    public record Options(
            ImportPreview.MatchBy matchBy, boolean updateMatched, OnError onError, OnDuplicate onDuplicate) {}

    /** What an import did, row by row. */
    public record Outcome(int created, int updated, int skipped, int failed) {
        /** The outcome a finished job's detail holds. */
        public static Outcome of(String detail) {
            Matcher m = OUTCOME.matcher(detail == null ? "" : detail);
            if (!m.matches()) {
                return new Outcome(0, 0, 0, 0);
            }
            return new Outcome(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
        }

        String detail() {
            return "created=" + created + ";updated=" + updated + ";skipped=" + skipped + ";failed=" + failed;
        }
    }

    private final ImportPreview preview;
    private final CustomerService customers;
    private final GroupService groups;
    private final BulkJobService jobs;
    private final TransactionTemplate tx;

    ImportRun(
            ImportPreview preview,
            CustomerService customers,
            GroupService groups,
            BulkJobService jobs,
            TransactionTemplate tx) {
        this.preview = preview;
        this.customers = customers;
        this.groups = groups;
        this.jobs = jobs;
        this.tx = tx;
    }

    /**
     * An import to run: {@code file} read in {@code charset} (null to detect it) with {@code mapping}; rows that fail
     * are written to {@code report} with their messages in {@code locale}.
     */
    public record Request(
            Path file, Charset charset, List<ImportField> mapping, Options options, Path report, Locale locale) {}

    /**
     * Starts {@code request} as a job. The file is read once here to count its rows, so a file that cannot be
     * imported is refused before a job starts.
     */
    public BulkJobService.Handle start(Request request, Consumer<BulkJobService.Progress> listener) throws IOException {
        int total = 0;
        try (ImportTable table = ImportTable.open(request.file(), request.charset())) {
            ImportMapping.check(table.header(), request.mapping());
            while (table.next() != null) {
                total++;
            }
        }
        return jobs.start(
                "CUSTOMERS_IMPORTED",
                request.file().getFileName().toString(),
                total,
                step -> run(request, step),
                listener);
    }

    /** Stops reading the file (cancel, or the first error when asked to). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private String run(Request request, BulkJobService.Step step) throws IOException {
        Path file = request.file();
        Charset charset = request.charset();
        List<ImportField> mapping = request.mapping();
        Options options = request.options();
        Locale locale = request.locale();
        // Which rows the preview called possible duplicates, judged before anything is written: a customer this
        // import creates or changes further up must not turn a later row into one, or out of one.
        BitSet duplicates = new BitSet();
        try (ImportTable table = ImportTable.open(file, charset)) {
            int[] row = {0};
            preview.preview(table, mapping, options.matchBy(), line -> {
                duplicates.set(row[0]++, line.disposition() == ImportPreview.Disposition.DUPLICATE);
            });
        }
        int[] counts = new int[4];
        List<Long> changed = new ArrayList<>();
        int[] pending = {0};
        int[] row = {0};
        try (ImportTable table = ImportTable.open(file, charset);
                OutputStream out = Files.newOutputStream(request.report());
                CSVPrinter failed = Csv.start(
                        out,
                        Stream.concat(table.header().stream(), Stream.of(Messages.text(locale, "import.errors")))
                                .toList())) {
            try {
                preview.preview(table, mapping, options.matchBy(), line -> {
                    if (step.cancelled()) {
                        throw new Stop();
                    }
                    ImportPreview.Disposition d =
                            duplicates.get(row[0]++) && line.disposition() == ImportPreview.Disposition.CREATE
                                    ? ImportPreview.Disposition.DUPLICATE
                                    : line.disposition();
                    List<FieldValidationException> errors = apply(line, d, options, counts, changed);
                    if (!errors.isEmpty()) {
                        counts[3]++;
                        write(failed, line, errors, locale);
                    }
                    if (++pending[0] == CHUNK) {
                        save(step, pending[0], changed);
                        pending[0] = 0;
                    }
                    if (!errors.isEmpty() && options.onError() == OnError.STOP) {
                        throw new Stop();
                    }
                });
            } catch (Stop stopped) {
                // The rows read so far are saved below; the rest of the file is left unread.
            }
            save(step, pending[0], changed);
        }
        return new Outcome(counts[0], counts[1], counts[2], counts[3]).detail();
    }

    /** Writes one row as {@code d} says; answers its errors (none when written or skipped). */
    private List<FieldValidationException> apply(
            ImportPreview.Line line, ImportPreview.Disposition d, Options options, int[] counts, List<Long> changed) {
        if (d == ImportPreview.Disposition.ERROR) {
            return line.errors();
        }
        boolean skip = (d == ImportPreview.Disposition.UPDATE && !options.updateMatched())
                || (d == ImportPreview.Disposition.DUPLICATE && options.onDuplicate() == OnDuplicate.SKIP);
        if (skip) {
            counts[2]++;
            return List.of();
        }
        try {
            long id = tx.execute(s -> {
                long written;
                if (d == ImportPreview.Disposition.UPDATE) {
                    customers.update(line.match(), line.draft());
                    written = line.match();
                } else {
                    written = customers.create(line.draft());
                }
                if (line.groups() != null) {
                    groups.setGroups(written, line.groups());
                }
                return written;
            });
            counts[d == ImportPreview.Disposition.UPDATE ? 1 : 0]++;
            changed.add(id);
            return List.of();
        } catch (FieldValidationException e) {
            // Another change since the preview read this row (someone took the e-mail address meanwhile).
            return e.all();
        } catch (ConcurrentEditException e) {
            return List.of(new FieldValidationException("row", "import.changed-meanwhile"));
        }
    }

    private void save(BulkJobService.Step step, int rows, List<Long> changed) {
        tx.executeWithoutResult(s -> {
            step.advance(rows, changed.stream().sorted().toList());
            step.checkpoint();
        });
        changed.clear();
    }

    private static void write(
            CSVPrinter report, ImportPreview.Line line, List<FieldValidationException> errors, Locale locale)
            throws java.io.UncheckedIOException {
        List<String> cells = new ArrayList<>(line.row().fields());
        cells.add(errors.stream()
                .map(e -> Messages.text(locale, e.getMessage(), e.args()))
                .collect(Collectors.joining("; ")));
        try {
            Csv.row(report, cells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
