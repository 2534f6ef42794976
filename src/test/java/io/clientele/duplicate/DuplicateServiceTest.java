package io.clientele.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.customer.CustomerStatus;
import io.clientele.duplicate.DuplicateService.Pair;
import io.clientele.duplicate.DuplicateService.Reason;
import io.clientele.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scan, its scores and reasons, dismissal for good, and the warning while a customer is typed. */
class DuplicateServiceTest extends DatabaseTest {
    @Autowired
    DuplicateService duplicates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theScanPairsSameMailboxSamePhoneAndSimilarNamesAndADismissedPairStaysDismissed() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long kari = data.customer(
                tenant, "Kari", "Nordmann", "kari.nordmann@gmail.com", "+47 912 34 567", CustomerStatus.ACTIVE);
        long kariAgain =
                data.customer(tenant, "Kari", "Nordmann", "karinordmann+shop@gmail.com", null, CustomerStatus.PENDING);
        long phoneTwin = data.customer(tenant, "Ola", "Hansen", null, "91234567", CustomerStatus.ACTIVE);
        long karin = data.customer(tenant, "Karin", "Nordman", null, null, CustomerStatus.ACTIVE);
        data.customer(tenant, "Per", "Berg", "per@firma.no", "+47 400 00 000", CustomerStatus.ACTIVE);

        DuplicateService.ScanResult first = duplicates.scan();
        List<Pair> pairs = duplicates.list(false, PageRequest.of(0, 50));
        assertThat(pairs).hasSize(4);
        assertThat(pair(pairs, kari, kariAgain)).satisfies(p -> {
            assertThat(p.reasons()).containsExactlyInAnyOrder(Reason.EMAIL, Reason.NAME);
            assertThat(p.score()).isEqualTo(100);
        });
        assertThat(pairs.getFirst()).as("highest score first").isEqualTo(pair(pairs, kari, kariAgain));
        assertThat(pair(pairs, kari, phoneTwin).reasons()).containsExactly(Reason.PHONE);
        assertThat(pair(pairs, kari, phoneTwin).score()).isEqualTo(70);
        assertThat(pair(pairs, kari, karin).reasons()).containsExactly(Reason.NAME);
        assertThat(pair(pairs, kariAgain, karin).reasons()).containsExactly(Reason.NAME);
        assertThat(first).isEqualTo(new DuplicateService.ScanResult(4, 4));
        assertThat(duplicates.scan()).as("a second scan adds nothing").isEqualTo(new DuplicateService.ScanResult(4, 0));

        Pair phone = pair(pairs, kari, phoneTwin);
        duplicates.dismiss(phone.id());
        assertThat(duplicates.count(false)).isEqualTo(3);
        assertThat(duplicates.list(true, PageRequest.of(0, 50)))
                .extracting(Pair::id)
                .containsExactly(phone.id());
        duplicates.scan();
        assertThat(duplicates.count(false)).as("dismissed for good").isEqualTo(3);

        jdbc.sql("UPDATE customer SET deleted_at = CURRENT_TIMESTAMP WHERE id = ?")
                .param(karin)
                .update();
        duplicates.scan();
        assertThat(duplicates.count(false))
                .as("a deleted customer's open pairs go")
                .isEqualTo(1);

        data.loginAs(data.staff(data.tenant(), Role.ADMIN));
        assertThat(duplicates.count(false)).as("another tenant").isZero();
    }

    @Test
    void aCustomerBeingTypedIsMatchedByMailboxPhoneOrName() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        long kari = data.customer(
                tenant, "Kari", "Nordmann", "kari.nordmann@gmail.com", "+47 912 34 567", CustomerStatus.ACTIVE);
        assertThat(duplicates.likely("Someone Else", "Kari.Nordmann+news@gmail.com", ""))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.customerId()).isEqualTo(kari);
                    assertThat(m.reasons()).containsExactly(Reason.EMAIL);
                });
        assertThat(duplicates.likely("K N", "", "912 34 567"))
                .extracting(DuplicateService.Match::reasons)
                .containsExactly(Set.of(Reason.PHONE));
        assertThat(duplicates.likely("Nordmann Kari", "", ""))
                .extracting(DuplicateService.Match::reasons)
                .containsExactly(Set.of(Reason.NAME));
        assertThat(duplicates.likely("Ola Hansen", "ola@firma.no", "")).isEmpty();
        assertThat(duplicates.likely("", "", "")).isEmpty();
    }

    private static Pair pair(List<Pair> pairs, long a, long b) {
        return pairs.stream()
                .filter(p -> Set.of(p.firstId(), p.secondId()).equals(Set.of(a, b)))
                .findFirst()
                .orElseThrow();
    }
}
