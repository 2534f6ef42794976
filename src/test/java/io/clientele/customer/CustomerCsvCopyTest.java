package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.bulk.BulkJobService;
import io.clientele.bulk.ExportFormat;
import io.clientele.security.Role;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A CSV of the customers' own columns (COPY on PostgreSQL) reads back exactly as the row-by-row writer's file for the
 * same filter and order: hostile text, labels, deleted rows, dates in the user's zone, literals with quotes and
 * question marks in the filter.
 */
class CustomerCsvCopyTest extends DatabaseTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final List<String> OWN = List.of(
            "id",
            "name",
            "firstName",
            "lastName",
            "status",
            "email",
            "phone",
            "nextVisit",
            "type",
            "createdAt",
            "lastLoginAt");

    @Autowired
    CustomerExport export;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerCsvCopy copy;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    CustomerGenerator generator;

    @Test
    void ownColumnsReadBackAsTheRowByRowWriterWritesThem() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long quoted = data.customer(
                tenant, "Siobhan", "O'Brien", "sio@example.ie", "+353 87 123 4567", CustomerStatus.ACTIVE);
        long formula = data.customer(tenant, "Formula", "Person", "=cmd@example.com", null, CustomerStatus.BLOCKED);
        long unicode = data.customer(tenant, "Ærlig", "Øyvind 😀", null, null, CustomerStatus.PENDING);
        long deleted = data.customer(tenant, "Gone", "Away", "gone@example.no", null, CustomerStatus.INACTIVE);
        long outside = data.customer(tenant, "Other", "Filtered", "other@example.no", null, CustomerStatus.ACTIVE);
        // Imported data can hold what the form refuses: line breaks, quotes, commas and a leading @ in a name.
        jdbc.sql("UPDATE customer SET display_name = ? WHERE id = ?")
                .params("Who? O'Brien, \"line\nbreak\"", quoted)
                .update();
        jdbc.sql("UPDATE customer SET display_name = ?, type = 'BUSINESS', first_name = NULL WHERE id = ?")
                .params("@SUM(A1), Who? AS", formula)
                .update();
        jdbc.sql("UPDATE customer SET display_name = ?, phone = ?, first_name = ? WHERE id = ?")
                .params("Who? Ærlig Øyvind 😀", "-47 91", "\tÆrlig", unicode)
                .update();
        jdbc.sql("UPDATE customer SET display_name = ?, deleted_at = ? WHERE id = ?")
                .params("Who? Gone", java.sql.Timestamp.from(Instant.now()), deleted)
                .update();
        jdbc.sql("UPDATE customer SET last_login_at = ?, next_visit_at = ? WHERE id = ?")
                .params(
                        java.sql.Timestamp.from(Instant.parse("2026-06-30T22:59:30Z")),
                        java.sql.Timestamp.from(Instant.parse("2026-12-24T08:15:00Z")),
                        quoted)
                .update();

        CustomerFilter filter = new CustomerFilter(
                "who?",
                null,
                null,
                null,
                EnumSet.allOf(CustomerType.class),
                EnumSet.allOf(CustomerStatus.class),
                java.util.Set.of(),
                java.util.Map.of(),
                LocalDate.now(OSLO).minusDays(1),
                LocalDate.now(OSLO),
                null,
                null,
                true,
                OSLO);
        CustomerSelection matching = CustomerSelection.allMatching(filter);
        Sort byName = Sort.by(Sort.Direction.DESC, "displayName");

        String own = csv(matching, OWN, byName);
        List<String> withPush = new ArrayList<>(OWN);
        withPush.add("push");
        String rowByRow = csv(matching, withPush, byName);

        List<List<String>> ownRecords = records(own);
        List<List<String>> expected =
                records(rowByRow).stream().map(r -> r.subList(0, OWN.size())).toList();
        assertThat(ownRecords).isEqualTo(expected).hasSize(5);
        assertThat(ownRecords.get(0))
                .containsExactly(
                        "Customer ID",
                        "Name",
                        "First name",
                        "Last name",
                        "Status",
                        "Email",
                        "Phone",
                        "Next visit",
                        "User type",
                        "Created at",
                        "Last login");
        assertThat(ownRecords.subList(1, 5))
                .extracting(r -> r.get(0))
                .containsExactly(
                        String.valueOf(unicode),
                        String.valueOf(quoted),
                        String.valueOf(deleted),
                        String.valueOf(formula));
        assertThat(ownRecords.get(2))
                .containsExactly(
                        String.valueOf(quoted),
                        "Who? O'Brien, \"line\nbreak\"",
                        "Siobhan",
                        "O'Brien",
                        "Active",
                        "sio@example.ie",
                        "'+353 87 123 4567",
                        "2026-12-24 09:15",
                        "Individual",
                        ownRecords.get(2).get(9),
                        "2026-07-01 00:59");
        assertThat(ownRecords.get(3).get(4)).isEqualTo("DELETED");
        assertThat(ownRecords.get(4)).contains("'@SUM(A1), Who? AS", "", "Blocked", "'=cmd@example.com", "Business");
        assertThat(ownRecords.get(1)).contains("'\tÆrlig", "'-47 91", "Pending");
        assertThat(ownRecords.stream().map(r -> r.get(0))).doesNotContain(String.valueOf(outside));
        // Every line ends as RFC 4180 says, in both files.
        assertThat(own.split("\r\n", -1)).hasSize(rowByRow.split("\r\n", -1).length);
        assertThat(own.replace("\r\n", "").replace("\nbreak", "")).doesNotContain("\n");

        // COPY writes the file on PostgreSQL, reporting the ids it wrote; H2 leaves it to the row-by-row writer.
        List<Long> reported = new ArrayList<>();
        BulkJobService.Step step = new BulkJobService.Step() {
            public boolean cancelled() {
                return false;
            }

            public void advance(int rows, java.util.Collection<Long> ids) {
                reported.addAll(ids);
            }

            public void checkpoint() {}
        };
        var out = new java.io.ByteArrayOutputStream();
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        boolean copied = Boolean.TRUE.equals(readOnly.execute(
                s -> copy.write(matching.where(), byName, List.of("name"), List.of("Name"), k -> k, OSLO, out, step)));
        boolean postgres = "postgres".equals(System.getProperty("clientele.test.database"));
        assertThat(copied).isEqualTo(postgres);
        assertThat(reported).containsExactly(postgres ? new Long[] {unicode, quoted, deleted, formula} : new Long[0]);
        assertThat(out.size() > 0).isEqualTo(postgres);
    }

    @Test
    void cancellingAnExportStopsItAfterTheChunkItHeardOfAndLeavesTheDatabaseUsable() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        tx.executeWithoutResult(s -> generator.insert(
                new CustomerGenerator.Spec(
                        tenant, 3_000, 11, List.of(), new String[] {"cancel" + tenant + ".test"}, false),
                n -> {}));
        Path file = Files.createTempFile("cancel", ".csv");
        try {
            // Progress is heard while the export runs (not when its read-only transaction ends), so Cancel can act.
            java.util.concurrent.atomic.AtomicReference<BulkJobService.Handle> handle =
                    new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            handle.set(export.start(
                    CustomerSelection.allMatching(CustomerFilter.empty()),
                    ExportFormat.CSV,
                    List.of("id", "name", "email"),
                    Sort.by("id"),
                    Locale.ENGLISH,
                    OSLO,
                    file,
                    p -> {
                        if (!p.finished()) {
                            awaitQuietly(started);
                            handle.get().cancel();
                        }
                    }));
            started.countDown();
            BulkJobService.Progress p = handle.get().await(Duration.ofSeconds(60));
            assertThat(p.status()).isEqualTo(io.clientele.bulk.BulkJob.Status.CANCELLED);
            assertThat(p.done()).isEqualTo(1_000);
            String csv = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertThat(records(csv.substring(1))).hasSize(1 + 1_000);
            // The connections are in step afterwards: the next export reads every live customer.
            long live = customers.count(CustomerFilter.empty());
            BulkJobService.Progress again = export.start(
                            CustomerSelection.allMatching(CustomerFilter.empty()),
                            ExportFormat.CSV,
                            List.of("id"),
                            Sort.by("id"),
                            Locale.ENGLISH,
                            OSLO,
                            file,
                            x -> {})
                    .await(Duration.ofSeconds(60));
            assertThat(again.status()).isEqualTo(io.clientele.bulk.BulkJob.Status.DONE);
            assertThat(again.done()).isEqualTo((int) live);
            assertThat(records(Files.readString(file).substring(1))).hasSize(1 + (int) live);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String csv(CustomerSelection selection, List<String> columns, Sort sort) throws Exception {
        Path file = Files.createTempFile("copy", ".csv");
        try {
            BulkJobService.Progress p = export.start(
                            selection, ExportFormat.CSV, columns, sort, Locale.ENGLISH, OSLO, file, x -> {})
                    .await(Duration.ofSeconds(60));
            assertThat(p.status()).isEqualTo(io.clientele.bulk.BulkJob.Status.DONE);
            assertThat(p.done()).isEqualTo(4);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(Optional.of(bytes)
                            .map(b -> new byte[] {b[0], b[1], b[2]})
                            .orElseThrow())
                    .containsExactly(0xEF, 0xBB, 0xBF);
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<List<String>> records(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream()
                .map(CSVRecord::toList)
                .toList();
    }
}
