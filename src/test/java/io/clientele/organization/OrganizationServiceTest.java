package io.clientele.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.account.AccountTestData;
import io.clientele.account.CustomerAccountService;
import io.clientele.audit.AuditService;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class OrganizationServiceTest extends DatabaseTest {
    @Autowired
    OrganizationService organizations;

    @Autowired
    CustomerAccountService accounts;

    @Autowired
    AuditService audit;

    AccountTestData fixtures;
    long tenant;

    @BeforeEach
    void adminInFreshTenant() {
        tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        fixtures = new AccountTestData(organizations, accounts, users);
    }

    private static <T> void expectField(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }

    @Test
    void countryRulesAreCheckedAndNothingIsSavedOnBadInput() {
        OrganizationDraft d = AccountTestData.draft("Fjord Bygg AS");
        d.setOrgNumber("923456780");
        expectField(() -> organizations.create(d), "orgNumber", "organization.number-invalid-no");
        d.setOrgNumber("923 456 783");
        d.setPostCode("150");
        expectField(() -> organizations.create(d), "postCode", "organization.post-number-invalid");
        d.setPostCode("0150");
        d.setPhone("12");
        expectField(() -> organizations.create(d), "phone", "organization.phone-invalid");
        d.setPhone("22 33 44 55");
        d.setWebsite("not a site");
        expectField(() -> organizations.create(d), "website", "organization.website-invalid");
        assertThat(organizations.count("", true)).isZero();

        d.setWebsite("fjordbygg.no");
        long id = organizations.create(d);
        Organization saved = organizations.find(id).orElseThrow();
        assertThat(saved.getOrgNumber()).isEqualTo("923456783");
        assertThat(saved.getPhone()).isEqualTo("+47 22 33 44 55");
        assertThat(saved.getWebsite()).isEqualTo("https://fjordbygg.no");

        OrganizationDraft swedish = AccountTestData.draft("Göta Hälsa AB");
        swedish.setCountry("SE");
        swedish.setOrgNumber("5561684486");
        swedish.setPostCode("411 05");
        organizations.create(swedish);
        assertThat(organizations.list("göta", false, PageRequest.of(0, 20)))
                .extracting(Organization::getName)
                .containsExactly("Göta Hälsa AB");
        assertThat(organizations.list("92345", false, PageRequest.of(0, 20)))
                .extracting(Organization::getName)
                .containsExactly("Fjord Bygg AS");
    }

    @Test
    void numberIsUniqueAmongLiveOrganizationsOnly() {
        OrganizationDraft first = AccountTestData.draft("Elv Catering AS");
        long id = organizations.create(first);
        OrganizationDraft second = AccountTestData.draft("Elv Catering Nye AS");
        second.setOrgNumber(first.getOrgNumber());
        expectField(() -> organizations.create(second), "orgNumber", "organization.number-taken");

        organizations.softDelete(id);
        long reused = organizations.create(second);
        assertThat(reused).isNotEqualTo(id);
        assertThatThrownBy(() -> organizations.recover(id))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("organization.refused.number-in-use"));
        assertThatThrownBy(() -> organizations.update(id, organizations.draftOf(id)))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void softDeletingAnOrganizationSoftDeletesItsAccountInTheSameTransactionAndAuditsBoth() {
        long account = fixtures.account(tenant, "Havbris Sjømat AS", false);
        long org = accounts.details(account).orElseThrow().organization().getId();

        organizations.softDelete(org);

        var details = accounts.details(account).orElseThrow();
        assertThat(details.row().deleted()).isTrue();
        assertThat(details.admin()).isNull();
        assertThat(audit.history("ORGANIZATION", org, 10))
                .extracting(e -> e.getAction())
                .contains("ORGANIZATION_DELETED");
        assertThat(audit.history("CUSTOMER", account, 10))
                .extracting(e -> e.getAction())
                .contains("ACCOUNT_DELETED");
        // The account cannot come back while its organization is deleted.
        var guest = fixtures.guest(tenant, "Gustav", "Gjest");
        assertThatThrownBy(() -> accounts.recover(account, new io.clientele.base.Choice(guest.getId(), "", "")))
                .isInstanceOfSatisfying(
                        ActionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("account.refused.organization-deleted"));
    }

    @Test
    void renamingTheOrganizationRenamesItsAccount() {
        long account = fixtures.account(tenant, "Furu Bygg AS", false);
        long org = accounts.details(account).orElseThrow().organization().getId();
        OrganizationDraft d = organizations.draftOf(org);
        d.setName("Furu Bygg og Anlegg AS");
        organizations.update(org, d);
        assertThat(accounts.details(account).orElseThrow().row().organizationName())
                .isEqualTo("Furu Bygg og Anlegg AS");
    }

    @Test
    void viewersAndSupportCannotTouchOrganizations() {
        data.loginAs(data.staff(tenant, Role.SUPPORT));
        assertThatThrownBy(() -> organizations.count("", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organizations.create(AccountTestData.draft("X AS")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
