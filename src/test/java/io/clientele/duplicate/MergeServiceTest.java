package io.clientele.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.OwnerType;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.GroupService;
import io.clientele.customer.Team;
import io.clientele.customer.TeamService;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressService;
import io.clientele.duplicate.MergeService.Field;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import io.clientele.trash.TrashService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A merge moves every related row to the survivor and loses none; its undo puts both customers back exactly. */
class MergeServiceTest extends DatabaseTest {
    /** Every table that names a customer, with the column that does. */
    private static final Map<String, String> RELATED = Map.of(
            "booking",
            "customer_id",
            "payment",
            "customer_id",
            "message_recipient",
            "customer_id",
            "device_registration",
            "customer_id",
            "customer_consent",
            "customer_id",
            "customer_group_member",
            "customer_id",
            "customer_team",
            "customer_id",
            "customer_avatar",
            "customer_id",
            "address",
            "owner_id",
            "price_sheet_assignment",
            "owner_id");

    @Autowired
    MergeService merges;

    @Autowired
    TeamService teams;

    @Autowired
    GroupService groups;

    @Autowired
    ConsentService consents;

    @Autowired
    AddressService addresses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrashService trash;

    @Autowired
    io.clientele.audit.AuditService audit;

    @Test
    void mergeMovesEverythingToTheSurvivorAndUndoRestoresBothExactly() {
        long tenant = data.tenant();
        UserAccount admin = data.staff(tenant, Role.OWNER);
        data.loginAs(admin);
        Team north = teams.create("North");
        Team south = teams.create("South");
        CustomerGroup vip = groups.create("VIP");
        CustomerGroup news = groups.create("Newsletter");
        long terms = consents.create("Terms").getId();
        long marketing = consents.create("Marketing").getId();

        long kari = data.customer(tenant, "Kari", "Nordmann", "kari@firma.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        customers.assignTeams(kari, false, Set.of(north));
        groups.setGroups(kari, Set.of(vip));
        consents.record(kari, terms, true, Instant.now().minusSeconds(600), "Signup form");
        address(kari, "Storgata 1");

        long twin = data.customer(
                tenant, "Kari", "Nordman", "kari.nordman@gmail.com", "+47 400 00 001", CustomerStatus.PENDING);
        UserAccount login = data.portalLogin(tenant, TestData.uniqueEmail("kari-portal"));
        jdbc.sql("UPDATE customer SET user_account_id = ?, has_avatar = true WHERE id = ?")
                .params(login.getId(), twin)
                .update();
        jdbc.sql(
                        "INSERT INTO customer_avatar (tenant_id, customer_id, content_type, data) VALUES (?, ?, 'image/png', ?)")
                .params(tenant, twin, new byte[] {1, 2, 3})
                .update();
        customers.assignTeams(twin, false, Set.of(north, south));
        groups.setGroups(twin, Set.of(vip, news));
        consents.record(twin, terms, false, Instant.now().minusSeconds(300), "Shop");
        consents.record(twin, marketing, true, Instant.now().minusSeconds(300), "Shop");
        address(twin, "Fjordveien 2");
        jdbc.sql(
                        "INSERT INTO device_registration (tenant_id, customer_id, platform, active, registered_at) VALUES (?, ?, 'IOS', true, ?)")
                .params(tenant, twin, Timestamp.from(Instant.now()))
                .update();
        jdbc.sql(
                        "INSERT INTO booking (tenant_id, version, customer_id, service, staff_id, starts_at, ends_at, status, created_at) "
                                + "VALUES (?, 0, ?, 'Consultation', ?, ?, ?, 'BOOKED', ?)")
                .params(
                        tenant,
                        twin,
                        admin.getId(),
                        Timestamp.from(Instant.now().plus(Duration.ofDays(3))),
                        Timestamp.from(Instant.now().plus(Duration.ofDays(3)).plusSeconds(3600)),
                        Timestamp.from(Instant.now()))
                .update();
        long booking = jdbc.sql("SELECT id FROM booking WHERE customer_id = ?")
                .param(twin)
                .query(Long.class)
                .single();
        jdbc.sql(
                        "INSERT INTO payment (tenant_id, version, customer_id, booking_id, amount, currency, paid_at, method, status, created_at) "
                                + "VALUES (?, 0, ?, ?, 950.00, 'NOK', ?, 'CARD', 'PAID', ?)")
                .params(tenant, twin, booking, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .update();

        Map<String, List<Map<String, Object>>> before = related(kari, twin);
        List<Map<String, Object>> rowsBefore = customerRows(kari, twin);

        long merge = merges.merge(kari, twin, Set.of(Field.EMAIL));

        assertThat(jdbc.sql("SELECT email FROM customer WHERE id = ?")
                        .param(kari)
                        .query(String.class)
                        .single())
                .isEqualTo("kari.nordman@gmail.com");
        assertThat(customers.details(kari).orElseThrow().lastName())
                .as("the survivor's own choice")
                .isEqualTo("Nordmann");
        assertThat(customers.details(kari).orElseThrow().loginEmail()).isEqualTo(login.getEmail());
        assertThat(customers.details(kari).orElseThrow().row().teams()).containsExactly("North", "South");
        assertThat(customers.details(twin).orElseThrow().row().deleted()).isTrue();
        assertThat(merges.survivorOf(twin)).hasValue(kari);
        assertThat(audit.history("CUSTOMER", merges.withMerged(kari), 100))
                .extracting(e -> e.getEntityId())
                .as("the survivor's Activity holds the merged customer's history too")
                .contains(kari, twin);
        for (String table : List.of("booking", "payment", "device_registration", "address", "customer_avatar")) {
            assertThat(count(table, twin)).as(table + " moved").isZero();
        }
        assertThat(groups.groupsOf(kari))
                .extracting(CustomerGroup::getName)
                .containsExactlyInAnyOrder("VIP", "Newsletter");
        assertThat(consents.of(List.of(kari)).get(kari))
                .as("Kari's own Terms answer stays; Marketing came along")
                .hasSize(2);
        for (String table : RELATED.keySet()) {
            assertThat(count(table, kari) + count(table, twin))
                    .as(table + ": no row lost")
                    .isEqualTo(before.get(table).size());
        }

        assertThat(trash.list(
                        "", Set.of(TrashService.Kind.CUSTOMER), org.springframework.data.domain.PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(twin);
                    assertThat(r.merged()).isTrue();
                });
        assertThatThrownBy(() -> trash.restore(TrashService.Kind.CUSTOMER, twin))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("trash.refused-merged-restore");
        assertThat(merges.mergeOf(twin)).hasValue(merge);

        merges.undo(merge);
        assertThat(related(kari, twin)).as("every related row where it was").isEqualTo(before);
        assertThat(customerRows(kari, twin)).as("both customers as they were").isEqualTo(rowsBefore);
        assertThat(merges.survivorOf(twin)).isEmpty();
        assertThatThrownBy(() -> merges.undo(merge))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("merge.refused-undone");
    }

    @Test
    void customerAccountsTwoLoginsAndTheSameCustomerAreRefused() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long a = data.customer(tenant, "Ola", "A", null, null, CustomerStatus.ACTIVE);
        long b = data.customer(tenant, "Ola", "B", null, null, CustomerStatus.ACTIVE);
        assertThatThrownBy(() -> merges.merge(a, a, Set.of())).hasMessage("merge.refused-same");
        for (long id : List.of(a, b)) {
            jdbc.sql("UPDATE customer SET user_account_id = ? WHERE id = ?")
                    .params(
                            data.portalLogin(tenant, TestData.uniqueEmail("ola"))
                                    .getId(),
                            id)
                    .update();
        }
        assertThatThrownBy(() -> merges.merge(a, b, Set.of()))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("merge.refused-two-logins");
        assertThat(customers.details(b).orElseThrow().row().deleted())
                .as("nothing changed")
                .isFalse();
    }

    private void address(long owner, String line) {
        AddressDraft d = new AddressDraft();
        d.setLine1(line);
        d.setPostCode("0150");
        d.setCity("Oslo");
        addresses.saveAddress(OwnerType.CUSTOMER, owner, null, d);
    }

    private long count(String table, long customer) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + RELATED.get(table) + " = ?")
                .param(customer)
                .query(Long.class)
                .single();
    }

    /** Every related row of the two customers, whole, in a stable order. */
    private Map<String, List<Map<String, Object>>> related(long a, long b) {
        Map<String, List<Map<String, Object>>> out = new java.util.TreeMap<>();
        for (var e : RELATED.entrySet()) {
            out.put(
                    e.getKey(),
                    jdbc
                            .sql("SELECT * FROM " + e.getKey() + " WHERE " + e.getValue() + " IN (?, ?) "
                                    + "ORDER BY 1, 2, 3")
                            .params(a, b)
                            .query()
                            .listOfRows()
                            .stream()
                            .map(MergeServiceTest::comparable)
                            .toList());
        }
        return out;
    }

    /** The two customer rows without the version, which every change counts up (so a stale form cannot save). */
    private List<Map<String, Object>> customerRows(long a, long b) {
        return jdbc
                .sql("SELECT * FROM customer WHERE id IN (?, ?) ORDER BY id")
                .params(a, b)
                .query()
                .listOfRows()
                .stream()
                .map(r -> {
                    Map<String, Object> m = comparable(r);
                    m.remove("version");
                    return m;
                })
                .toList();
    }

    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> m = new java.util.TreeMap<>();
        row.forEach((k, v) -> m.put(
                k.toLowerCase(),
                v instanceof byte[] bytes
                        ? java.util.Arrays.toString(bytes)
                        : v instanceof java.time.OffsetDateTime t
                                ? t.toInstant()
                                : v instanceof Timestamp t ? t.toInstant() : v));
        return m;
    }
}
