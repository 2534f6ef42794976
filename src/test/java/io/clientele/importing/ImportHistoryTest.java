package io.clientele.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditEvents;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.OwnerType;
import io.clientele.bulk.BulkJob;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.GroupService;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressKind;
import io.clientele.directory.AddressService;
import io.clientele.importing.ImportRun.OnDuplicate;
import io.clientele.importing.ImportRun.OnError;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Import history and Undo import: an undo puts the tenant's customers back as they were before the import, keeps
 * what someone changed after it, and is refused a second time; a possible duplicate can be merged into its match;
 * a second import while one runs is refused, so one file imported twice at once makes no doubles.
 */
class ImportHistoryTest extends ImportTest {
    private static final List<ImportField> MAPPING = List.of(
            ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.GROUPS);

    @Autowired
    GroupService groups;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    AddressService addresses;

    @Test
    void undoTrashesWhatTheImportCreatedAndRestoresWhatItUpdatedUnlessChangedSince() throws Exception {
        long tenant = data.tenant();
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
        CustomerGroup gold = groups.create("Gold");
        CustomerGroup vip = groups.create("VIP");
        long kari =
                data.customer(tenant, "Kari", "Nordmann", "kari@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        groups.setGroups(kari, Set.of(gold));
        long lise = data.customer(tenant, "Lise", "Li", "lise@example.no", null, CustomerStatus.ACTIVE);
        String phone = customers.details(kari).orElseThrow().row().phone();

        ImportRun.Started started = start("""
                First name,Last name,Email,Phone,Groups
                Kari,Nordmann-Berg,kari@example.no,,VIP
                Lise,Lie,lise@example.no,,
                Per,Hansen,per@example.no,,VIP
                Siri,Strand,siri@example.no,,
                """, OnDuplicate.SKIP);
        assertThat(started.job().await(Duration.ofSeconds(30)).status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(names()).containsExactly("Kari Nordmann-Berg", "Lise Lie", "Per Hansen", "Siri Strand");
        List<Long> created = customers.list(CustomerFilter.empty(), PageRequest.of(0, 10)).stream()
                .filter(r -> r.id() != kari && r.id() != lise)
                .map(CustomerRow::id)
                .toList();
        // Someone corrects Lise after the import: the undo must not take that away.
        CustomerDraft corrected = customers.draftOf(lise);
        corrected.setLastName("Lie-Olsen");
        customers.update(lise, corrected);

        BulkJobService.Progress undone =
                history.undo(started.importId(), p -> {}).await(Duration.ofSeconds(30));

        assertThat(undone.status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(ImportHistory.Undone.of(undone.detail())).isEqualTo(new ImportHistory.Undone(2, 1, 1));
        assertThat(names()).containsExactly("Kari Nordmann", "Lise Lie-Olsen");
        CustomerDetails restored = customers.details(kari).orElseThrow();
        assertThat(restored.row().phone()).isEqualTo(phone);
        assertThat(groups.groupsOf(kari)).extracting(CustomerGroup::getName).containsExactly("Gold");
        assertThat(created)
                .as("in the Trash, to be restored from there")
                .allMatch(id -> customers.details(id).orElseThrow().row().deleted());
        assertThat(history.find(started.importId()).orElseThrow().state()).isEqualTo(ImportHistory.State.UNDONE);
        assertThatThrownBy(() -> history.undo(started.importId(), p -> {}))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("import.refused-undone");
        List<AuditEvent> undoEvents = AuditEvents.byActor(ctx, admin.getEmail(), 100).stream()
                .filter(e -> e.getAction().equals("CUSTOMERS_IMPORT_UNDONE"))
                .toList();
        assertThat(undoEvents).hasSize(1);
        assertThat(vip.getName()).isEqualTo("VIP");
    }

    @Test
    void aPossibleDuplicateMergedIntoItsMatchFillsOnlyWhatTheMatchLacksAndUndoTakesItBack() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        groups.create("VIP");
        long kari = data.customer(tenant, "Kari", "Nordmann", null, "+47 912 34 567", CustomerStatus.ACTIVE);

        ImportRun.Started started = start("""
                First name,Last name,Email,Phone,Groups
                Kari,Nordmann,kari@example.no,+47 912 34 567,VIP
                """, OnDuplicate.MERGE);
        BulkJobService.Progress done = started.job().await(Duration.ofSeconds(30));

        assertThat(ImportRun.Outcome.of(done.detail())).isEqualTo(new ImportRun.Outcome(0, 1, 0, 0));
        assertThat(names()).containsExactly("Kari Nordmann");
        assertThat(customers.details(kari).orElseThrow().row().email()).isEqualTo("kari@example.no");
        assertThat(groups.groupsOf(kari)).extracting(CustomerGroup::getName).containsExactly("VIP");

        history.undo(started.importId(), p -> {}).await(Duration.ofSeconds(30));
        assertThat(customers.details(kari).orElseThrow().row().email()).isNull();
        assertThat(groups.groupsOf(kari)).isEmpty();
    }

    @Test
    void addressColumnsSetTheCustomersVisitingAddressAndUndoPutsItBack() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long kari = data.customer(tenant, "Kari", "Nordmann", "kari@example.no", null, CustomerStatus.ACTIVE);
        long lise = data.customer(tenant, "Lise", "Li", "lise@example.no", null, CustomerStatus.ACTIVE);
        AddressDraft home = new AddressDraft();
        home.setLine1("Storgata 1");
        home.setPostCode("0150");
        home.setCity("Oslo");
        long kariHome = addresses.saveAddress(OwnerType.CUSTOMER, kari, null, home);
        String csv = """
                First name,Last name,Email,Adresse,Postnr,Poststed
                Kari,Nordmann,kari@example.no,Bryggen 5,5003,Bergen
                Lise,Li,lise@example.no,Havnegata 2,9008,Tromsø
                Per,Hansen,per@example.no,Kirkeveien 1,12,Oslo
                Ola,Olsen,ola@example.no,Kirkeveien 2,0150,
                Siri,Strand,siri@example.no,Elvegata 3,7011,Trondheim
                """;
        List<ImportField> mapping = ImportMapping.suggest(
                List.of("First name", "Last name", "Email", "Adresse", "Postnr", "Poststed"),
                ImportField.Records.CUSTOMERS);
        assertThat(mapping).endsWith(ImportField.ADDRESS, ImportField.POST_CODE, ImportField.CITY);

        ImportRun.Started started = start(csv, mapping, OnDuplicate.SKIP);
        BulkJobService.Progress done = started.job().await(Duration.ofSeconds(30));

        assertThat(ImportRun.Outcome.of(done.detail()))
                .as("Per's post number and Ola's missing city are refused")
                .isEqualTo(new ImportRun.Outcome(1, 2, 0, 2));
        assertThat(visiting(kari)).isEqualTo("Bryggen 5, 5003 Bergen");
        assertThat(addresses
                        .defaultAddress(OwnerType.CUSTOMER, kari, AddressKind.VISITING)
                        .orElseThrow()
                        .getId())
                .as("the same address, changed")
                .isEqualTo(kariHome);
        assertThat(visiting(lise)).isEqualTo("Havnegata 2, 9008 Tromsø");
        long siri = customers.withEmail("siri@example.no").orElseThrow();
        assertThat(visiting(siri)).isEqualTo("Elvegata 3, 7011 Trondheim");
        assertThat(new String(history.report(started.importId()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("Kirkeveien 1")
                .as("a generic message names its field")
                .contains("City: Required");

        history.undo(started.importId(), p -> {}).await(Duration.ofSeconds(30));

        assertThat(visiting(kari)).isEqualTo("Storgata 1, 0150 Oslo");
        assertThat(addresses.addresses(OwnerType.CUSTOMER, lise))
                .as("the address it added is gone")
                .isEmpty();
    }

    private String visiting(long customerId) {
        return addresses
                .defaultAddress(OwnerType.CUSTOMER, customerId, AddressKind.VISITING)
                .map(a -> a.getLine1() + ", " + a.getPostCode() + " " + a.getCity())
                .orElse(null);
    }

    /** Enough that the first import still reads its file when the second comes. */
    private static final int ROWS = 200;

    @Test
    void aSecondImportWhileOneRunsIsRefusedSoOneFileTwiceMakesNoDoubles() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        // A customer already there: the import goes row by row (a staged one could end before the second comes).
        data.customer(tenant, "Kari", "Nordmann", "kari@example.no", null, CustomerStatus.ACTIVE);
        String file = "First name,Last name,Email,Phone,Groups\n"
                + IntStream.range(0, ROWS)
                        .mapToObj(i -> "Person,Number " + i + ",p" + i + "@example.no,,")
                        .collect(Collectors.joining("\n"));

        ImportRun.Started first = start(file, OnDuplicate.CREATE);
        assertThatThrownBy(() -> start(file, OnDuplicate.CREATE))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("import.refused-running");
        assertThat(history.count(null))
                .as("the refused one is not in the history")
                .isEqualTo(1);
        assertThat(first.job().await(Duration.ofSeconds(120)).status()).isEqualTo(BulkJob.Status.DONE);
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(ROWS + 1);

        // Once it has ended the same file may come again: it updates the customers it matches by e-mail.
        BulkJobService.Progress again = start(file, OnDuplicate.CREATE).job().await(Duration.ofSeconds(120));
        assertThat(ImportRun.Outcome.of(again.detail()).created()).isZero();
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(ROWS + 1);
        assertThat(history.list(null, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "createdAt"))))
                .extracting(ImportHistory.Entry::state)
                .containsExactly(ImportHistory.State.DONE, ImportHistory.State.DONE);
    }

    @Test
    void historyIsTheTenantsOwn() throws Exception {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        ImportRun.Started started =
                start("First name,Last name,Email,Phone,Groups\nA,B,ab@example.no,,\n", OnDuplicate.SKIP);
        started.job().await(Duration.ofSeconds(30));

        data.loginAs(data.staff(data.tenant(), Role.ADMIN));
        assertThat(history.count(null)).isZero();
        assertThat(history.find(started.importId())).isEmpty();
        assertThat(history.report(started.importId())).isEmpty();
    }

    private ImportRun.Started start(String csv, OnDuplicate onDuplicate) throws IOException {
        return start(csv, MAPPING, onDuplicate);
    }

    private ImportRun.Started start(String csv, List<ImportField> mapping, OnDuplicate onDuplicate) throws IOException {
        return start(csv, mapping, OnError.IMPORT_VALID, onDuplicate);
    }

    private List<String> names() {
        return customers.list(CustomerFilter.empty(), PageRequest.of(0, 10, Sort.by("displayName"))).stream()
                .map(CustomerRow::displayName)
                .toList();
    }
}
