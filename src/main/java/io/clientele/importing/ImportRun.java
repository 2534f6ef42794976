package io.clientele.importing;

import io.clientele.base.ConcurrentEditException;
import io.clientele.base.Csv;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Messages;
import io.clientele.base.OwnerType;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.Consent;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.CustomerStaging;
import io.clientele.customer.GroupService;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressService;
import io.clientele.directory.ContactDraft;
import io.clientele.directory.ContactService;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import as a bulk job: the file is read twice, first as the preview reads it, to know which rows are
 * possible duplicates of the customers there before the import, then row by row to write each as its disposition
 * says, by the customer service in a transaction of its own (a refused row never undoes another), and the job's
 * progress is saved every {@link #CHUNK} rows. Rows that fail go into a report: the file's own columns and an
 * "Errors" column in the reader's language, so it can be fixed and imported again. The job is audited once; each
 * customer it creates or changes is audited and sent to webhooks like any other change. A file of customers matched
 * by e-mail with their own fields has its new customers written set-based instead, a chunk at a time (see
 * {@link #staged(Request)}).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ImportRun {
    static final int CHUNK = 500;
    static final String KIND = "CUSTOMERS_IMPORTED";
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
        CREATE,
        MERGE
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
    private final ImportHistory history;
    private final ImportMappings mappings;
    private final OrganizationService organizations;
    private final ContactService contacts;
    private final AddressService addresses;
    private final CustomerStaging staging;
    private final ConsentService consents;

    ImportRun(
            ImportPreview preview,
            CustomerService customers,
            GroupService groups,
            BulkJobService jobs,
            TransactionTemplate tx,
            ImportHistory history,
            ImportMappings mappings,
            OrganizationService organizations,
            ContactService contacts,
            AddressService addresses,
            CustomerStaging staging,
            ConsentService consents) {
        this.consents = consents;
        this.staging = staging;
        this.addresses = addresses;
        this.contacts = contacts;
        this.organizations = organizations;
        this.history = history;
        this.mappings = mappings;
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
            Path file, String fileName, Charset charset, List<ImportField> mapping, Options options, Locale locale) {}

    /** An import under way: its entry in the history and its job. */
    public record Started(long importId, BulkJobService.Handle job) {}

    /**
     * Starts {@code request} as a job, refused while another import runs in the tenant. The file is read once here to
     * count its rows, so a file that cannot be imported is refused before a job starts.
     */
    public Started start(Request request, Consumer<BulkJobService.Progress> listener) throws IOException {
        int total = 0;
        List<String> header;
        try (ImportTable table = ImportTable.open(request.file(), request.charset())) {
            header = table.header();
            preview.check(header, request.mapping(), request.options().matchBy().records());
            while (table.next() != null) {
                total++;
            }
        }
        long importId =
                history.begin(request.fileName(), request.options().matchBy().records());
        mappings.remember(header, request.mapping(), request.options().matchBy());
        try {
            BulkJobService.Handle job =
                    jobs.start(KIND, request.fileName(), total, step -> run(importId, request, step), listener);
            history.started(importId, job.id());
            return new Started(importId, job);
        } catch (RuntimeException notStarted) {
            history.ended(importId, null);
            throw notStarted;
        }
    }

    /** Stops reading the file (cancel, or the first error when asked to). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private String run(long importId, Request request, BulkJobService.Step step) throws IOException {
        Path report = Files.createTempFile("clientele-import-failed-", ".csv");
        Outcome outcome = null;
        try {
            outcome = run(importId, request, step, report);
            if (outcome.created() >= preview.chunkRows()) {
                staging.analyze();
            }
            return outcome.detail();
        } finally {
            history.ended(importId, outcome == null || outcome.failed() == 0 ? null : Files.readAllBytes(report));
            Files.deleteIfExists(report);
        }
    }

    private Outcome run(long importId, Request request, BulkJobService.Step step, Path report) throws IOException {
        if (staged(request)) {
            return staged(importId, request, step, report);
        }
        Path file = request.file();
        Charset charset = request.charset();
        List<ImportField> mapping = request.mapping();
        Options options = request.options();
        Locale locale = request.locale();
        Map<Integer, Long> duplicates = duplicates(request);
        int[] counts = new int[4];
        List<Long> changed = new ArrayList<>();
        int[] pending = {0};
        int[] row = {0};
        try (ImportTable table = ImportTable.open(file, charset);
                OutputStream out = Files.newOutputStream(report);
                CSVPrinter failed = report(out, table, locale)) {
            try {
                preview.preview(table, mapping, options.matchBy(), false, line -> {
                    if (step.cancelled()) {
                        throw new Stop();
                    }
                    Long duplicateOf = duplicates.get(row[0]++);
                    boolean duplicate = duplicateOf != null
                            && (line.disposition() == ImportPreview.Disposition.CREATE
                                    || line.disposition() == ImportPreview.Disposition.DUPLICATE);
                    List<FieldValidationException> errors = duplicate
                            ? duplicate(importId, line, duplicateOf, options, counts, changed)
                            : apply(importId, line, line.disposition(), options, counts, changed);
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
        return new Outcome(counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * Which rows of the file the preview calls possible duplicates (row number from 0 → the customer they are like),
     * judged before anything is written: a customer this import creates or changes further up must not turn a later
     * row into one, or out of one.
     */
    private Map<Integer, Long> duplicates(Request request) throws IOException {
        Map<Integer, Long> duplicates = new HashMap<>();
        try (ImportTable table = ImportTable.open(request.file(), request.charset())) {
            int[] row = {0};
            preview.preview(table, request.mapping(), request.options().matchBy(), line -> {
                if (line.disposition() == ImportPreview.Disposition.DUPLICATE) {
                    duplicates.put(row[0], line.match());
                }
                row[0]++;
            });
        }
        return duplicates;
    }

    /**
     * Whether {@code request} is written staged (on PostgreSQL; see {@link ImportPreview#staged}): each chunk's new
     * customers checked together and inserted in one statement, its rows that update or may duplicate a customer
     * written one by one. Any other import goes row by row.
     */
    private boolean staged(Request request) {
        return staging.available()
                && preview.staged(request.mapping(), request.options().matchBy());
    }

    private Outcome staged(long importId, Request request, BulkJobService.Step step, Path report) throws IOException {
        int[] counts = new int[4];
        List<ImportPreview.Line> chunk = new ArrayList<>(preview.chunkRows());
        // Into a tenant with no customers, nothing is looked up per row: every row is new and like none.
        boolean newOnly = preview.newOnly(request.mapping(), request.options().matchBy());
        Map<Integer, Long> duplicates = newOnly ? Map.of() : duplicates(request);
        try (ImportTable table = ImportTable.open(request.file(), request.charset());
                OutputStream out = Files.newOutputStream(report);
                CSVPrinter failed = report(out, table, request.locale());
                CustomerStaging.Stage stage = staging.open(importId);
                Pipeline pipeline = new Pipeline(importId, stage, counts, failed, request, step, duplicates)) {
            Consumer<ImportPreview.Line> each = line -> {
                if (step.cancelled()) {
                    throw new Stop();
                }
                chunk.add(line);
                if (chunk.size() == preview.chunkRows() && !pipeline.write(chunk)) {
                    throw new Stop();
                }
            };
            try {
                if (newOnly) {
                    preview.drafts(table, request.mapping(), each);
                } else {
                    preview.preview(table, request.mapping(), request.options().matchBy(), false, each);
                }
            } catch (Stop stopped) {
                // What was read before is written below; the rest of the file is left unread.
            }
            pipeline.write(chunk);
        }
        return new Outcome(counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * Writes staged chunks: the job's thread reads and checks a chunk while the chunk before it is stored on a thread
     * of its own (COPY, insert, progress), so the form's rules cost no time beside the database's. One chunk is stored
     * at a time, in the file's order, and the report stays in that order. A row that updates a customer or may
     * duplicate one is written by itself, as a row-by-row import writes it, once the chunk before is stored.
     */
    private final class Pipeline implements AutoCloseable {
        private final long importId;
        private final CustomerStaging.Stage stage;
        private final int[] counts;
        private final CSVPrinter failed;
        private final Request request;
        private final BulkJobService.Step step;
        /** The rows the preview called possible duplicates (see {@link #duplicates}). */
        private final Map<Integer, Long> duplicates;
        /** The row number of the next line handed to {@link #write}. */
        private int row;
        /** Stores as the job's own user (and so in its tenant). */
        private final ExecutorService store = new DelegatingSecurityContextExecutorService(
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "import-store");
                    t.setDaemon(true);
                    return t;
                }),
                SecurityContextHolder.getContext());

        private Future<Stored> storing;

        Pipeline(
                long importId,
                CustomerStaging.Stage stage,
                int[] counts,
                CSVPrinter failed,
                Request request,
                BulkJobService.Step step,
                Map<Integer, Long> duplicates) {
            this.duplicates = duplicates;
            this.importId = importId;
            this.stage = stage;
            this.counts = counts;
            this.failed = failed;
            this.request = request;
            this.step = step;
        }

        /** A stored chunk: the customers it created and the rows that failed when it went row by row. */
        private record Stored(int[] counts, List<Failure> failures) {}

        private record Failure(ImportPreview.Line line, List<FieldValidationException> errors) {}

        /**
         * Checks the new customers of {@code lines} by the form's rules together (while the chunk before is stored),
         * then writes the chunk's other rows one by one and hands the new customers that pass on to be stored; those
         * that fail go to the report after the chunk before's. When the import stops on errors, the first row that
         * fails ends the chunk and the import (answers false).
         */
        boolean write(List<ImportPreview.Line> lines) {
            if (lines.isEmpty()) {
                return true;
            }
            List<Long> like = new ArrayList<>(lines.size());
            List<ImportPreview.Line> fresh = new ArrayList<>(lines.size());
            for (ImportPreview.Line line : lines) {
                Long duplicateOf = duplicates.get(row++);
                // As a row-by-row import: a row that now matches a customer (or is wrong) is no duplicate.
                like.add(line.disposition() == ImportPreview.Disposition.CREATE ? duplicateOf : null);
                if (isNew(line, like.getLast())) {
                    fresh.add(line);
                }
            }
            Iterator<ImportPreview.Checked> checked = preview.checkNew(fresh).iterator();
            finish();
            List<CustomerStaging.Staged> valid = new ArrayList<>(lines.size());
            List<ImportPreview.Line> passed = new ArrayList<>(lines.size());
            List<Failure> failures = new ArrayList<>();
            int[] byRow = new int[4];
            List<Long> changed = new ArrayList<>();
            boolean stop = request.options().onError() == OnError.STOP;
            int rows = 0;
            for (int i = 0; i < lines.size() && !(stop && !failures.isEmpty()); i++) {
                rows++;
                ImportPreview.Line line = lines.get(i);
                Long duplicateOf = like.get(i);
                if (isNew(line, duplicateOf)) {
                    ImportPreview.Checked c = checked.next();
                    if (c.customer() != null) {
                        valid.add(new CustomerStaging.Staged(
                                c.customer(), line.draft().getTeams(), line.groups()));
                        passed.add(line);
                    } else {
                        failures.add(new Failure(c.line(), c.line().errors()));
                    }
                    continue;
                }
                List<FieldValidationException> errors = duplicateOf != null
                        ? duplicate(importId, line, duplicateOf, request.options(), byRow, changed)
                        : apply(importId, line, line.disposition(), request.options(), byRow, changed);
                if (!errors.isEmpty()) {
                    failures.add(new Failure(line, errors));
                }
            }
            lines.clear();
            report(new Stored(new int[] {byRow[0], byRow[1], byRow[2], failures.size()}, failures));
            int read = rows;
            storing = store.submit(() -> store(valid, passed, read, changed));
            return !(stop && !failures.isEmpty());
        }

        /** Whether a line is checked with the chunk's new customers: neither an update nor a possible duplicate. */
        private static boolean isNew(ImportPreview.Line line, Long duplicateOf) {
            return duplicateOf == null && line.disposition() != ImportPreview.Disposition.UPDATE;
        }

        /**
         * Stores a checked chunk: staged and inserted in one transaction with the job's progress, which also counts
         * the customers its rows written one by one {@code changed}. If the insert meets a customer saved meanwhile
         * (an e-mail taken since the check), the chunk is written row by row instead.
         */
        private Stored store(
                List<CustomerStaging.Staged> valid, List<ImportPreview.Line> passed, int read, List<Long> changed) {
            int[] stored = new int[4];
            List<Failure> failures = new ArrayList<>();
            stage.copy(valid);
            try {
                stored[0] = tx.execute(s -> {
                    List<Long> created = stage.insert(CustomerSource.IMPORT);
                    history.created(importId, created);
                    step.advance(
                            read,
                            Stream.concat(created.stream(), changed.stream())
                                    .sorted()
                                    .toList());
                    step.checkpoint();
                    return created.size();
                });
            } catch (DataIntegrityViolationException taken) {
                stage.clear();
                for (ImportPreview.Line line : passed) {
                    List<FieldValidationException> errors =
                            apply(importId, line, ImportPreview.Disposition.CREATE, request.options(), stored, changed);
                    if (!errors.isEmpty()) {
                        stored[3]++;
                        failures.add(new Failure(line, errors));
                    }
                }
                save(step, read, changed);
            }
            return new Stored(stored, failures);
        }

        /** Waits for the chunk being stored, if any, and counts and reports it. */
        private void finish() {
            if (storing == null) {
                return;
            }
            try {
                report(storing.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                storing = null;
            }
        }

        private void report(Stored stored) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += stored.counts()[i];
            }
            stored.failures().forEach(f -> ImportRun.write(failed, f.line(), f.errors(), request.locale()));
        }

        /** The last chunk stored (also when reading failed: nothing is stored after the job ends). */
        @Override
        public void close() {
            try {
                finish();
            } finally {
                store.shutdownNow();
            }
        }
    }

    /** Writes one row as {@code d} says; answers its errors (none when written or skipped). */
    private List<FieldValidationException> apply(
            long importId,
            ImportPreview.Line line,
            ImportPreview.Disposition d,
            Options options,
            int[] counts,
            List<Long> changed) {
        if (d == ImportPreview.Disposition.ERROR) {
            return line.errors();
        }
        if (d == ImportPreview.Disposition.UPDATE && !options.updateMatched()) {
            counts[2]++;
            return List.of();
        }
        return write(
                () -> {
                    Long match = d == ImportPreview.Disposition.UPDATE ? line.match() : null;
                    if (line.organization() != null) {
                        return organization(importId, line.organization(), match);
                    }
                    if (line.contact() != null) {
                        return contact(importId, line.contact(), line.address(), match);
                    }
                    if (d != ImportPreview.Disposition.UPDATE) {
                        long created = customers.create(line.draft(), CustomerSource.IMPORT);
                        if (line.groups() != null) {
                            groups.setGroups(created, line.groups());
                        }
                        if (line.address() != null) {
                            addresses.saveAddress(
                                    OwnerType.CUSTOMER,
                                    created,
                                    null,
                                    line.address().draft());
                        }
                        answer(created, line.consents());
                        history.created(importId, ImportField.Records.CUSTOMERS, created);
                        return created;
                    }
                    update(importId, line.match(), line.draft(), line.groups(), line.address(), line.consents());
                    return line.match();
                },
                d == ImportPreview.Disposition.UPDATE ? 1 : 0,
                counts,
                changed);
    }

    /**
     * A possible duplicate of customer {@code match}: skipped, created anyway, or merged into the match — the match
     * keeps its values and takes the row's where it has none, and the row's groups as well as its own.
     */
    private List<FieldValidationException> duplicate(
            long importId, ImportPreview.Line line, long match, Options options, int[] counts, List<Long> changed) {
        if (options.onDuplicate() == OnDuplicate.SKIP) {
            counts[2]++;
            return List.of();
        }
        if (options.onDuplicate() == OnDuplicate.CREATE) {
            return apply(importId, line, ImportPreview.Disposition.CREATE, options, counts, changed);
        }
        if (line.contact() != null) {
            ContactDraft merged = contacts.draftOf(match);
            ContactDraft row = line.contact();
            boolean changes = fill(merged::getEmail, merged::setEmail, row.getEmail())
                    | fill(merged::getPhone, merged::setPhone, row.getPhone());
            return merged(changes, () -> contact(importId, merged, null, match), counts, changed);
        }
        if (line.organization() != null) {
            OrganizationDraft merged = organizations.draftOf(match);
            OrganizationDraft row = line.organization();
            boolean changes = fill(merged::getLegalForm, merged::setLegalForm, row.getLegalForm())
                    | fill(merged::getEmail, merged::setEmail, row.getEmail())
                    | fill(merged::getPhone, merged::setPhone, row.getPhone())
                    | fill(merged::getWebsite, merged::setWebsite, row.getWebsite())
                    | fill(merged::getAddress, merged::setAddress, row.getAddress())
                    | fill(merged::getPostCode, merged::setPostCode, row.getPostCode())
                    | fill(merged::getCity, merged::setCity, row.getCity());
            return merged(changes, () -> organization(importId, merged, match), counts, changed);
        }
        CustomerDraft merged = customers.draftOf(match);
        CustomerDraft row = line.draft();
        boolean changes = fill(merged::getFirstName, merged::setFirstName, row.getFirstName())
                | fill(merged::getLastName, merged::setLastName, row.getLastName())
                | fill(merged::getCompanyName, merged::setCompanyName, row.getCompanyName())
                | fill(merged::getEmail, merged::setEmail, row.getEmail())
                | fill(merged::getPhone, merged::setPhone, row.getPhone());
        Set<CustomerGroup> withGroups = null;
        if (line.groups() != null) {
            List<CustomerGroup> had = groups.groupsOf(match);
            withGroups = new HashSet<>(had);
            withGroups.addAll(line.groups());
            changes |= withGroups.size() > new HashSet<>(had).size();
        }
        Set<CustomerGroup> groupsAfter = withGroups;
        // The match's own answers stay; the row answers what it has not.
        Map<Long, Consent> answered = answered(match, line.consents());
        List<ImportConsents.Answer> unanswered = line.consents().stream()
                .filter(a -> answered.get(a.fieldId()) == null)
                .toList();
        changes |= !unanswered.isEmpty();
        return merged(
                changes,
                () -> {
                    update(importId, match, merged, groupsAfter, null, unanswered);
                    return match;
                },
                counts,
                changed);
    }

    /** A merge that fills nothing is skipped; one that does is written as an update. */
    private List<FieldValidationException> merged(
            boolean changes, Supplier<Long> change, int[] counts, List<Long> changed) {
        if (!changes) {
            counts[2]++;
            return List.of();
        }
        return write(change, 1, counts, changed);
    }

    /**
     * Inside the row's transaction: creates a contact from {@code draft}, or updates contact {@code match} with it,
     * with its visiting {@code address} if the row has one, keeping what it was for Undo import.
     */
    private long contact(long importId, ContactDraft draft, ImportPreview.Postal address, Long match) {
        if (match == null) {
            long created = contacts.createContact(draft, null, CustomerSource.IMPORT);
            if (address != null) {
                addresses.saveAddress(OwnerType.CONTACT, created, null, address.draft());
            }
            history.created(importId, ImportField.Records.CONTACTS, created);
            return created;
        }
        ContactDraft before = contacts.draftOf(match);
        AddressDraft addressBefore = address == null || address.id() == null
                ? null
                : addresses.draftOf(OwnerType.CONTACT, match, address.id());
        contacts.updateContact(match, draft, null);
        Long saved =
                address == null ? null : addresses.saveAddress(OwnerType.CONTACT, match, address.id(), address.draft());
        history.updated(importId, match, before, saved, addressBefore);
        return match;
    }

    /**
     * Inside the row's transaction: creates an organization from {@code draft}, or updates organization {@code match}
     * with it, keeping what it was for Undo import.
     */
    private long organization(long importId, OrganizationDraft draft, Long match) {
        if (match == null) {
            long created = organizations.create(draft, CustomerSource.IMPORT);
            history.created(importId, ImportField.Records.ORGANIZATIONS, created);
            return created;
        }
        OrganizationDraft before = organizations.draftOf(match);
        organizations.update(match, draft);
        history.updated(importId, match, before);
        return match;
    }

    private static boolean fill(Supplier<String> current, Consumer<String> set, String value) {
        if (current.get().isBlank() && value != null && !value.isBlank()) {
            set.accept(value);
            return true;
        }
        return false;
    }

    /** Updates a customer inside the row's transaction, keeping what it was for Undo import. */
    private void update(
            long importId,
            long id,
            CustomerDraft draft,
            Set<CustomerGroup> groupsAfter,
            ImportPreview.Postal address,
            List<ImportConsents.Answer> answers) {
        CustomerDraft before = customers.draftOf(id);
        List<CustomerGroup> groupsBefore = groups.groupsOf(id);
        Map<Long, Consent> consentsBefore = answered(id, answers);
        AddressDraft addressBefore = address == null || address.id() == null
                ? null
                : addresses.draftOf(OwnerType.CUSTOMER, id, address.id());
        customers.update(id, draft);
        if (groupsAfter != null) {
            groups.setGroups(id, groupsAfter);
        }
        Long saved =
                address == null ? null : addresses.saveAddress(OwnerType.CUSTOMER, id, address.id(), address.draft());
        answer(id, answers);
        history.updated(importId, id, before, groupsBefore, saved, addressBefore, consentsBefore);
    }

    /**
     * The customer's answers now to the consent fields {@code answers} are about, null for one not answered; nothing is
     * read for a row without consent columns.
     */
    private Map<Long, Consent> answered(long customerId, List<ImportConsents.Answer> answers) {
        if (answers.isEmpty()) {
            return Map.of();
        }
        Map<Long, Consent> now = consents.of(List.of(customerId)).getOrDefault(customerId, Map.of());
        Map<Long, Consent> answered = new HashMap<>();
        answers.forEach(a -> answered.put(a.fieldId(), now.get(a.fieldId())));
        return answered;
    }

    /** Records a customer's answers to consent fields, each audited. */
    private void answer(long customerId, List<ImportConsents.Answer> answers) {
        answers.forEach(a -> consents.record(customerId, a.fieldId(), a.granted(), a.at(), a.source()));
    }

    /** Writes one row in a transaction of its own; answers its errors (none when written). */
    private List<FieldValidationException> write(Supplier<Long> change, int counted, int[] counts, List<Long> changed) {
        try {
            long id = tx.execute(s -> change.get());
            counts[counted]++;
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

    /** The failed rows' report: the file's own columns and an "Errors" column in the reader's language. */
    private static CSVPrinter report(OutputStream out, ImportTable table, Locale locale) throws IOException {
        return Csv.start(
                out,
                Stream.concat(table.header().stream(), Stream.of(Messages.text(locale, "import.errors")))
                        .toList());
    }

    private static void write(
            CSVPrinter report, ImportPreview.Line line, List<FieldValidationException> errors, Locale locale)
            throws java.io.UncheckedIOException {
        List<String> cells = new ArrayList<>(line.row().fields());
        cells.add(errors.stream().map(e -> ImportPreview.message(e, locale)).collect(Collectors.joining("; ")));
        try {
            Csv.row(report, cells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
