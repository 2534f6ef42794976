package io.clientele.customer;

import io.clientele.base.Messages;
import io.clientele.base.SpecificationQueries;
import io.clientele.bulk.BulkJobService;
import io.clientele.bulk.ExportColumn;
import io.clientele.bulk.ExportFormat;
import io.clientele.bulk.ExportPerson;
import io.clientele.bulk.ExportWriter;
import io.clientele.security.Roles;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantService;
import jakarta.persistence.Tuple;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Download of the Customers list in five formats: the selection or everything matching, the visible columns in the
 * list's order and sort, headers in the user's language. The customers' own columns stream from one read-only
 * projection (never entities); teams, groups, push and consents are looked up a chunk at a time, one statement each
 * and only when a column shows them, and every row goes straight to the file. A CSV of the customers' own columns on
 * PostgreSQL is written by COPY instead ({@link CustomerCsvCopy}).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CustomerExport {
    /** Rows per round trip to the database: fewer, bigger fetches for a stream of a million rows. */
    private static final int FETCH = 10_000;

    private static final String[] ATTRIBUTES = Stream.concat(
                    Arrays.stream(CustomerService.ROW_ATTRIBUTES), Stream.of("companyName"))
            .toArray(String[]::new);

    /**
     * A list column an export can carry: the type its cells are written as, its value in a language and the part
     * of the row it needs beyond the customer's own columns (null: none).
     */
    private record Column(
            ExportColumn.Type type,
            BiFunction<CustomerRow, Function<String, String>, Object> value,
            CustomerService.RowPart part) {
        Column(ExportColumn.Type type, BiFunction<CustomerRow, Function<String, String>, Object> value) {
            this(type, value, null);
        }
    }

    /** A column of the file: its title in the user's language and the list column it carries. */
    private record Cell(String title, Column column) {
        ExportColumn header() {
            return new ExportColumn(title, column.type());
        }
    }

    private static final Map<String, Column> COLUMNS = columns();

    private final TransactionTemplate readOnly;
    private final CustomerService customers;
    private final TenantService tenants;
    private final BulkJobService jobs;
    private final SpecificationQueries queries;
    private final CustomerChunks chunks;
    private final ConsentService consents;
    private final CustomerCsvCopy copy;

    private final Clock clock;

    CustomerExport(
            TransactionTemplate tx,
            CustomerService customers,
            TenantService tenants,
            BulkJobService jobs,
            SpecificationQueries queries,
            CustomerChunks chunks,
            ConsentService consents,
            CustomerCsvCopy copy,
            Clock clock) {
        this.clock = clock;
        this.copy = copy;
        this.consents = consents;
        this.queries = queries;
        this.chunks = chunks;
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(tx.getTransactionManager()));
        this.readOnly.setReadOnly(true);
        this.customers = customers;
        this.tenants = tenants;
        this.jobs = jobs;
    }

    private static Map<String, Column> columns() {
        ExportColumn.Type text = ExportColumn.Type.TEXT;
        ExportColumn.Type time = ExportColumn.Type.DATE_TIME;
        Map<String, Column> m = new LinkedHashMap<>();
        m.put("id", new Column(ExportColumn.Type.NUMBER, (r, t) -> r.id()));
        m.put("name", new Column(text, (r, t) -> r.displayName()));
        m.put("firstName", new Column(text, (r, t) -> r.firstName()));
        m.put("lastName", new Column(text, (r, t) -> r.lastName()));
        m.put(
                "status",
                new Column(
                        text,
                        (r, t) -> r.deleted() ? t.apply("badge.deleted") : t.apply("customer.status." + r.status())));
        m.put("email", new Column(text, (r, t) -> r.email()));
        m.put("phone", new Column(text, (r, t) -> r.phone()));
        m.put("push", new Column(ExportColumn.Type.BOOLEAN, (r, t) -> r.push(), CustomerService.RowPart.PUSH));
        m.put("nextVisit", new Column(time, (r, t) -> r.nextVisit()));
        m.put("groups", new Column(text, (r, t) -> String.join(", ", r.groups()), CustomerService.RowPart.GROUPS));
        m.put("type", new Column(text, (r, t) -> t.apply("customer.type." + r.type())));
        m.put(
                "teams",
                new Column(
                        text,
                        (r, t) -> r.allTeams() ? t.apply("customer.all-teams") : String.join(", ", r.teams()),
                        CustomerService.RowPart.TEAMS));
        m.put("createdAt", new Column(time, (r, t) -> r.createdAt()));
        m.put("lastLoginAt", new Column(time, (r, t) -> r.lastLoginAt()));
        return Collections.unmodifiableMap(m);
    }

    /** "nordlys-helse-customers-2026-11-24.xlsx": the tenant and the day. */
    public String fileName(ExportFormat format, ZoneId zone) {
        String tenant = tenants.current().map(Tenant::getName).orElse("clientele");
        String slug = Normalizer.normalize(tenant, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "clientele" : slug) + "-customers-" + LocalDate.now(clock.withZone(zone)) + "."
                + format.extension();
    }

    /**
     * Writes the export into {@code target} in the background; {@code columns} are list keys (unknown ones are
     * dropped), {@code sort} the list's order. A consent field's column becomes three: the answer, when and where.
     */
    public BulkJobService.Handle start(
            CustomerSelection s,
            ExportFormat format,
            List<String> columns,
            Sort sort,
            Locale locale,
            ZoneId zone,
            Path target,
            Consumer<BulkJobService.Progress> listener) {
        List<Cell> cells = cells(columns, locale);
        List<String> keys = columns.stream()
                .filter(k -> COLUMNS.containsKey(k) || k.startsWith(ConsentField.COLUMN_PREFIX))
                .toList();
        List<ExportColumn> header = cells.stream().map(Cell::header).toList();
        Set<CustomerService.RowPart> parts = EnumSet.noneOf(CustomerService.RowPart.class);
        cells.stream().map(c -> c.column().part()).filter(Objects::nonNull).forEach(parts::add);
        var where = s.where();
        int total = (int) chunks.count(s);
        String title = Messages.text(locale, "nav.customers");
        return jobs.start(
                "CUSTOMERS_EXPORTED",
                format + ": " + String.join(", ", keys),
                total,
                step -> {
                    Function<String, String> text = translations(locale);
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                        if (format == ExportFormat.CSV
                                && parts.isEmpty()
                                && Boolean.TRUE.equals(readOnly.execute(st -> copy.write(
                                        where,
                                        sort,
                                        keys,
                                        header.stream()
                                                .map(ExportColumn::header)
                                                .toList(),
                                        text,
                                        zone,
                                        out,
                                        step)))) {
                            return target.getFileName().toString();
                        }
                        try (ExportWriter writer = ExportWriter.open(format, out, header, title, zone, locale)) {
                            readOnly.executeWithoutResult(st -> {
                                try (Stream<Tuple> tuples =
                                        queries.tuples(Customer.class, where, sort, FETCH, ATTRIBUTES)) {
                                    Iterator<Tuple> it = tuples.iterator();
                                    while (it.hasNext() && !step.cancelled()) {
                                        List<Tuple> chunk = new ArrayList<>(CustomerChunks.CHUNK);
                                        while (it.hasNext() && chunk.size() < CustomerChunks.CHUNK)
                                            chunk.add(it.next());
                                        step.advance(chunk.size(), write(writer, chunk, cells, parts, text));
                                    }
                                }
                            });
                        }
                    }
                    return target.getFileName().toString();
                },
                listener);
    }

    private List<Cell> cells(List<String> keys, Locale locale) {
        Map<String, ConsentField> fields = new HashMap<>();
        consents.all().forEach(f -> fields.put(ConsentField.COLUMN_PREFIX + f.getId(), f));
        List<Cell> cells = new ArrayList<>();
        for (String k : keys) {
            Column c = COLUMNS.get(k);
            ConsentField f = fields.get(k);
            if (c != null) {
                cells.add(new Cell(Messages.text(locale, "customers.col." + k), c));
            } else if (f != null) {
                Function<CustomerRow, Consent> answer = r -> r.consents().get(f.getId());
                CustomerService.RowPart part = CustomerService.RowPart.CONSENTS;
                cells.add(new Cell(
                        f.getName(),
                        new Column(
                                ExportColumn.Type.BOOLEAN,
                                (r, t) -> answer.apply(r) == null
                                        ? null
                                        : answer.apply(r).granted(),
                                part)));
                cells.add(new Cell(
                        Messages.text(locale, "consent.export-recorded", f.getName()),
                        new Column(
                                ExportColumn.Type.DATE_TIME,
                                (r, t) -> answer.apply(r) == null
                                        ? null
                                        : answer.apply(r).recordedAt(),
                                part)));
                cells.add(new Cell(
                        Messages.text(locale, "consent.export-source", f.getName()),
                        new Column(
                                ExportColumn.Type.TEXT,
                                (r, t) -> answer.apply(r) == null
                                        ? null
                                        : answer.apply(r).source(),
                                part)));
            }
        }
        return cells;
    }

    /** Writes a chunk of projected customers; returns their ids for the job's audit ranges. */
    private List<Long> write(
            ExportWriter writer,
            List<Tuple> chunk,
            List<Cell> cells,
            Set<CustomerService.RowPart> parts,
            Function<String, String> text) {
        List<CustomerRow> rows = customers.withParts(
                chunk.stream().map(CustomerService::plainRow).toList(), parts);
        try {
            for (int i = 0; i < rows.size(); i++) {
                CustomerRow r = rows.get(i);
                List<Object> line = new ArrayList<>(cells.size());
                for (Cell cell : cells) line.add(cell.column().value().apply(r, text));
                writer.row(
                        line,
                        new ExportPerson(
                                r.firstName(),
                                r.lastName(),
                                r.displayName(),
                                r.email(),
                                r.phone(),
                                chunk.get(i).get("companyName", String.class)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows.stream().map(CustomerRow::id).toList();
    }

    /** Labels in the user's language, each looked up once per export instead of once per row. */
    private static Function<String, String> translations(Locale locale) {
        Map<String, String> known = new HashMap<>();
        return key -> known.computeIfAbsent(key, k -> Messages.text(locale, k));
    }
}
