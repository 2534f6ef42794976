package io.clientele.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.clientele.DatabaseTest;
import io.clientele.Mails;
import io.clientele.TestData;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.demo.DemoData;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import io.clientele.security.StaffService;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;

class TenantLifecycleTest extends DatabaseTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TenantLifecycle lifecycle;

    @Autowired
    TenantData tenantData;

    @Autowired
    io.clientele.customer.CustomerTallies tallies;

    @Autowired
    StaffService staff;

    @Autowired
    DemoData demo;

    @Autowired
    DaoAuthenticationProvider provider;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static TenantDraft draft(String name, String color, String owner) {
        TenantDraft d = new TenantDraft();
        d.setName(name);
        d.setBrandColor(color);
        d.setOwnerEmail(owner);
        return d;
    }

    private void asOperator() {
        data.loginAs(data.staff(data.tenant(), Role.SYSTEM_ADMIN));
    }

    @Test
    void aNewTenantsOwnerIsInvitedAndSignsInAsItsOwner() throws Exception {
        UserAccount operator = SystemAuthentication.platform(() -> users.create(
                null,
                TestData.uniqueEmail("operator"),
                "Siri",
                "Systemsen",
                TestData.PASSWORD,
                Role.SYSTEM_ADMIN,
                null));
        data.loginAs(operator);
        String name = "Tenant " + UUID.randomUUID();
        String owner = TestData.uniqueEmail("owner");

        long id = lifecycle.create(draft("  " + name + " ", "#0F766E", owner), Locale.ENGLISH);

        Tenant created = tenants.find(id).orElseThrow();
        assertThat(created.getName()).isEqualTo(name);
        assertThat(created.getBrandColor()).isEqualTo("#0f766e");
        var row = lifecycle.list(name, PageRequest.of(0, 10)).getFirst();
        assertThat(row.staff()).isEqualTo(1);
        assertThat(row.customers()).isZero();
        assertThat(row.suspended()).isFalse();
        Matcher link = Pattern.compile("/accept-invitation\\?token=([A-Za-z0-9_-]+)")
                .matcher((String) Mails.to(mail, owner, 1).getFirst().getContent());
        assertThat(link.find()).isTrue();
        assertThat(Mails.to(mail, owner, 1).getFirst().getContent().toString()).contains(operator.getEmail());

        TestData.logout();
        staff.accept(link.group(1), "Olivia", "Owner", "Owner-of-the-new-one-1");
        CurrentUser signedIn = (CurrentUser)
                provider.authenticate(new UsernamePasswordAuthenticationToken(owner, "Owner-of-the-new-one-1"))
                        .getPrincipal();
        assertThat(signedIn.roles()).containsExactly(Role.OWNER);
        assertThat(signedIn.activeTenantId()).isEqualTo(id);
    }

    @Test
    void aNewTenantNeedsAFreeNameAValidColourAndAnOwnerAddress() {
        asOperator();
        String taken = tenants.find(data.tenant()).orElseThrow().getName();
        long before = lifecycle.count("");
        assertThatThrownBy(() -> lifecycle.create(draft(taken, "teal", "nobody"), Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.all())
                                .extracting(FieldValidationException::field, FieldValidationException::getMessage)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("name", "branding.name-taken"),
                                        org.assertj.core.groups.Tuple.tuple("brandColor", "validation.color"),
                                        org.assertj.core.groups.Tuple.tuple("ownerEmail", "validation.email")));
        assertThat(lifecycle.count("")).as("nothing is stored").isEqualTo(before);
    }

    @Test
    void aSuspendedTenantsLoginsAreRefusedAndTheirSessionsEnd() {
        long tenant = data.tenant();
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        UserAccount portal = data.portalLogin(tenant, TestData.uniqueEmail("portal"));
        asOperator();

        lifecycle.setSuspended(tenant, true);

        for (UserAccount who : new UserAccount[] {admin, portal}) {
            assertThatThrownBy(() -> provider.authenticate(
                            new UsernamePasswordAuthenticationToken(who.getEmail(), TestData.PASSWORD)))
                    .isInstanceOf(DisabledException.class)
                    .hasMessage("login.refused.tenant-suspended");
        }
        assertThat(logins.sessionStillValid(admin.getId(), admin.getSessionVersion()))
                .as("an open session ends at its next request")
                .isFalse();
        assertThat(lifecycle
                        .list(tenants.find(tenant).orElseThrow().getName(), PageRequest.of(0, 1))
                        .getFirst()
                        .suspended())
                .isTrue();

        lifecycle.setSuspended(tenant, false);
        assertThat(provider.authenticate(new UsernamePasswordAuthenticationToken(admin.getEmail(), TestData.PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }

    /**
     * Two tenants with the demo's whole story: deleting one leaves no row of it in any table (found from the schema,
     * so a new table is covered) and every row of the other.
     */
    @Test
    void aTenantIsDeletedWithEveryRowOnlyAfterItsGracePeriodAndTheOtherKeepsAll() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long doomed = demo.fill("Doomed " + suffix, "doomed-" + suffix + ".demo");
        long kept = demo.fill("Kept " + suffix, "kept-" + suffix + ".demo");
        Map<String, Long> doomedRows = tenantData.count(doomed);
        Map<String, Long> keptRows = tenantData.count(kept);
        assertThat(doomedRows)
                .as("the story reaches the tables a deletion must clear")
                .containsKeys(
                        "customer", "organization", "contact", "booking", "audit_event", "user_account", "api_key")
                .hasSizeGreaterThan(20);
        asOperator();

        assertThatThrownBy(() -> lifecycle.delete(doomed))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("tenants.delete-not-suspended"));
        lifecycle.setSuspended(doomed, true);
        clock.advance(Duration.ofDays(29));
        assertThatThrownBy(() -> lifecycle.delete(doomed))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("tenants.delete-too-early"));
        assertThat(tenantData.count(doomed)).hasSameSizeAs(doomedRows);
        assertThatThrownBy(
                        () -> jdbc.update("UPDATE audit_event SET summary = 'rewritten' WHERE tenant_id = ?", doomed))
                .as("a suspended tenant's trail is still never rewritten")
                .hasMessageContaining("append-only");
        clock.advance(Duration.ofDays(2));
        long rows = tenantData.count(doomed).values().stream()
                .mapToLong(Long::longValue)
                .sum();

        long deleted = lifecycle.delete(doomed);

        assertThat(deleted).as("its rows and the tenant itself").isEqualTo(rows + 1);
        assertThat(tenantData.count(doomed)).isEmpty();
        if (tallies.kept()) {
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM customer_tally WHERE tenant_id = ?", Integer.class, doomed))
                    .as("its customer counters, the deltas its own deletes appended included")
                    .isZero();
        }
        assertThat(tenants.find(doomed)).isEmpty();
        assertThat(tenantData.count(kept)).isEqualTo(keptRows);
    }
}
