package io.clientele.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.base.DateRange;
import io.clientele.base.FieldValidationException;
import io.clientele.base.IdLists;
import io.clientele.base.OwnerType;
import io.clientele.base.Photos;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.Gender;
import io.clientele.organization.OrganizationService;
import io.clientele.pricesheet.AssignedSheet;
import io.clientele.pricesheet.PriceSheetDraft;
import io.clientele.pricesheet.PriceSheetService;
import io.clientele.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class DirectoryServicesTest extends DatabaseTest {
    @Autowired
    CompanyDirectory companies;

    @Autowired
    ContactService contacts;

    @Autowired
    PersonDirectory b2c;

    @Autowired
    AddressService addresses;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    PriceSheetService sheets;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JdbcTemplate jdbc;

    AccountTestData orgs;
    DirectoryTestData people;
    long tenant;
    long fjord;
    long elv;

    @BeforeEach
    void companiesWithContacts() {
        tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        orgs = new AccountTestData(organizations, accounts, users);
        people = new DirectoryTestData(contacts);
        fjord = orgs.organization("Fjord Bygg AS");
        elv = orgs.organization("Elv Catering AS");
        orgs.organization("Tom Tomt AS");
        people.contact("Ingrid", "Hansen", "ingrid@fjord.no", Gender.FEMALE, fjord);
        people.contact("Ole", "Olsen", "ole@fjord.no", Gender.MALE, fjord);
        people.contact("Kari", "Berg", "kari@elv.no", Gender.FEMALE, elv);
        people.contact("Per", "Uten", "per@gmail.com", null, null);
    }

    private static DirectoryFilter all() {
        return DirectoryFilter.empty();
    }

    @Test
    void companiesCarryTheirContactCountInTwoStatementsPerPageWhateverItsSize() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        List<CompanyRow> page = companies.companies(all(), PageRequest.of(0, 20, Sort.by("name")));
        // The organizations (through their owner, OrganizationService), then the counts of just those: never one per
        // row.
        assertThat(stats.getPrepareStatementCount()).isEqualTo(2);
        assertThat(page)
                .extracting(CompanyRow::name, CompanyRow::contacts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Elv Catering AS", 1L),
                        org.assertj.core.groups.Tuple.tuple("Fjord Bygg AS", 2L),
                        org.assertj.core.groups.Tuple.tuple("Tom Tomt AS", 0L));
        assertThat(page.getFirst().city()).isEqualTo("Oslo");
        assertThat(page.getFirst().sources()).containsExactly("ADMIN");
    }

    @Test
    void companyFiltersOnContactDates() {
        jdbc.update(
                "UPDATE contact SET created_at = ? WHERE email = 'kari@elv.no'",
                java.sql.Timestamp.valueOf("2020-03-15 12:00:00"));
        DirectoryFilter f = new DirectoryFilter(
                "",
                "",
                "",
                "",
                Set.of(),
                Set.of(),
                DateRange.ANY,
                DateRange.ANY,
                new DateRange(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31)),
                DateRange.ANY,
                ZoneId.of("Europe/Oslo"));
        assertThat(companies.companies(f, PageRequest.of(0, 20)))
                .extracting(CompanyRow::name)
                .containsExactly("Elv Catering AS");
        assertThat(companies.countCompanies(f)).isEqualTo(1);
        assertThat(companies.countCompanies(all().withSearch("fjord"))).isEqualTo(1);
    }

    @Test
    void contactFiltersCombine() {
        List<ContactRow> all = contacts.contacts(all(), PageRequest.of(0, 20, Sort.by("displayName")));
        assertThat(all)
                .extracting(ContactRow::name)
                .containsExactly("Ingrid Hansen", "Kari Berg", "Ole Olsen", "Per Uten");
        assertThat(all)
                .extracting(ContactRow::company)
                .containsExactly("Fjord Bygg AS", "Elv Catering AS", "Fjord Bygg AS", null);
        long ingrid = all.getFirst().id();
        long ole = all.get(2).id();
        assertThat(contacts.contacts(all().withIds(IdLists.parse(ingrid + ",\n" + ole, "ids")), PageRequest.of(0, 20)))
                .extracting(ContactRow::name)
                .containsExactlyInAnyOrder("Ingrid Hansen", "Ole Olsen");
        DirectoryFilter women = new DirectoryFilter(
                "",
                "fjord",
                "",
                "",
                Set.of(),
                Set.of(Gender.FEMALE),
                DateRange.ANY,
                DateRange.ANY,
                DateRange.ANY,
                DateRange.ANY,
                ZoneId.systemDefault());
        assertThat(contacts.contacts(women, PageRequest.of(0, 20)))
                .extracting(ContactRow::name)
                .containsExactly("Ingrid Hansen");
        DirectoryFilter lastName = new DirectoryFilter(
                "",
                "",
                "",
                "ber",
                Set.of(),
                Set.of(),
                DateRange.ANY,
                DateRange.ANY,
                DateRange.ANY,
                DateRange.ANY,
                ZoneId.systemDefault());
        assertThat(contacts.countContacts(lastName)).isEqualTo(1);
    }

    @Test
    void idListsRefuseAnythingButNumbersByName() {
        assertThatThrownBy(() -> IdLists.parse("12, abc", "ids"))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("filter.ids-invalid");
                    assertThat(e.args()).containsExactly("abc");
                });
        assertThat(IdLists.parse(" 12,13\n14 ; 12 ", "ids")).containsExactly(12L, 13L, 14L);
        assertThat(IdLists.parse("", "ids")).isEmpty();
    }

    @Test
    void b2cListNeedsBackofficeAndShowsOnlyIndividualsWithoutCompany() {
        data.customer(tenant, "Berit", "Privat", "berit@gmail.com", null, CustomerStatus.ACTIVE);
        orgs.account(tenant, "Konto AS", false);
        data.loginAs(data.staff(tenant, Role.SUPPORT));
        assertThatThrownBy(() -> b2c.countPeople(all())).isInstanceOf(AccessDeniedException.class);
        data.loginAs(data.staff(tenant, Role.BACKOFFICE));
        assertThat(b2c.people(all(), PageRequest.of(0, 20)))
                .extracting(PersonRow::name)
                .containsExactly("Berit Privat");
        data.loginAs(data.staff(tenant, Role.VIEWER));
        assertThat(contacts.countContacts(all())).isEqualTo(4);
        assertThatThrownBy(() -> people.contact("No", "Access", null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.deleteContacts(List.of(1L))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deletingACompanyKeepsOrDeletesItsContactsAndUndoPutsBackExactlyThat() {
        var kept = companies.deleteCompanies(List.of(fjord), false);
        assertThat(companies.countCompanies(all())).isEqualTo(2);
        assertThat(contacts.contacts(all(), PageRequest.of(0, 20)))
                .filteredOn(c -> c.name().equals("Ingrid Hansen"))
                .singleElement()
                .satisfies(c -> assertThat(c.company()).isNull());
        assertThat(companies.restoreCompanies(kept)).isEqualTo(1);
        assertThat(companies.countCompanies(all())).isEqualTo(3);
        assertThat(contacts.contacts(all(), PageRequest.of(0, 20)))
                .filteredOn(c -> c.name().equals("Ingrid Hansen"))
                .singleElement()
                .satisfies(c -> assertThat(c.company()).isNotNull());
        companies.deleteCompanies(List.of(fjord), false);

        var withContacts = companies.deleteCompanies(List.of(elv), true);
        assertThat(contacts.countContacts(all())).isEqualTo(3);
        assertThat(companies.restoreCompanies(withContacts)).isEqualTo(1);
        assertThat(contacts.countContacts(all()))
                .as("the contacts deleted with it are back")
                .isEqualTo(4);
        assertThat(companies.restoreCompanies(withContacts))
                .as("a second Undo changes nothing")
                .isZero();
        companies.deleteCompanies(List.of(elv), true);
        assertThat(contacts.countContacts(all())).isEqualTo(3);
        assertThat(contacts.deleteContacts(contacts.contacts(all(), PageRequest.of(0, 2)).stream()
                        .map(ContactRow::id)
                        .toList()))
                .isEqualTo(2);
        assertThat(contacts.countContacts(all())).isEqualTo(1);
    }

    @Test
    void addressesValidatePostCodesPerCountryAndKeepOneDefaultPerKind() {
        for (String[] bad : List.of(
                new String[] {"NO", "123"},
                new String[] {"SE", "1234"},
                new String[] {"DK", "12345"},
                new String[] {"DE", "1234"},
                new String[] {"GB", "12345"},
                new String[] {"US", "ABCDE"})) {
            assertThatThrownBy(() -> addresses.saveAddress(
                            OwnerType.ORGANIZATION,
                            fjord,
                            null,
                            DirectoryTestData.address(AddressKind.BILLING, "Street 1", bad[1], bad[0], true)))
                    .as(bad[0])
                    .isInstanceOfSatisfying(
                            FieldValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("postCode"));
        }
        for (String[] good : List.of(
                new String[] {"NO", "0150"},
                new String[] {"SE", "114 55"},
                new String[] {"DK", "1050"},
                new String[] {"DE", "10115"},
                new String[] {"GB", "SW1A 1AA"},
                new String[] {"US", "94105-1234"})) {
            addresses.saveAddress(
                    OwnerType.ORGANIZATION,
                    fjord,
                    null,
                    DirectoryTestData.address(AddressKind.SHIPPING, "Street " + good[0], good[1], good[0], true));
        }
        List<Address> list = addresses.addresses(OwnerType.ORGANIZATION, fjord);
        assertThat(list).hasSize(6);
        assertThat(list)
                .filteredOn(Address::isDefault)
                .singleElement()
                .satisfies(a -> assertThat(a.getLine1()).isEqualTo("Street US"));
    }

    @Test
    void theEffectivePriceSheetIsTheLatestValidToday() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        long expired = sheet("Standard 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        long current = sheet("Standard 2026", LocalDate.of(2026, 1, 1), null);
        long future = sheet("Standard 2027", LocalDate.of(2027, 1, 1), null);
        for (long s : List.of(expired, current, future)) {
            sheets.assign(OwnerType.ORGANIZATION, fjord, s);
        }
        sheets.addItem(current, "consult-60", "Consultation, 60 minutes", new BigDecimal("950.00"));
        assertThatThrownBy(() -> sheets.addItem(current, "CONSULT-60", "Again", BigDecimal.ONE))
                .isInstanceOf(FieldValidationException.class);
        List<AssignedSheet> assigned = sheets.assigned(OwnerType.ORGANIZATION, fjord, today);
        assertThat(assigned)
                .filteredOn(AssignedSheet::effective)
                .singleElement()
                .satisfies(a -> assertThat(a.sheet().getName()).isEqualTo("Standard 2026"));
        assertThat(sheets.items(current)).extracting(i -> i.getProductCode()).containsExactly("CONSULT-60");
        assertThat(sheets.assigned(OwnerType.ORGANIZATION, fjord, LocalDate.of(2027, 2, 1)))
                .filteredOn(AssignedSheet::effective)
                .singleElement()
                .satisfies(a -> assertThat(a.sheet().getName()).isEqualTo("Standard 2027"));

        PriceSheetDraft backwards = new PriceSheetDraft();
        backwards.setName("Backwards");
        backwards.setValidFrom(LocalDate.of(2026, 5, 1));
        backwards.setValidTo(LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> sheets.save(null, backwards))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("validTo"));
    }

    private long sheet(String name, LocalDate from, LocalDate to) {
        PriceSheetDraft d = new PriceSheetDraft();
        d.setName(name);
        d.setValidFrom(from);
        d.setValidTo(to);
        return sheets.save(null, d);
    }

    @Test
    void photosAreCheckedByContentAndStoredResized() throws Exception {
        BufferedImage big = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(big, "jpeg", jpeg);
        ContactDraft d = new ContactDraft();
        d.setFirstName("Foto");
        long id = contacts.createContact(d, jpeg.toByteArray());
        Photos.Stored stored = contacts.contactPhoto(id).orElseThrow();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(stored.data()));
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(read.getWidth()).isEqualTo(256);
        assertThat(read.getHeight()).isEqualTo(171);

        byte[] notAnImage = "GIF89a is not on the list, and this is text anyway".getBytes();
        assertThatThrownBy(() -> contacts.createContact(d, notAnImage))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("photo.wrong-type"));
        byte[] fakePng = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, fakePng, 0, 8);
        assertThatThrownBy(() -> contacts.createContact(d, fakePng))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("photo.unreadable"));
        assertThat(contacts.countContacts(all())).isEqualTo(5);
    }
}
