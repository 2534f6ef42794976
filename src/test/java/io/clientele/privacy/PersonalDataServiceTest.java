package io.clientele.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.OwnerType;
import io.clientele.base.TranslationsTest;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.GroupService;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressService;
import io.clientele.duplicate.MergeService;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Access and erasure requests of one person, with the legal hold between them. */
class PersonalDataServiceTest extends DatabaseTest {
    @Autowired
    PersonalDataService privacy;

    @Autowired
    AddressService addresses;

    @Autowired
    ConsentService consents;

    @Autowired
    GroupService groups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MergeService merges;

    private record Person(long tenant, long id, String email, UserAccount login) {}

    /** Kari with a portal login, an address, a consent and a group; the Privacy tab's usual case. */
    private Person kari() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        String email = TestData.uniqueEmail("kari");
        long id = data.customer(tenant, "Kari <b>", "Nordmann", email, "+47 912 34 567", CustomerStatus.ACTIVE);
        UserAccount login = data.portalLogin(tenant, TestData.uniqueEmail("kari-portal"));
        jdbc.sql("UPDATE customer SET user_account_id = ? WHERE id = ?")
                .params(login.getId(), id)
                .update();
        AddressDraft a = new AddressDraft();
        a.setLine1("Kariveien 7");
        a.setPostCode("0150");
        a.setCity("Oslo");
        addresses.saveAddress(OwnerType.CUSTOMER, id, null, a);
        long field = consents.create("Newsletter").getId();
        consents.record(id, field, true, Instant.now().minusSeconds(3600), "Signup form");
        CustomerGroup vip = groups.create("VIP");
        groups.setGroups(id, Set.of(vip));
        return new Person(tenant, id, email, login);
    }

    @Test
    void theExportHoldsEverythingAboutThePersonAsJsonAndAReadablePageButNoSecrets() throws Exception {
        Person kari = kari();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        privacy.export(kari.id(), zip);

        Map<String, byte[]> files = unzip(zip.toByteArray());
        assertThat(files).containsOnlyKeys("personal-data.json", "personal-data.html");
        JsonNode json = JsonMapper.builder().build().readTree(files.get("personal-data.json"));
        assertThat(json.get("customer_id").asLong()).isEqualTo(kari.id());
        assertThat(json.get("profile").get(0).get("email").asString()).isEqualTo(kari.email());
        assertThat(json.get("profile").get(0).get("first_name").asString()).isEqualTo("Kari <b>");
        assertThat(json.get("portal_login").get(0).get("email").asString())
                .isEqualTo(kari.login().getEmail());
        assertThat(json.get("portal_login").get(0).has("password_hash")).isFalse();
        assertThat(json.get("addresses").get(0).get("line1").asString()).isEqualTo("Kariveien 7");
        assertThat(json.get("consents").get(0).get("source").asString()).isEqualTo("Signup form");
        assertThat(json.get("groups").get(0).get("group_name").asString()).isEqualTo("VIP");
        assertThat(json.get("audit_entries")
                        .valueStream()
                        .map(e -> e.get("action").asString()))
                .contains("CUSTOMER_CREATED", "ADDRESS_ADDED");
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE id = ?")
                .param(kari.login().getId())
                .query(String.class)
                .single();
        assertThat(new String(zip.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain(hash);

        var page = Jsoup.parse(new String(files.get("personal-data.html"), StandardCharsets.UTF_8));
        assertThat(page.select("h2").eachText())
                .contains("Profile", "Portal login", "Addresses", "Consents", "Bookings");
        assertThat(page.select("b"))
                .as("data is shown as text, never as markup")
                .isEmpty();
        assertThat(page.text()).contains("Kari <b>", "Kariveien 7", kari.email());

        assertThat(TranslationsTest.missing(privacy.status(kari.id()).held().keySet().stream()
                        .map(category -> "privacy.category." + category)
                        .toList()))
                .as("every feature's category is named")
                .isEmpty();
        assertThat(privacy.status(kari.id()).held())
                .containsEntry("addresses", 1)
                .containsEntry("consents", 1)
                .containsEntry("portal_login", 1)
                .containsEntry("bookings", 0);
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE action = 'PERSONAL_DATA_EXPORTED' AND entity_id = ?")
                        .param(kari.id())
                        .query(String.class)
                        .single())
                .doesNotContain("Kari");
    }

    @Test
    void erasureRemovesThePersonAtOnceKeepsTheRecordAnonymousAndIsRefusedTheSecondTime() {
        Person kari = kari();
        privacy.erase(kari.id());

        assertThat(jdbc.sql("SELECT display_name FROM customer WHERE id = ?")
                        .param(kari.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Erased customer #" + kari.id());
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE id = ? AND first_name IS NULL AND last_name IS NULL "
                                + "AND email IS NULL AND phone IS NULL AND phone_digits IS NULL AND user_account_id IS NULL "
                                + "AND status = 'INACTIVE' AND deleted_at IS NOT NULL AND erased_at IS NOT NULL")
                        .param(kari.id())
                        .query(Long.class)
                        .single())
                .as("names and contact details gone, in the trash, marked erased")
                .isOne();
        assertThat(users.findByEmail(kari.login().getEmail()))
                .as("the portal login is gone")
                .isEmpty();
        for (String table :
                List.of("customer_consent", "customer_group_member", "customer_team", "device_registration")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE customer_id = ?")
                            .param(kari.id())
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(addresses.addresses(OwnerType.CUSTOMER, kari.id())).isEmpty();
        PersonalDataService.Status after = privacy.status(kari.id());
        assertThat(after.erasedAt()).isNotNull();
        assertThat(after.held()).containsEntry("addresses", 0).containsEntry("portal_login", 0);
        String summary = jdbc.sql(
                        "SELECT summary FROM audit_event WHERE action = 'PERSONAL_DATA_ERASED' AND entity_id = ?")
                .param(kari.id())
                .query(String.class)
                .single();
        assertThat(summary).isEqualTo("Erased the personal data of customer #" + kari.id());

        assertThatThrownBy(() -> privacy.erase(kari.id()))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("privacy.refused-erased");
    }

    /** A merged record is the same person under an old name, and the merge kept the survivor's old values. */
    @Test
    void erasingACustomerErasesTheRecordsMergedIntoThemAndTheMergeHistory() {
        Person kari = kari();
        long twin = data.customer(
                kari.tenant(),
                "Kari",
                "Nordman",
                TestData.uniqueEmail("twin"),
                "+47 400 00 002",
                CustomerStatus.ACTIVE);
        merges.merge(kari.id(), twin, Set.of(MergeService.Field.LAST_NAME));

        privacy.erase(kari.id());

        assertThat(jdbc.sql(
                                "SELECT display_name FROM customer WHERE id = ? AND first_name IS NULL AND last_name IS NULL "
                                        + "AND erased_at IS NOT NULL")
                        .param(twin)
                        .query(String.class)
                        .single())
                .isEqualTo("Erased customer #" + twin);
        assertThat(jdbc.sql("SELECT count(*) FROM customer_merge WHERE survivor_id = ?")
                        .param(kari.id())
                        .query(Long.class)
                        .single())
                .as("no old values left to undo with")
                .isZero();
        assertThat(merges.withMerged(kari.id())).containsExactly(kari.id());
    }

    @Test
    void aLegalHoldNeedsAReasonAndStopsErasureUntilReleased() {
        Person kari = kari();
        assertThatThrownBy(() -> privacy.setLegalHold(kari.id(), true, "  "))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("validation.required");
        privacy.setLegalHold(kari.id(), true, "Invoice dispute 2026-114");
        assertThat(privacy.status(kari.id()).legalHold()).isTrue();

        assertThatThrownBy(() -> privacy.erase(kari.id()))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("privacy.refused-legal-hold")
                .satisfies(e ->
                        assertThat(((ActionRefusedException) e).args()).containsExactly("Invoice dispute 2026-114"));
        assertThat(jdbc.sql("SELECT email FROM customer WHERE id = ?")
                        .param(kari.id())
                        .query(String.class)
                        .single())
                .as("nothing was erased")
                .isEqualTo(kari.email());
        assertThat(addresses.addresses(OwnerType.CUSTOMER, kari.id())).hasSize(1);

        privacy.setLegalHold(kari.id(), false, null);
        privacy.erase(kari.id());
        assertThat(privacy.status(kari.id()).erasedAt()).isNotNull();
        assertThat(jdbc.sql(
                                "SELECT action FROM audit_event WHERE entity_id = ? AND action LIKE 'LEGAL_HOLD%' ORDER BY id")
                        .param(kari.id())
                        .query(String.class)
                        .list())
                .containsExactly("LEGAL_HOLD_SET", "LEGAL_HOLD_RELEASED");
    }

    @Test
    void anotherTenantsCustomerIsNotFound() {
        Person kari = kari();
        long other = data.tenant();
        data.loginAs(data.staff(other, Role.ADMIN));
        assertThatThrownBy(() -> privacy.status(kari.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> privacy.erase(kari.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> privacy.export(kari.id(), new ByteArrayOutputStream()))
                .isInstanceOf(NoSuchElementException.class);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
