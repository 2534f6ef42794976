package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.clientele.DatabaseTest;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.BillingInfo;
import io.clientele.customer.CustomerStatus;
import io.clientele.messaging.NotificationService;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

class CustomerAccountServiceTest extends DatabaseTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    SharedBilling sharedBilling;

    @Autowired
    CustomerAccountExport export;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    AccountTestData fixtures;
    long tenant;
    UserAccount admin;

    @BeforeEach
    void adminInFreshTenant() {
        tenant = data.tenant();
        admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
        fixtures = new AccountTestData(organizations, accounts, users);
    }

    private List<String> names(String search) {
        return accounts.list(search, PageRequest.of(0, 20, Sort.by("displayName"))).stream()
                .map(AccountRow::organizationName)
                .toList();
    }

    private static void expectRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(key));
    }

    @Test
    void creatingMakesTheUserCustomerAdminAndTheOrganizationAndUserLeaveThePickers() {
        long org = fixtures.organization("Elv Catering AS");
        UserAccount hanne = fixtures.guest(tenant, "Hanne", "Berg");
        assertThat(accounts.organizationChoices("elv", null, 0, 20))
                .extracting(Choice::id)
                .containsExactly(org);
        assertThat(accounts.adminChoices("hanne", null, false, 0, 20))
                .extracting(Choice::id)
                .containsExactly(hanne.getId());

        AccountDraft d = AccountTestData.draft(org, "Elv Catering AS", hanne, true);
        d.setCustomerNumber("142002");
        long id = accounts.create(d);

        assertThat(users.findInTenant(hanne.getId()).orElseThrow().getPortalRole())
                .isEqualTo(Role.CUSTOMER_ADMIN);
        assertThat(accounts.organizationChoices("elv", null, 0, 20)).isEmpty();
        assertThat(accounts.adminChoices("hanne", null, false, 0, 20)).isEmpty();
        AccountRow row = accounts.list("", PageRequest.of(0, 20)).getFirst();
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.adminName()).isEqualTo("Hanne Berg");
        assertThat(row.actions())
                .containsExactlyInAnyOrder(
                        AccountAction.VIEW, AccountAction.EDIT, AccountAction.MANAGE_SHARED, AccountAction.DELETE);
        // Editing keeps the account's own organization and admin pickable.
        assertThat(accounts.organizationChoices("elv", org, 0, 20))
                .extracting(Choice::id)
                .containsExactly(org);
        assertThat(accounts.adminChoices("", hanne.getId(), false, 0, 20))
                .extracting(Choice::id)
                .contains(hanne.getId());
    }

    @Test
    void validationMessagesLandOnTheirFieldsAndNothingIsSaved() {
        long first = fixtures.account(tenant, "Bre Design AS", false);
        long org = fixtures.organization("Bølge Design ENK");
        UserAccount guest = fixtures.guest(tenant, "Guro", "Gjest");
        AccountDraft d = AccountTestData.draft(org, "Bølge Design ENK", guest, false);
        d.setCustomerNumber("12ab");
        assertThatThrownBy(() -> accounts.create(d))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("customerNumber"));
        d.setCustomerNumber("");
        d.setStatus(CustomerStatus.BLOCKED);
        assertThatThrownBy(() -> accounts.create(d))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("account.status-invalid"));
        d.setStatus(CustomerStatus.ACTIVE);
        UserAccount taken = users.findInTenant(
                        accounts.details(first).orElseThrow().admin().getId())
                .orElseThrow();
        d.setAdmin(new Choice(taken.getId(), "", ""));
        assertThatThrownBy(() -> accounts.create(d))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("account.admin-taken"));
        d.setAdmin(new Choice(admin.getId(), "", ""));
        assertThatThrownBy(() -> accounts.create(d))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("account.admin-unavailable"));
        assertThat(accounts.count("")).isEqualTo(1);
    }

    @Test
    void searchFindsByOrganizationNameOrganizationNumberAndCustomerNumberIncludingDeleted() {
        long a = fixtures.account(tenant, "Fjord Bygg AS", false);
        long b = fixtures.account(tenant, "Lyng Marin AS", false);
        AccountDraft draft = accounts.draftOf(b);
        draft.setCustomerNumber("777123");
        accounts.update(b, draft);
        accounts.softDelete(a);
        String number = accounts.details(a).orElseThrow().organization().getOrgNumber();

        assertThat(names("")).containsExactly("Fjord Bygg AS", "Lyng Marin AS");
        assertThat(names("fjord")).containsExactly("Fjord Bygg AS");
        assertThat(names(number.substring(0, 3) + " " + number.substring(3))).containsExactly("Fjord Bygg AS");
        assertThat(names("7771")).containsExactly("Lyng Marin AS");
        assertThat(names("nothing like it")).isEmpty();
        assertThat(accounts.list("fjord", PageRequest.of(0, 20)).getFirst().deleted())
                .isTrue();
    }

    @Test
    void theServerRefusesEveryActionTheStateDoesNotAllow() {
        long id = fixtures.account(tenant, "Stein Regnskap AS", false);
        UserAccount guest = fixtures.guest(tenant, "Gustav", "Gjest");
        expectRefused(() -> accounts.recover(id, new Choice(guest.getId(), "", "")), "account.refused.recover");
        expectRefused(() -> accounts.permanentlyDelete(id), "account.refused.permanently_delete");
        expectRefused(() -> sharedBilling.addShared(id, id), "account.refused.manage_shared");

        accounts.softDelete(id);
        expectRefused(() -> accounts.softDelete(id), "account.refused.delete");
        expectRefused(() -> accounts.draftOf(id), "account.refused.edit");
        expectRefused(() -> accounts.update(id, new AccountDraft()), "account.refused.edit");
        expectRefused(() -> accounts.updateBilling(id, new BillingInfo()), "account.refused.edit");
        assertThat(accounts.details(id).orElseThrow().row().actions())
                .containsExactlyInAnyOrder(AccountAction.VIEW, AccountAction.RECOVER, AccountAction.PERMANENTLY_DELETE);
    }

    @Test
    void softDeleteReleasesTheAdminAndRecoverTakesOnlyAGuest() {
        long id = fixtures.account(tenant, "Skog Transport AS", false);
        UserAccount former = accounts.details(id).orElseThrow().admin();
        accounts.softDelete(id);
        AccountDetails deleted = accounts.details(id).orElseThrow();
        assertThat(deleted.admin()).isNull();
        assertThat(deleted.row().adminName()).isNull();
        assertThat(users.findInTenant(former.getId()).orElseThrow().getPortalRole())
                .isEqualTo(Role.GUEST);

        UserAccount customer = SystemAuthentication.platform(() -> users.create(
                tenant,
                io.clientele.TestData.uniqueEmail("kunde"),
                "Kari",
                "Kunde",
                io.clientele.TestData.PASSWORD,
                null,
                Role.CUSTOMER));
        assertThat(accounts.adminChoices("", null, true, 0, 50))
                .extracting(Choice::id)
                .contains(former.getId())
                .doesNotContain(customer.getId());
        assertThatThrownBy(() -> accounts.recover(id, new Choice(customer.getId(), "", "")))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("account.admin-not-guest"));

        UserAccount guest = fixtures.guest(tenant, "Gustav", "Gjest");
        accounts.recover(id, new Choice(guest.getId(), "", ""));
        AccountDetails recovered = accounts.details(id).orElseThrow();
        assertThat(recovered.row().deleted()).isFalse();
        assertThat(recovered.row().status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(recovered.admin().getId()).isEqualTo(guest.getId());
        assertThat(recovered.admin().getPortalRole()).isEqualTo(Role.CUSTOMER_ADMIN);
    }

    @Test
    void sharedAccountsNotifyBothAdminsInAppAndByMail() throws Exception {
        long billing = fixtures.account(tenant, "Elv Catering AS", true);
        long shared = fixtures.account(tenant, "Lyng Media ENK", false);
        long inactive = fixtures.account(tenant, "Kald Kafé AS", false);
        AccountDraft off = accounts.draftOf(inactive);
        off.setStatus(CustomerStatus.INACTIVE);
        accounts.update(inactive, off);

        assertThat(sharedBilling.shareChoices(billing, "", 0, 20))
                .extracting(Choice::id)
                .containsExactly(shared);
        expectRefused(() -> sharedBilling.addShared(billing, billing), "account.refused.share-self");
        expectRefused(() -> sharedBilling.addShared(billing, inactive), "account.refused.share-not-active");
        sharedBilling.addShared(billing, shared);
        expectRefused(() -> sharedBilling.addShared(billing, shared), "account.refused.share-taken");
        assertThat(sharedBilling.sharedAccounts(billing, PageRequest.of(0, 20)))
                .extracting(AccountRow::id)
                .containsExactly(shared);
        assertThat(accounts.details(shared).orElseThrow().billedBy()).isEqualTo("Elv Catering AS");
        assertThat(sharedBilling.shareChoices(billing, "", 0, 20)).isEmpty();

        UserAccount billingAdmin = accounts.details(billing).orElseThrow().admin();
        UserAccount sharedAdmin = accounts.details(shared).orElseThrow().admin();
        assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
        Map<String, String> bodies = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            bodies.put(m.getAllRecipients()[0].toString(), GreenMailUtil.getBody(m));
        }
        assertThat(bodies.get(billingAdmin.getEmail())).contains("Lyng Media ENK has been added as a shared account");
        assertThat(bodies.get(sharedAdmin.getEmail()))
                .contains("Your account Lyng Media ENK now bills through Elv Catering AS");

        // The shared account's admin sees it in the portal on next login.
        data.loginAs(sharedAdmin);
        assertThat(notifications.mine(10))
                .extracting(n -> n.getMessage())
                .containsExactly("Your account Lyng Media ENK now bills through Elv Catering AS.");
        data.loginAs(admin);

        AccountDraft disable = accounts.draftOf(billing);
        disable.setAllowSharedBilling(false);
        assertThatThrownBy(() -> accounts.update(billing, disable))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("account.shared-in-use"));

        sharedBilling.removeShared(billing, shared);
        assertThat(sharedBilling.sharedAccounts(billing, PageRequest.of(0, 20))).isEmpty();
        assertThat(mail.waitForIncomingEmail(5000, 4)).isTrue();
    }

    @Test
    void permanentDeleteIsRefusedWhileOtherAccountsBillThroughItAndLeavesNoDanglingLinks() {
        long billing = fixtures.account(tenant, "Elv Catering AS", true);
        long shared = fixtures.account(tenant, "Lyng Media ENK", false);
        sharedBilling.addShared(billing, shared);

        accounts.softDelete(billing);
        expectRefused(() -> accounts.permanentlyDelete(billing), "account.refused.billing-in-use");

        accounts.softDelete(shared);
        accounts.permanentlyDelete(shared);
        assertThat(accounts.details(shared)).isEmpty();
        assertThat(sharedBilling.sharedAccounts(billing, PageRequest.of(0, 20))).isEmpty();
        accounts.permanentlyDelete(billing);
        assertThat(accounts.count("")).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM shared_billing_link WHERE tenant_id = ?", Long.class, tenant))
                .isZero();
    }

    @Test
    void billingInformationIsValidatedAgainstTheOrganizationsCountry() {
        long id = fixtures.account(tenant, "Furu Rørlegger AS", false);
        assertThat(accounts.details(id).orElseThrow().billing().isEmpty()).isTrue();
        BillingInfo b = new BillingInfo();
        b.setPostCode("12");
        assertThatThrownBy(() -> accounts.updateBilling(id, b))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("postCode"));
        b.setPostCode("5003");
        b.setMunicipality("Bergen");
        b.setPhone("55 12 34 56");
        b.setResponsible("Kari Nordmann");
        accounts.updateBilling(id, b);
        BillingInfo saved = accounts.details(id).orElseThrow().billing();
        assertThat(saved.getPhone()).isEqualTo("+47 55 12 34 56");
        assertThat(saved.getResponsible()).isEqualTo("Kari Nordmann");
    }

    /** Two admins create an account for the same organization at the same moment: one wins, one is told why. */
    @Test
    void concurrentCreatesForOneOrganizationLetExactlyOneWin() throws Exception {
        long org = fixtures.organization("Polar Logistikk AS");
        UserAccount first = fixtures.guest(tenant, "Første", "Admin");
        UserAccount second = fixtures.guest(tenant, "Andre", "Admin");
        var auth = SecurityContextHolder.getContext().getAuthentication();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (UserAccount who : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(auth);
                    together.await();
                    try {
                        return accounts.create(AccountTestData.draft(org, "Polar Logistikk AS", who, false));
                    } catch (FieldValidationException e) {
                        return e;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) outcomes.add(f.get(30, TimeUnit.SECONDS));
            assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(FieldValidationException.class::isInstance)
                    .singleElement()
                    .satisfies(e -> assertThat(((FieldValidationException) e).getMessage())
                            .isEqualTo("account.organization-taken"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts.count("")).isEqualTo(1);
    }

    /** The rule holds in the database itself, not only in the service's checks. */
    @Test
    void theDatabaseAllowsOneAccountPerOrganization() {
        long id = fixtures.account(tenant, "Kystlys Eiendom ASA", false);
        long org = accounts.details(id).orElseThrow().organization().getId();
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO customer (tenant_id, version, type, status, display_name, source, "
                                + "all_teams, teams_label, has_avatar, allow_shared_billing, created_at, updated_at, organization_id) VALUES "
                                + "(?, 0, 'BUSINESS', 'ACTIVE', 'Copy', 'ADMIN', true, '', false, false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)",
                        tenant,
                        org))
                .isInstanceOf(DataIntegrityViolationException.class)
                // The named unique constraint, not some other column's failure (H2 upper-cases the name).
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("uk_customer_organization"));
    }

    @Test
    void csvHasLocalizedHeadersBomQuotingNeutralizedFormulasAndDeletedRows() throws Exception {
        long live = fixtures.account(tenant, "=HYPERLINK(\"http://evil\") AS", false);
        long gone = fixtures.account(tenant, "Bølge Konsult, Oslo AS", false);
        BillingInfo b = new BillingInfo();
        b.setResponsible("@Kari");
        accounts.updateBilling(live, b);
        accounts.softDelete(gone);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(export.write(out, Locale.forLanguageTag("nb"), ZoneId.of("Europe/Oslo")))
                .isEqualTo(2);
        // The download is in the audit trail with how many rows it held.
        assertThat(jdbc.queryForObject(
                        "SELECT summary FROM audit_event WHERE tenant_id = ? AND action = 'EXPORTED'",
                        String.class,
                        tenant))
                .isEqualTo("Exported 2 rows (CUSTOMER)");
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            assertThat(csv.getHeaderNames())
                    .startsWith("Organisasjon", "Organisasjonsnummer")
                    .contains("Kundeadministrator", "Ansvarlig for faktura", "Slettet");
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord deleted = rows.stream()
                    .filter(r -> r.get("Organisasjon").startsWith("Bølge"))
                    .findFirst()
                    .orElseThrow();
            assertThat(deleted.get("Organisasjon")).isEqualTo("Bølge Konsult, Oslo AS");
            assertThat(deleted.get("Status")).isEqualTo("SLETTET");
            assertThat(deleted.get("Slettet")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            CSVRecord formula = rows.stream()
                    .filter(r -> r.get("Status").equals("AKTIV"))
                    .findFirst()
                    .orElseThrow();
            assertThat(formula.get("Organisasjon")).isEqualTo("'=HYPERLINK(\"http://evil\") AS");
            assertThat(formula.get("Ansvarlig for faktura")).isEqualTo("'@Kari");
            assertThat(formula.get("Kundeadministrator")).isEqualTo("Admin Of =HYPERLINK(\"http://evil\") AS");
        }
        assertThat(text).contains("\r\n");
    }

    @Test
    void theCustomersListCannotTurnAnAccountIntoAPersonOrRenameItAwayFromItsOrganization() {
        long id = fixtures.account(tenant, "Skog Transport AS", false);
        var draft = customers.draftOf(id);
        draft.setCompanyName("Something Else AS");
        assertThatThrownBy(() -> customers.update(id, draft))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("customer.account-name-from-organization"));
        draft.setCompanyName("Skog Transport AS");
        draft.setType(io.clientele.customer.CustomerType.INDIVIDUAL);
        draft.setFirstName("Ola");
        assertThatThrownBy(() -> customers.update(id, draft))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("customer.account-must-be-business"));
        draft.setType(io.clientele.customer.CustomerType.BUSINESS);
        draft.setPhone("+47 912 34 567");
        customers.update(id, draft);
        assertThat(customers.details(id).orElseThrow().row().phone()).isEqualTo("+47 91 23 45 67");
    }

    @Test
    void supportCannotReadOrChangeAccounts() {
        data.loginAs(data.staff(tenant, Role.SUPPORT));
        assertThatThrownBy(() -> accounts.count("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.write(new ByteArrayOutputStream(), Locale.ENGLISH, ZoneId.systemDefault()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
