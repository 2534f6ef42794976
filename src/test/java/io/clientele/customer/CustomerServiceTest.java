package io.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.audit.AuditService;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldValidationException;
import io.clientele.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

class CustomerServiceTest extends DatabaseTest {
    @Autowired
    TeamService teams;

    @Autowired
    AuditService audit;

    long tenant;

    @BeforeEach
    void tenantWithAdmin() {
        tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.OWNER));
    }

    private List<String> names(CustomerFilter filter) {
        return customers.list(filter, PageRequest.of(0, 50, Sort.by("displayName"))).stream()
                .map(CustomerRow::displayName)
                .toList();
    }

    @Test
    void searchMatchesNameEmailAndPhoneWhateverTheFormatting() {
        data.customer(tenant, "Ingrid", "Hansen", "ingrid@example.no", "+47 912 34 567", CustomerStatus.ACTIVE);
        data.customer(tenant, "Ole", "Nordmann", "ole@example.no", "40000001", CustomerStatus.PENDING);
        // Digits of a phone number in an e-mail address: found by the e-mail's own text, not as a phone number.
        data.customer(tenant, "Per", "Tall", "per4791234@example.no", null, CustomerStatus.ACTIVE);

        assertThat(names(CustomerFilter.empty().withSearch("hans"))).containsExactly("Ingrid Hansen");
        assertThat(names(CustomerFilter.empty().withSearch("OLE@EXAMPLE"))).containsExactly("Ole Nordmann");
        assertThat(names(CustomerFilter.empty().withSearch("91234567"))).containsExactly("Ingrid Hansen");
        assertThat(names(CustomerFilter.empty().withSearch("+47 912 34 567"))).containsExactly("Ingrid Hansen");
        assertThat(names(CustomerFilter.empty().withSearch("912 34"))).containsExactly("Ingrid Hansen");
        assertThat(names(CustomerFilter.empty().withSearch("+47 912 34"))).containsExactly("Ingrid Hansen");
        assertThat(names(CustomerFilter.empty().withSearch("4791234"))).containsExactly("Ingrid Hansen", "Per Tall");
        assertThat(names(CustomerFilter.empty().withSearch("100%"))).isEmpty();
    }

    @Test
    void phoneIsStoredFormattedAndInvalidPhoneIsRefused() {
        long id = data.customer(tenant, "Kari", "Berg", null, "91234567", CustomerStatus.ACTIVE);
        assertThat(customers.details(id).orElseThrow().row().phone()).isEqualTo("+47 91 23 45 67");

        CustomerDraft bad = draft("Per", "Feil", "per@example.no");
        bad.setPhone("12");
        assertThatThrownBy(() -> customers.create(bad))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("customer.phone-invalid");
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(1);
    }

    @Test
    void filtersCombineAndCountIsExact() {
        data.customer(tenant, "A", "Active", "a@example.no", null, CustomerStatus.ACTIVE);
        data.customer(tenant, "B", "Pending", "b@example.no", null, CustomerStatus.PENDING);
        data.customer(tenant, "C", "Blocked", "c@example.no", null, CustomerStatus.BLOCKED);

        CustomerFilter activeOrPending =
                CustomerFilter.empty().withStatuses(Set.of(CustomerStatus.ACTIVE, CustomerStatus.PENDING));
        assertThat(customers.count(activeOrPending)).isEqualTo(2);
        assertThat(names(activeOrPending.withSearch("pend"))).containsExactly("B Pending");
        assertThat(customers.count(CustomerFilter.empty().withTypes(Set.of(CustomerType.BUSINESS))))
                .isZero();

        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(customers.count(CustomerFilter.empty().withCreated(today, today)))
                .isEqualTo(3);
        assertThat(customers.count(CustomerFilter.empty().withCreated(today.minusDays(9), today.minusDays(1))))
                .isZero();

        CustomerSummary summary = customers.summary(ZoneId.systemDefault());
        assertThat(summary).isEqualTo(new CustomerSummary(3, 1, 1, 3));
    }

    @Test
    void pagesAreSortedOnTheServer() {
        for (String n : List.of("Dora", "Anna", "Cecilie", "Berit")) {
            data.customer(tenant, n, "Test", null, null, CustomerStatus.ACTIVE);
        }
        List<CustomerRow> second = customers.list(CustomerFilter.empty(), PageRequest.of(1, 2, Sort.by("displayName")));
        assertThat(second).extracting(CustomerRow::displayName).containsExactly("Cecilie Test", "Dora Test");
        List<CustomerRow> desc = customers.list(
                CustomerFilter.empty(), PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "displayName")));
        assertThat(desc).extracting(CustomerRow::displayName).containsExactly("Dora Test");
    }

    @Test
    void emailIsUniquePerTenantNotGlobally() {
        data.customer(tenant, "Same", "Mail", "same@example.no", null, CustomerStatus.ACTIVE);
        assertThatThrownBy(() -> customers.create(draft("Other", "Person", "SAME@example.no")))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("customer.email-taken");

        long other = data.tenant();
        long id = data.customer(other, "Same", "Mail", "same@example.no", null, CustomerStatus.ACTIVE);
        assertThat(id).isPositive();
    }

    @Test
    void staleEditIsRefusedAndChangesNothing() {
        long id = data.customer(tenant, "First", "Version", "v@example.no", null, CustomerStatus.ACTIVE);
        CustomerDraft mine = customers.draftOf(id);
        CustomerDraft theirs = customers.draftOf(id);
        theirs.setLastName("Theirs");
        customers.update(id, theirs);

        mine.setLastName("Mine");
        assertThatThrownBy(() -> customers.update(id, mine)).isInstanceOf(ConcurrentEditException.class);
        assertThat(customers.details(id).orElseThrow().lastName()).isEqualTo("Theirs");
    }

    @Test
    void editsAreAuditedWithBeforeAndAfter() {
        long id = data.customer(tenant, "Audit", "Me", null, null, CustomerStatus.PENDING);
        CustomerDraft d = customers.draftOf(id);
        d.setStatus(CustomerStatus.ACTIVE);
        customers.update(id, d);

        var history = audit.history("CUSTOMER", id, 10);
        assertThat(history).extracting(e -> e.getAction()).containsExactly("CUSTOMER_UPDATED", "CUSTOMER_CREATED");
        assertThat(history.getFirst().getBeforeState()).contains("status: PENDING");
        assertThat(history.getFirst().getAfterState()).contains("status: ACTIVE");
    }

    @Test
    void teamsLabelFollowsAssignmentRenameAndDelete() {
        Team oslo = teams.create("Oslo");
        Team bergen = teams.create("Bergen");
        long id = data.customer(tenant, "Team", "Member", null, null, CustomerStatus.ACTIVE);
        customers.assignTeams(id, false, Set.of(oslo, bergen));
        assertThat(customers.details(id).orElseThrow().row().teams()).containsExactly("Bergen", "Oslo");
        assertThat(teams.memberCounts()).containsEntry(oslo.getId(), 1L).containsEntry(bergen.getId(), 1L);

        teams.rename(oslo.getId(), "Oslo sentrum");
        assertThat(customers
                        .list(CustomerFilter.empty(), PageRequest.of(0, 5, Sort.by("teamsLabel")))
                        .getFirst()
                        .teams())
                .containsExactly("Bergen", "Oslo sentrum");

        teams.delete(bergen.getId());
        teams.delete(oslo.getId());
        assertThat(customers.details(id).orElseThrow().row().allTeams()).isTrue();
        assertThatThrownBy(() -> customers.assignTeams(id, false, Set.of()))
                .isInstanceOf(FieldValidationException.class);
    }

    @Test
    void viewerAndSupportCannotChangeCustomers() {
        long id = data.customer(tenant, "Read", "Only", null, null, CustomerStatus.ACTIVE);
        data.loginAs(data.staff(tenant, Role.VIEWER));
        assertThat(customers.count(CustomerFilter.empty())).isEqualTo(1);
        assertThatThrownBy(() -> customers.create(draft("New", "One", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> customers.update(id, new CustomerDraft())).isInstanceOf(AccessDeniedException.class);

        data.loginAs(data.staff(tenant, Role.SUPPORT));
        assertThatThrownBy(() -> customers.assignTeams(id, true, Set.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teams.create("Sneaky")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void businessNeedsCompanyNameAndShowsIt() {
        CustomerDraft d = draft("Kontakt", "Person", "post@firma.no");
        d.setType(CustomerType.BUSINESS);
        assertThatThrownBy(() -> customers.create(d)).hasMessage("customer.company-required");
        d.setCompanyName("Fjord Regnskap AS");
        long id = customers.create(d);
        assertThat(customers.details(id).orElseThrow().row().displayName()).isEqualTo("Fjord Regnskap AS");
    }

    private static CustomerDraft draft(String first, String last, String email) {
        CustomerDraft d = new CustomerDraft();
        d.setFirstName(first);
        d.setLastName(last);
        d.setEmail(email == null ? "" : email);
        return d;
    }
}
