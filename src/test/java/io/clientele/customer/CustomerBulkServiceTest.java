package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditEvents;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.booking.BookingDraft;
import io.clientele.booking.BookingService;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.bulk.ExportFormat;
import io.clientele.messaging.MessageRecipient;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Customers list's bulk bar on the server: set-based jobs, their audit, undo, exports read back, messages. */
class CustomerBulkServiceTest extends DatabaseTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    CustomerBulkService bulk;

    @Autowired
    CustomerExport export;

    @Autowired
    CustomerMessaging messaging;

    @Autowired
    GroupService groups;

    @Autowired
    BookingService bookings;

    @Autowired
    CustomerLogins logins;

    @Autowired
    BulkJobService jobs;

    @Autowired
    org.springframework.context.ApplicationContext ctx;

    @Autowired
    CustomerGenerator generator;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JdbcClient jdbc;

    long tenant;
    UserAccount admin;

    @BeforeEach
    void tenantWithAdmin() {
        tenant = data.tenant();
        admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
    }

    private static BulkJobService.Progress done(BulkJobService.Handle h) {
        return h.await(WAIT);
    }

    private List<AuditEvent> jobEvents(String action) {
        return AuditEvents.byActor(ctx, admin.getEmail(), 20).stream()
                .filter(e -> e.getAction().equals(action))
                .toList();
    }

    @Test
    void blockingTenThousandMatchingCustomersIsSetBasedAndAuditedOnceWithEveryId() {
        tx.executeWithoutResult(s -> generator.insert(
                new CustomerGenerator.Spec(
                        tenant, 10_000, 7, List.of(), new String[] {"bulk" + tenant + ".test"}, false),
                n -> {}));
        CustomerFilter notBlocked =
                CustomerFilter.empty().withStatuses(EnumSet.complementOf(EnumSet.of(CustomerStatus.BLOCKED)));
        long matching = customers.count(notBlocked);
        assertThat(matching).isGreaterThan(8_000);

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        BulkJobService.Progress p = done(bulk.block(CustomerSelection.allMatching(notBlocked), x -> {}));
        long statements = stats.getPrepareStatementCount();

        assertThat(p.status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(p.affected()).isEqualTo((int) matching);
        assertThat(customers.count(notBlocked)).isZero();
        // Per chunk of 1,000: next ids, lock, update, job progress (read + write) — never a statement per row.
        assertThat(statements).isLessThan(80);
        List<AuditEvent> events = jobEvents("CUSTOMERS_BLOCKED");
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getEntityId()).isEqualTo(p.jobId());
        assertThat(jobs.job(p.jobId()).getAffected()).isEqualTo((int) matching);
        List<Long> audited = io.clientele.base.IdRanges.ids(jobs.job(p.jobId()).getAffectedIds());
        assertThat(audited).hasSize((int) matching);
    }

    @Test
    void blockedCustomersCannotLogInOrBookAndUnblockRestoresTheirStatus() {
        UserAccount login = data.portalLogin(tenant, TestData.uniqueEmail("blocked"));
        long pending = data.customer(tenant, "Pia", "Pending", login.getEmail(), null, CustomerStatus.PENDING);
        long active = data.customer(tenant, "Arne", "Active", null, null, CustomerStatus.ACTIVE);
        jdbc.sql("UPDATE customer SET user_account_id = ? WHERE id = ?")
                .params(login.getId(), pending)
                .update();

        done(bulk.block(CustomerSelection.of(Set.of(pending, active)), x -> {}));
        assertThat(logins.refusal(tenant, login.getId())).contains("login.refused.blocked");
        data.loginAs(data.staff(tenant, Role.OWNER));
        long staff = bookings.staff().getFirst().id();
        assertThatThrownBy(() -> bookings.add(
                        active,
                        new BookingDraft(
                                "Consultation", staff, LocalDateTime.now().plusDays(2), 60),
                        OSLO))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("booking.refused-blocked");
        data.loginAs(admin);

        done(bulk.unblock(CustomerSelection.of(Set.of(pending, active)), x -> {}));
        assertThat(customers.details(pending).orElseThrow().row().status()).isEqualTo(CustomerStatus.PENDING);
        assertThat(customers.details(active).orElseThrow().row().status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(logins.refusal(tenant, login.getId())).isEmpty();
    }

    @Test
    void bulkDeleteSkipsNobodyElseAndUndoBringsExactlyThoseBack() {
        long a = data.customer(tenant, "A", "One", null, null, CustomerStatus.ACTIVE);
        long b = data.customer(tenant, "B", "Two", null, null, CustomerStatus.ACTIVE);
        long c = data.customer(tenant, "C", "Three", null, null, CustomerStatus.ACTIVE);
        BulkJobService.Progress p = done(bulk.delete(CustomerSelection.of(Set.of(a, b)), x -> {}));
        assertThat(p.affected()).isEqualTo(2);
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(1);

        assertThat(bulk.undoDelete(p.jobId())).isEqualTo(2);
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(3);
        assertThat(jobEvents("CUSTOMERS_RESTORED")).hasSize(1);
        assertThat(customers.details(c).orElseThrow().row().deleted()).isFalse();
    }

    @Test
    void assignGroupsAddsMembersOnceAndTheGroupFilterFindsThem() {
        long a = data.customer(tenant, "A", "One", null, null, CustomerStatus.ACTIVE);
        long b = data.customer(tenant, "B", "Two", null, null, CustomerStatus.ACTIVE);
        data.customer(tenant, "C", "Three", null, null, CustomerStatus.ACTIVE);
        CustomerGroup vip = groups.create("VIP");
        groups.setGroups(a, Set.of(vip));

        BulkJobService.Progress p = done(bulk.assignGroups(CustomerSelection.of(Set.of(a, b)), Set.of(vip), x -> {}));
        assertThat(p.status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(customers.count(CustomerFilter.empty().withGroups(Set.of(vip.getId()))))
                .isEqualTo(2);
        assertThat(groups.memberCounts()).containsEntry(vip.getId(), 2L);
        assertThatThrownBy(() -> bulk.assignGroups(CustomerSelection.of(Set.of(a)), Set.of(), x -> {}))
                .isInstanceOf(FieldValidationException.class);
    }

    @Test
    void viewersAndSupportCannotRunAdminBulkActions() {
        long a = data.customer(tenant, "A", "One", null, null, CustomerStatus.ACTIVE);
        for (Role role : List.of(Role.VIEWER, Role.SUPPORT)) {
            data.loginAs(data.staff(tenant, role));
            assertThatThrownBy(() -> bulk.block(CustomerSelection.of(Set.of(a)), x -> {}))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.start(
                            CustomerSelection.of(Set.of(a)),
                            ExportFormat.CSV,
                            List.of("id"),
                            Sort.unsorted(),
                            Locale.ENGLISH,
                            OSLO,
                            Path.of("x"),
                            x -> {}))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(customers.details(a).orElseThrow().row().status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    /** Every format, read back with an independent parser, says what the database says. */
    @Test
    void everyExportFormatReadsBackAsTheDatabaseHasIt() throws Exception {
        long evil = data.customer(
                tenant, "<script>alert(1)</script>", "=1+1", "evil@example.no", "91234567", CustomerStatus.ACTIVE);
        long kari = data.customer(tenant, "Kari", "Berg", "kari@example.no", null, CustomerStatus.PENDING);
        CustomerGroup vip = groups.create("VIP");
        groups.setGroups(kari, Set.of(vip));
        List<String> columns = List.of("id", "name", "email", "phone", "status", "groups", "createdAt", "push");
        CustomerSelection all = CustomerSelection.allMatching(CustomerFilter.empty());
        Map<ExportFormat, Path> files = new EnumMap<>(ExportFormat.class);
        for (ExportFormat f : ExportFormat.values()) {
            Path file = Files.createTempFile("export", "." + f.extension());
            BulkJobService.Progress p =
                    done(export.start(all, f, columns, Sort.by("id"), Locale.ENGLISH, OSLO, file, x -> {}));
            assertThat(p.done()).isEqualTo(2);
            files.put(f, file);
        }
        assertThat(export.fileName(ExportFormat.XLSX, OSLO))
                .matches("[a-z0-9-]+-customers-\\d{4}-\\d{2}-\\d{2}\\.xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(files.get(ExportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customer ID");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(evil);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("<script>alert(1)</script> =1+1");
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(
                            sheet.getRow(1).getCell(6)))
                    .isTrue();
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("VIP");
        }

        try (ZipFile zip = new ZipFile(files.get(ExportFormat.ODS).toFile())) {
            assertThat(zip.entries().nextElement().getName()).isEqualTo("mimetype");
            assertThat(new String(
                            zip.getInputStream(zip.getEntry("mimetype")).readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document xml =
                    factory.newDocumentBuilder().parse(zip.getInputStream(zip.getEntry("content.xml")));
            NodeList rows = xml.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-row");
            assertThat(rows.getLength()).isEqualTo(3);
            Element idCell = (Element) ((Element) rows.item(1))
                    .getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-cell")
                    .item(0);
            String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
            assertThat(idCell.getAttributeNS(office, "value-type")).isEqualTo("float");
            assertThat(idCell.getAttributeNS(office, "value")).isEqualTo(String.valueOf(evil));
            Element created = (Element) ((Element) rows.item(1))
                    .getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-cell")
                    .item(6);
            assertThat(created.getAttributeNS(office, "value-type")).isEqualTo("date");
            assertThat(rows.item(1).getTextContent()).contains("<script>alert(1)</script> =1+1");
        }

        List<VCard> cards = Ezvcard.parse(files.get(ExportFormat.VCARD)).all();
        assertThat(cards).hasSize(2);
        assertThat(cards.get(1).getFormattedName().getValue()).isEqualTo("Kari Berg");
        assertThat(cards.get(1).getStructuredName().getFamily()).isEqualTo("Berg");
        assertThat(cards.get(1).getEmails().getFirst().getValue()).isEqualTo("kari@example.no");
        assertThat(cards.get(0).getTelephoneNumbers().getFirst().getText()).isEqualTo("+47 91 23 45 67");

        byte[] csvBytes = Files.readAllBytes(files.get(ExportFormat.CSV));
        assertThat(Arrays.copyOf(csvBytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        try (Reader in = new InputStreamReader(
                new java.io.ByteArrayInputStream(csvBytes, 3, csvBytes.length - 3), StandardCharsets.UTF_8)) {
            List<CSVRecord> records =
                    CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).get("Customer ID")).isEqualTo(String.valueOf(evil));
            assertThat(records.get(0).get("Name")).isEqualTo("<script>alert(1)</script> =1+1");
            assertThat(records.get(1).get("Status")).isEqualTo("Pending");
            assertThat(records.get(1).get("Groups")).isEqualTo("VIP");
        }

        Document html = Jsoup.parse(files.get(ExportFormat.HTML).toFile(), "UTF-8");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("tbody tr")).hasSize(2);
        assertThat(html.select("tbody tr").first().select("td").get(1).text())
                .isEqualTo("<script>alert(1)</script> =1+1");
        assertThat(html.select("thead th").eachText()).startsWith("Customer ID", "Name", "Email");
        files.values().forEach(f -> f.toFile().delete());
    }

    @Test
    void aMessageReachesEveryoneWithAnAddressWithPlaceholdersFilledAndSkipsTheRest() throws Exception {
        long kari = data.customer(tenant, "Kari", "Berg", "kari@example.no", null, CustomerStatus.ACTIVE);
        long nomail = data.customer(tenant, "Nils", "Utenpost", null, null, CustomerStatus.ACTIVE);
        data.loginAs(data.staff(tenant, Role.SUPPORT));
        CustomerSelection both = CustomerSelection.of(Set.of(kari, nomail));
        assertThat(messaging.countWithoutEmail(both)).isEqualTo(1);
        assertThat(messaging
                        .preview(both, "Hi {firstName}", "Dear {firstName} {lastName}")
                        .orElseThrow()
                        .body())
                .isEqualTo("Dear Kari Berg");
        assertThatThrownBy(() -> messaging.send(both, "Hi", "Hello {nickname}", x -> {}))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("message.unknown-placeholder");

        BulkJobService.Progress p =
                done(messaging.send(both, "Hi {firstName}", "Dear {firstName} {lastName}", x -> {}));
        assertThat(p.affected()).isEqualTo(1);
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Hi Kari");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Dear Kari Berg");
        assertThat(messaging.sentTo(kari, PageRequest.of(0, 10)))
                .extracting(MessageRecipient::getStatus)
                .containsExactly(MessageRecipient.Status.SENT);
        assertThat(messaging.sentTo(nomail, PageRequest.of(0, 10)))
                .extracting(MessageRecipient::getStatus)
                .containsExactly(MessageRecipient.Status.SKIPPED);
    }

    @Test
    void bookingsRefuseOverlapsForTheSameStaffAndSetTheNextVisit() {
        data.loginAs(data.staff(tenant, Role.OWNER));
        long a = data.customer(tenant, "A", "One", null, null, CustomerStatus.ACTIVE);
        long b = data.customer(tenant, "B", "Two", null, null, CustomerStatus.ACTIVE);
        long staff = bookings.staff().getFirst().id();
        LocalDateTime tomorrow = LocalDateTime.now(OSLO)
                .plusDays(1)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        bookings.add(a, new BookingDraft("Consultation", staff, tomorrow, 60), OSLO);
        assertThatThrownBy(
                        () -> bookings.add(b, new BookingDraft("Treatment", staff, tomorrow.plusMinutes(30), 30), OSLO))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("booking.staff-busy");
        bookings.add(b, new BookingDraft("Treatment", staff, tomorrow.plusMinutes(60), 30), OSLO);
        assertThat(customers.details(a).orElseThrow().row().nextVisit())
                .isEqualTo(tomorrow.atZone(OSLO).toInstant());
        assertThat(customers.list(CustomerFilter.empty(), PageRequest.of(0, 10, Sort.by("nextVisitAt"))))
                .extracting(CustomerRow::id)
                .containsExactly(a, b);
    }
}
