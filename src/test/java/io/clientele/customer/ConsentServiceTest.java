package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditEvents;
import io.clientele.audit.AuditService;
import io.clientele.base.FieldValidationException;
import io.clientele.bulk.BulkJobService;
import io.clientele.bulk.ExportFormat;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** GDPR consent fields: the tenant's fields, each customer's answer with time and source, list filters, exports. */
class ConsentServiceTest extends DatabaseTest {
    @Autowired
    ConsentService consents;

    @Autowired
    CustomerExport export;

    @Autowired
    AuditService audit;

    @Autowired
    org.springframework.context.ApplicationContext ctx;

    long tenant;
    UserAccount admin;

    @BeforeEach
    void tenantWithAdmin() {
        tenant = data.tenant();
        admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
    }

    private List<String> names(Map<Long, ConsentAnswer> filter) {
        return customers
                .list(
                        CustomerFilter.empty().withConsents(filter),
                        org.springframework.data.domain.PageRequest.of(0, 50, Sort.by("displayName")))
                .stream()
                .map(CustomerRow::displayName)
                .toList();
    }

    @Test
    void answersFilterTheListAsYesNoOrNotRecorded() {
        long ada = data.customer(tenant, "Ada", "Yes", null, null, CustomerStatus.ACTIVE);
        long bo = data.customer(tenant, "Bo", "No", null, null, CustomerStatus.ACTIVE);
        data.customer(tenant, "Cy", "Unasked", null, null, CustomerStatus.ACTIVE);
        ConsentField marketing = consents.create("Marketing e-mails");
        ConsentField terms = consents.create("Terms accepted");
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        consents.record(ada, marketing.getId(), true, yesterday, "Web form");
        consents.record(bo, marketing.getId(), false, yesterday, " Phone ");
        consents.record(bo, terms.getId(), true, yesterday, "Paper form");

        assertThat(names(Map.of(marketing.getId(), ConsentAnswer.YES))).containsExactly("Ada Yes");
        assertThat(names(Map.of(marketing.getId(), ConsentAnswer.NO))).containsExactly("Bo No");
        assertThat(names(Map.of(marketing.getId(), ConsentAnswer.UNRECORDED))).containsExactly("Cy Unasked");
        assertThat(names(Map.of(marketing.getId(), ConsentAnswer.NO, terms.getId(), ConsentAnswer.YES)))
                .containsExactly("Bo No");
        assertThat(names(Map.of(terms.getId(), ConsentAnswer.UNRECORDED))).containsExactly("Ada Yes", "Cy Unasked");

        Consent boMarketing =
                customers.details(bo).orElseThrow().row().consents().get(marketing.getId());
        assertThat(boMarketing).isEqualTo(new Consent(false, yesterday, "Phone"));
        assertThat(consents.memberCounts()).containsEntry(marketing.getId(), 1L).containsEntry(terms.getId(), 1L);
    }

    @Test
    void aNewAnswerReplacesTheOldOneAndTheAuditLogKeepsBoth() {
        long ada = data.customer(tenant, "Ada", "Changes", null, null, CustomerStatus.ACTIVE);
        ConsentField marketing = consents.create("Marketing e-mails");
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        consents.record(ada, marketing.getId(), true, monthAgo, "Customer portal");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        consents.record(ada, marketing.getId(), false, now, "Phone");

        assertThat(consents.of(List.of(ada)).get(ada))
                .containsExactly(Map.entry(marketing.getId(), new Consent(false, now, "Phone")));
        List<AuditEvent> history = audit.history("CUSTOMER", ada, 10).stream()
                .filter(e -> e.getAction().equals("CUSTOMER_CONSENT_RECORDED"))
                .toList();
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().getSummary()).isEqualTo("Marketing e-mails of Ada Changes: no (Phone)");
        assertThat(history.getFirst().getBeforeState()).contains("Customer portal");
    }

    @Test
    void badAnswersAndDuplicateFieldNamesAreRefusedAndChangeNothing() {
        long ada = data.customer(tenant, "Ada", "Strict", null, null, CustomerStatus.ACTIVE);
        ConsentField terms = consents.create("Terms accepted");
        assertThatThrownBy(() -> consents.create(" terms ACCEPTED "))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("consent.name-taken");
        assertThatThrownBy(() -> consents.create("  ")).isInstanceOf(FieldValidationException.class);
        FieldValidationException bad = org.junit.jupiter.api.Assertions.assertThrows(
                FieldValidationException.class,
                () -> consents.record(ada, terms.getId(), true, Instant.now().plus(Duration.ofDays(1)), " "));
        assertThat(bad.all().stream().map(FieldValidationException::field).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("recordedAt", "source");
        assertThatThrownBy(() -> consents.record(ada, terms.getId(), true, Instant.now(), "x".repeat(101)))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("validation.max-100");
        assertThat(consents.of(List.of(ada))).isEmpty();

        for (Role role : List.of(Role.VIEWER, Role.SUPPORT)) {
            data.loginAs(data.staff(tenant, role));
            assertThatThrownBy(() -> consents.record(ada, terms.getId(), true, Instant.now(), "Phone"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consents.create("Sneaky")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void deletingAFieldTakesItsAnswersButNotTheCustomers() {
        long ada = data.customer(tenant, "Ada", "Stays", null, null, CustomerStatus.ACTIVE);
        ConsentField sms = consents.create("SMS reminders");
        consents.record(ada, sms.getId(), true, Instant.now(), "Phone");
        consents.rename(sms.getId(), "SMS and push reminders");
        assertThat(consents.all()).extracting(ConsentField::getName).containsExactly("SMS and push reminders");
        consents.delete(sms.getId());
        assertThat(consents.all()).isEmpty();
        assertThat(consents.of(List.of(ada))).isEmpty();
        assertThat(customers.exists(ada)).isTrue();
        assertThat(AuditEvents.byActor(ctx, admin.getEmail(), 10))
                .extracting(AuditEvent::getAction)
                .contains("CONSENT_FIELD_CREATED", "CONSENT_FIELD_RENAMED", "CONSENT_FIELD_DELETED");
    }

    @Test
    void aConsentColumnExportsAsAnswerTimeAndSourceWithTypedCells() throws Exception {
        long ada = data.customer(tenant, "Ada", "Export", null, null, CustomerStatus.ACTIVE);
        data.customer(tenant, "Bo", "Export", null, null, CustomerStatus.ACTIVE);
        ConsentField marketing = consents.create("Marketing e-mails");
        Instant at = Instant.parse("2026-03-02T13:04:00Z");
        consents.record(ada, marketing.getId(), true, at, "Web form");
        List<String> columns = List.of("name", ConsentField.COLUMN_PREFIX + marketing.getId());
        CustomerSelection all = CustomerSelection.allMatching(CustomerFilter.empty());
        ZoneId oslo = ZoneId.of("Europe/Oslo");

        Path xlsx = Files.createTempFile("consents", ".xlsx");
        Path csv = Files.createTempFile("consents", ".csv");
        try {
            BulkJobService.Handle h = export.start(
                    all, ExportFormat.XLSX, columns, Sort.by("displayName"), Locale.ENGLISH, oslo, xlsx, x -> {});
            h.await(Duration.ofSeconds(60));
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                XSSFSheet sheet = book.getSheetAt(0);
                assertThat(List.of(
                                sheet.getRow(0).getCell(1).getStringCellValue(),
                                sheet.getRow(0).getCell(2).getStringCellValue(),
                                sheet.getRow(0).getCell(3).getStringCellValue()))
                        .containsExactly(
                                "Marketing e-mails", "Marketing e-mails – answered at", "Marketing e-mails – source");
                assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.BOOLEAN);
                assertThat(sheet.getRow(1).getCell(1).getBooleanCellValue()).isTrue();
                assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2)))
                        .isTrue();
                assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue())
                        .isEqualTo(at.atZone(oslo).toLocalDateTime());
                assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Web form");
                // Bo has no answer: the cells stay empty rather than saying "no".
                var boAnswer = sheet.getRow(2).getCell(1);
                assertThat(boAnswer == null || boAnswer.getCellType() == CellType.BLANK)
                        .isTrue();
            }
            export.start(
                            all,
                            ExportFormat.CSV,
                            columns,
                            Sort.by("displayName"),
                            Locale.forLanguageTag("nb"),
                            oslo,
                            csv,
                            x -> {})
                    .await(Duration.ofSeconds(60));
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                in.skip(1);
                List<CSVRecord> rows =
                        CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
                assertThat(rows.getFirst().get("Marketing e-mails – kilde")).isEqualTo("Web form");
                assertThat(rows.get(1).get("Marketing e-mails")).isEmpty();
            }
        } finally {
            Files.deleteIfExists(xlsx);
            Files.deleteIfExists(csv);
        }
    }
}
