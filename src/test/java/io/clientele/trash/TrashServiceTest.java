package io.clientele.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerStatus;
import io.clientele.directory.ContactService;
import io.clientele.directory.DirectoryTestData;
import io.clientele.organization.OrganizationService;
import io.clientele.privacy.PersonalDataService;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import io.clientele.trash.TrashService.Kind;
import io.clientele.trash.TrashService.TrashRow;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The trash of one tenant: who deleted what, restore by each record's rules, and deletion for good. */
class TrashServiceTest extends DatabaseTest {
    @Autowired
    TrashService trash;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    ContactService contacts;

    @Autowired
    ConsentService consents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataService privacy;

    long tenant;
    UserAccount admin;
    long ola;
    long account;
    long organization;
    long contact;

    /** Ola deleted from the B2C list; Fjord AS deleted with its customer account; a contact of Fjord AS. */
    @BeforeEach
    void trash() {
        tenant = data.tenant();
        admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
        ola = data.customer(tenant, "Ola", "Nordmann", null, null, CustomerStatus.ACTIVE);
        long field = consents.create("Newsletter").getId();
        consents.record(ola, field, true, Instant.now().minusSeconds(60), "Signup form");
        customers.softDeleteIndividuals(List.of(ola));
        account = new AccountTestData(organizations, accounts, users).account(tenant, "Fjord AS", false);
        organization = accounts.details(account).orElseThrow().organization().getId();
        contact = new DirectoryTestData(contacts).contact("Kari", "Fjord", null, null, organization);
        organizations.softDelete(organization);
    }

    private List<TrashRow> all() {
        return trash.list("", Set.of(), PageRequest.of(0, 50, Sort.by(Sort.Direction.ASC, "name")));
    }

    @Test
    void theTrashListsEveryKindWithWhoDeletedItAndFiltersBySearchAndKind() {
        assertThat(all())
                .extracting(TrashRow::kind, TrashRow::name, TrashRow::deletedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.ACCOUNT, "Fjord AS", admin.getEmail()),
                        org.assertj.core.groups.Tuple.tuple(Kind.ORGANIZATION, "Fjord AS", admin.getEmail()),
                        org.assertj.core.groups.Tuple.tuple(Kind.CUSTOMER, "Ola Nordmann", admin.getEmail()));
        assertThat(trash.count("", Set.of())).isEqualTo(3);
        assertThat(trash.count("nordm", Set.of())).isEqualTo(1);
        assertThat(trash.count("", Set.of(Kind.ORGANIZATION, Kind.ACCOUNT))).isEqualTo(2);
        assertThat(trash.list("", Set.of(), PageRequest.of(1, 2, Sort.by(Sort.Direction.ASC, "name"))))
                .extracting(TrashRow::name)
                .containsExactly("Ola Nordmann");

        long other = data.tenant();
        data.loginAs(data.staff(other, Role.ADMIN));
        assertThat(trash.count("", Set.of())).as("another tenant's trash").isZero();
        assertThatThrownBy(() -> trash.restore(Kind.CUSTOMER, ola)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void restoreBringsACustomerBackAndLeavesAnAccountToItsOwnPage() {
        trash.restore(Kind.CUSTOMER, ola);
        assertThat(customers.details(ola).orElseThrow().row().deleted()).isFalse();
        assertThat(jdbc.sql("SELECT deleted_by FROM customer WHERE id = ?")
                        .param(ola)
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThatThrownBy(() -> trash.restore(Kind.CUSTOMER, ola))
                .as("no longer in the trash")
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> trash.restore(Kind.ACCOUNT, account))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("trash.refused-account-restore");
        trash.restore(Kind.ORGANIZATION, organization);
        assertThat(all()).extracting(TrashRow::kind).containsExactly(Kind.ACCOUNT);
    }

    @Test
    void aDeletedContactIsInTheTrashAndComesBackOnceItsCompanyIsBack() {
        long loose = new DirectoryTestData(contacts).contact("Per", "Løs", null, null, null);
        assertThat(contacts.deleteContacts(List.of(contact, loose))).isEqualTo(2);
        assertThat(trash.list("", Set.of(Kind.CONTACT), PageRequest.of(0, 50, Sort.by("name"))))
                .extracting(TrashRow::name, TrashRow::deletedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kari Fjord", admin.getEmail()),
                        org.assertj.core.groups.Tuple.tuple("Per Løs", admin.getEmail()));
        assertThat(contacts.contact(loose)).isEmpty();

        assertThatThrownBy(() -> trash.restore(Kind.CONTACT, contact))
                .as("its company is in the trash too")
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("trash.refused-contact-company");
        trash.restore(Kind.CONTACT, loose);
        assertThat(contacts.contact(loose)).isPresent();
        trash.restore(Kind.ORGANIZATION, organization);
        trash.restore(Kind.CONTACT, contact);
        assertThat(contacts.contact(contact))
                .hasValueSatisfying(c -> assertThat(c.getOrganizationId()).isEqualTo(organization));

        contacts.deleteContacts(List.of(loose));
        trash.permanentlyDelete(Kind.CONTACT, loose);
        assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE id = ?")
                        .param(loose)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(trash.count("", Set.of(Kind.CONTACT))).isZero();
    }

    @Test
    void permanentDeletionRemovesTheRecordWithWhatHangsOnItButAnOrganizationWaitsForItsAccount() {
        assertThatThrownBy(() -> trash.permanentlyDelete(Kind.ORGANIZATION, organization))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("trash.refused-organization-account");
        trash.permanentlyDelete(Kind.ACCOUNT, account);
        trash.permanentlyDelete(Kind.ORGANIZATION, organization);
        assertThat(contacts.contact(contact))
                .as("the contact stays, unlinked")
                .hasValueSatisfying(c -> assertThat(c.getOrganizationId()).isNull());

        trash.permanentlyDelete(Kind.CUSTOMER, ola);
        assertThat(customers.details(ola)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM customer_consent WHERE customer_id = ?")
                        .param(ola)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(all()).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE tenant_id = ? AND action LIKE '%PERMANENTLY_DELETED' "
                                + "ORDER BY id")
                        .param(tenant)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "ACCOUNT_PERMANENTLY_DELETED",
                        "ORGANIZATION_PERMANENTLY_DELETED",
                        "CUSTOMER_PERMANENTLY_DELETED");

        long live = data.customer(tenant, "Live", "Person", null, null, CustomerStatus.ACTIVE);
        assertThatThrownBy(() -> trash.permanentlyDelete(Kind.CUSTOMER, live))
                .as("only what is in the trash")
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void retentionAnonymizesExpiredTrashOnceAndKeepsCustomersOnLegalHold() {
        long held = data.customer(tenant, "Hilde", "Holdt", null, null, CustomerStatus.ACTIVE);
        long recent = data.customer(tenant, "Rita", "Ny", null, null, CustomerStatus.ACTIVE);
        customers.softDeleteIndividuals(List.of(held, recent));
        privacy.setLegalHold(held, true, "Court case");
        jdbc.sql("UPDATE customer SET deleted_at = ? WHERE id IN (?, ?)")
                .params(java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(40))), ola, held)
                .update();
        assertThat(trash.anonymizeExpired())
                .as("no retention set: nothing happens")
                .isEqualTo(new TrashService.Retention(0, 0));
        assertThatThrownBy(() -> tenants.setTrashRetention(0)).isInstanceOf(FieldValidationException.class);

        tenants.setTrashRetention(30);
        assertThat(trash.anonymizeExpired()).isEqualTo(new TrashService.Retention(1, 1));
        assertThat(jdbc.sql("SELECT display_name FROM customer WHERE id = ?")
                        .param(ola)
                        .query(String.class)
                        .single())
                .isEqualTo("Erased customer #" + ola);
        assertThat(customers.details(held).orElseThrow().firstName()).isEqualTo("Hilde");
        assertThat(customers.details(recent).orElseThrow().firstName()).isEqualTo("Rita");

        List<java.util.Map<String, Object>> before = jdbc.sql("SELECT * FROM customer WHERE tenant_id = ? ORDER BY id")
                .param(tenant)
                .query()
                .listOfRows();
        long events = jdbc.sql("SELECT count(*) FROM audit_event WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        assertThat(trash.anonymizeExpired()).as("the second run").isEqualTo(new TrashService.Retention(0, 1));
        assertThat(jdbc.sql("SELECT * FROM customer WHERE tenant_id = ? ORDER BY id")
                        .param(tenant)
                        .query()
                        .listOfRows())
                .as("changes nothing")
                .isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE tenant_id = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(events);
    }
}
