package io.clientele.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Every page of a list read by seeking — from the page before, from the page after, from the end — holds exactly the
 * rows the same page read by OFFSET holds, in every order: ties, missing values (sorted differently by the two
 * databases) and a last page that is not full included.
 */
class SeekTest extends DatabaseTest {
    private static final int SIZE = 4;

    @Test
    void aSoughtPageIsThePageOffsetReadsInEveryOrder() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        String[] names = {"Berg", "Aas", "Berg", "Dahl", "Eng", "Aas", "Falk", "Berg", "Gran", "Holm", "Aas"};
        for (int i = 0; i < names.length; i++) {
            // Every third has no e-mail: those rows sort after (PostgreSQL) or before (H2) the others.
            String email = i % 3 == 0 ? null : "p" + (names.length - i) + "@example.no";
            CustomerStatus status = CustomerStatus.values()[i % CustomerStatus.values().length];
            data.customer(tenant, "Kari" + (i % 2), names[i], email, null, status);
        }
        int total = names.length;
        CustomerFilter all = CustomerFilter.empty();
        List<Sort> orders = new ArrayList<>(List.of(Sort.unsorted()));
        for (String key : List.of("id", "displayName", "lastName", "email", "status", "createdAt")) {
            orders.add(Sort.by(Sort.Direction.ASC, key));
            orders.add(Sort.by(Sort.Direction.DESC, key));
        }
        for (Sort sort : orders) {
            int pages = (total + SIZE - 1) / SIZE;
            List<List<Long>> byOffset = new ArrayList<>();
            for (int page = 0; page < pages; page++) {
                byOffset.add(ids(all, PageRequest.of(page, SIZE, sort)));
            }
            assertThat(byOffset.stream().mapToInt(List::size).sum()).isEqualTo(total);
            for (int page = 0; page < pages; page++) {
                List<Long> expected = byOffset.get(page);
                String what = sort + " page " + page;
                assertThat(ids(all, Seek.fromEnd(page, SIZE, sort, total)))
                        .as(what + " from the end")
                        .isEqualTo(expected);
                if (page > 0) {
                    long last = byOffset.get(page - 1).getLast();
                    assertThat(ids(all, Seek.after(page, SIZE, sort, last)))
                            .as(what + " after the page before")
                            .isEqualTo(expected);
                }
                if (page < pages - 1) {
                    long first = byOffset.get(page + 1).getFirst();
                    assertThat(ids(all, Seek.before(page, SIZE, sort, first)))
                            .as(what + " before the page after")
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aSoughtPageFollowsItsBoundaryRowNotItsNumber() {
        long tenant = data.tenant();
        data.loginAs(data.staff(tenant, Role.ADMIN));
        for (String name : List.of("Aas", "Berg", "Dahl", "Eng", "Falk", "Gran")) {
            data.customer(tenant, "Kari", name, null, null, CustomerStatus.ACTIVE);
        }
        Sort byName = Sort.by("displayName");
        List<Long> first = ids(CustomerFilter.empty(), PageRequest.of(0, 2, byName));
        List<Long> second = ids(CustomerFilter.empty(), PageRequest.of(1, 2, byName));
        // Read by OFFSET, page 9 would be empty: the rows come from the boundary row, with no rows skipped.
        assertThat(ids(CustomerFilter.empty(), Seek.after(9, 2, byName, first.getLast())))
                .isEqualTo(second);
        assertThat(ids(CustomerFilter.empty(), Seek.before(9, 2, byName, second.getFirst())))
                .isEqualTo(first);
    }

    private List<Long> ids(CustomerFilter filter, Pageable page) {
        return customers.list(filter, page).stream().map(CustomerRow::id).toList();
    }
}
