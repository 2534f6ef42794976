package io.clientele.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.clientele.KaribuTest;
import io.clientele.base.Seek;
import io.clientele.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paging through a list asks its source for the page next to the one on screen by that page's boundary row, and for
 * a page in the second half from the end; moving between pages of the same rows counts nothing again.
 */
class PagedGridSeekTest extends KaribuTest {
    private final List<Pageable> asked = new ArrayList<>();
    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void nextAndPreviousSeekFromThePageOnScreenAndTheLastPageFromTheEnd() {
        login(data.staff(data.tenant(), Role.ADMIN));
        PagedGrid<Integer> paged = new PagedGrid<>(new Grid<>(), new ListCounts(false));
        paged.addColumn("number", n -> n, "tenants.col.name");
        paged.setSource(
                () -> "all",
                (f, page) -> {
                    asked.add(page);
                    return IntStream.range(0, 45)
                            .skip(page.getOffset())
                            .limit(page.getPageSize())
                            .boxed()
                            .toList();
                },
                f -> {
                    counted.incrementAndGet();
                    return 45;
                });
        paged.seekBy(n -> n);
        UI.getCurrent().add(paged);
        paged.refresh();
        MockVaadin.clientRoundtrip(false);
        Sort none = Sort.unsorted();

        paged.goTo(1);
        MockVaadin.clientRoundtrip(false);
        paged.goTo(2);
        MockVaadin.clientRoundtrip(false);
        paged.goTo(1);
        MockVaadin.clientRoundtrip(false);
        paged.goTo(0);
        MockVaadin.clientRoundtrip(false);
        paged.goTo(2);
        MockVaadin.clientRoundtrip(false);

        assertThat(asked)
                .containsExactly(
                        PageRequest.of(0, 20, none),
                        Seek.after(1, 20, none, 19),
                        Seek.after(2, 20, none, 39),
                        Seek.before(1, 20, none, 40),
                        Seek.before(0, 20, none, 20),
                        Seek.fromEnd(2, 20, none, 45));
        assertThat(_get(Span.class, spec -> spec.withId("showing")).getText()).isEqualTo("Showing 41–45 of 45 results");
        assertThat(counted).as("counted once for the filter, not once per page").hasValue(1);
    }
}
