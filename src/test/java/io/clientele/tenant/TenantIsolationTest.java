package io.clientele.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.base.OwnerType;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.Team;
import io.clientele.customer.TeamService;
import io.clientele.security.PasswordResets;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccount;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Nothing of one tenant is visible or changeable from another, whatever id a caller sends. */
class TenantIsolationTest extends DatabaseTest {
    @Autowired
    PasswordResets resets;

    @Autowired
    TeamService teams;

    @Test
    void customersTeamsAndLoginsOfAnotherTenantAreInvisibleAndUntouchable() {
        long a = tenants.createIfMissing("Isolation A " + System.nanoTime(), "NO")
                .getId();
        long b = tenants.createIfMissing("Isolation B " + System.nanoTime(), "NO")
                .getId();
        long inA = data.customer(a, "Alma", "Alpha", "alma@a.example", null, CustomerStatus.ACTIVE);
        long inB = data.customer(b, "Bror", "Beta", "bror@b.example", null, CustomerStatus.ACTIVE);
        UserAccount loginInB = data.portalLogin(b, io.clientele.TestData.uniqueEmail("portal-b"));

        data.loginAs(data.staff(b, Role.OWNER));
        Team teamOfB = teams.create("B only");

        data.loginAs(data.staff(a, Role.OWNER));
        assertThat(customers.list(CustomerFilter.empty(), PageRequest.of(0, 100)))
                .extracting(CustomerRow::id)
                .containsExactly(inA);
        assertThat(customers.count(CustomerFilter.empty().withSearch("Bror"))).isZero();
        assertThat(customers.details(inB)).isEmpty();
        assertThat(customers.avatar(inB)).isEmpty();
        assertThat(teams.all()).extracting(Team::getName).doesNotContain("B only");

        CustomerDraft steal = new CustomerDraft();
        steal.setFirstName("Stolen");
        assertThatThrownBy(() -> customers.update(inB, steal)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> customers.assignTeams(inB, true, Set.of())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> teams.rename(teamOfB.getId(), "Mine now")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> resets.setPassword(loginInB.getId(), "Another-long-password-1"))
                .isInstanceOf(AccessDeniedException.class);

        data.loginAs(data.staff(b, Role.OWNER));
        assertThat(customers.details(inB).orElseThrow().firstName()).isEqualTo("Bror");
        assertThat(teams.all()).extracting(Team::getName).containsExactly("B only");
    }

    @Test
    void onlyPlatformOperatorsSwitchTenantAndTheSwitchIsAudited() {
        long a = data.tenant();
        long b = data.tenant();
        long inB = data.customer(b, "Visible", "After switch", null, null, CustomerStatus.ACTIVE);

        data.loginAs(data.staff(a, Role.OWNER));
        assertThatThrownBy(() -> tenants.switchTo(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenants.all()).isInstanceOf(AccessDeniedException.class);

        UserAccount operator = SystemAuthentication.platform(() -> users.create(
                null,
                io.clientele.TestData.uniqueEmail("operator"),
                "Plat",
                "Form",
                io.clientele.TestData.PASSWORD,
                Role.SYSTEM_ADMIN,
                null));
        var me = data.loginAs(operator);
        assertThat(me.activeTenantId())
                .as("operators start in the oldest tenant")
                .isEqualTo(tenants.first().orElseThrow().getId());
        tenants.switchTo(a);
        assertThat(customers.details(inB)).isEmpty();
        tenants.switchTo(b);
        assertThat(me.activeTenantId()).isEqualTo(b);
        assertThat(customers.details(inB)).isPresent();
    }

    @Autowired
    io.clientele.organization.OrganizationService organizations;

    @Autowired
    io.clientele.account.CustomerAccountService accounts;

    @Autowired
    io.clientele.directory.CompanyDirectory companies;

    @Autowired
    io.clientele.directory.ContactService contacts;

    @Autowired
    io.clientele.directory.AddressService addresses;

    @Autowired
    io.clientele.pricesheet.PriceSheetService sheets;

    @Test
    void organizationsAccountsContactsAddressesAndPriceSheetsStayInTheirTenant() {
        long a = data.tenant();
        long b = data.tenant();
        data.loginAs(data.staff(b, Role.ADMIN));
        var fixtures = new io.clientele.account.AccountTestData(organizations, accounts, users);
        long accountOfB = fixtures.account(b, "Beta Bygg AS", true);
        long orgOfB = accounts.details(accountOfB).orElseThrow().organization().getId();
        long contactOfB = new io.clientele.directory.DirectoryTestData(contacts)
                .contact("Bror", "Beta", "bror@beta.no", null, orgOfB);
        io.clientele.pricesheet.PriceSheetDraft sheet = new io.clientele.pricesheet.PriceSheetDraft();
        sheet.setName("Beta prices");
        long sheetOfB = sheets.save(null, sheet);

        data.loginAs(data.staff(a, Role.ADMIN));
        var everyone = io.clientele.directory.DirectoryFilter.empty();
        assertThat(organizations.count("", true)).isZero();
        assertThat(accounts.count("")).isZero();
        assertThat(accounts.details(accountOfB)).isEmpty();
        assertThat(companies.countCompanies(everyone)).isZero();
        assertThat(contacts.countContacts(everyone)).isZero();
        assertThat(contacts.contact(contactOfB)).isEmpty();
        assertThat(companies.company(orgOfB)).isEmpty();
        assertThat(sheets.all()).isEmpty();
        assertThat(accounts.organizationChoices("", null, 0, 50)).isEmpty();
        assertThatThrownBy(() -> organizations.softDelete(orgOfB)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> accounts.softDelete(accountOfB)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> addresses.saveAddress(
                        OwnerType.ORGANIZATION,
                        orgOfB,
                        null,
                        io.clientele.directory.DirectoryTestData.address(
                                io.clientele.directory.AddressKind.BILLING, "X 1", "0150", "NO", true)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> sheets.addItem(sheetOfB, "X", "Y", java.math.BigDecimal.ONE))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(contacts.deleteContacts(java.util.List.of(contactOfB))).isZero();
        io.clientele.pricesheet.PriceSheetDraft own = new io.clientele.pricesheet.PriceSheetDraft();
        own.setName("Alpha prices");
        long sheetOfA = sheets.save(null, own);
        assertThatThrownBy(() -> sheets.assign(OwnerType.ORGANIZATION, orgOfB, sheetOfA))
                .isInstanceOf(NoSuchElementException.class);
    }
}
