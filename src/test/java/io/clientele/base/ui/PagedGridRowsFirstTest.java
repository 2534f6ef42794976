package io.clientele.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.communication.PushMode;
import io.clientele.KaribuTest;
import io.clientele.security.Role;
import io.clientele.tenant.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rows first: the list shows its page while the total is still being counted ("of …"), and "of Z" arrives by push
 * from the counting thread, which counts as the person looking (their tenant). A count of an older filter that
 * finishes late does not overwrite the newer one.
 */
class PagedGridRowsFirstTest extends KaribuTest {
    private final ListCounts counts = new ListCounts(true);
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, Long> countedInTenant = new ConcurrentHashMap<>();
    private String filter = "all";

    @AfterEach
    void stopCounting() {
        gates.values().forEach(CountDownLatch::countDown);
        counts.stop();
    }

    private static String showing() {
        return _get(Span.class, spec -> spec.withId("showing")).getText();
    }

    private PagedGrid<String> list() {
        UI.getCurrent().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        PagedGrid<String> paged = new PagedGrid<>(new Grid<>(), counts);
        paged.addColumn("name", s -> s, "tenants.col.name");
        paged.setSource(
                () -> filter,
                (f, page) -> IntStream.range(0, f.equals("all") ? 45 : 7)
                        .skip(page.getOffset())
                        .limit(page.getPageSize())
                        .mapToObj(i -> f + " " + i)
                        .toList(),
                f -> {
                    countedInTenant.put(f, TenantContext.current());
                    try {
                        gates.computeIfAbsent(f, k -> new CountDownLatch(1)).await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return f.equals("all") ? 45 : 7;
                });
        UI.getCurrent().add(paged);
        return paged;
    }

    private void release(String f) {
        gates.computeIfAbsent(f, k -> new CountDownLatch(1)).countDown();
    }

    @Test
    void theRowsShowBeforeTheTotalWhichArrivesByPushCountedInTheViewersTenant() {
        long tenant = data.tenant();
        login(data.staff(tenant, Role.ADMIN));
        PagedGrid<String> paged = list();
        paged.refresh();
        MockVaadin.clientRoundtrip(false);

        assertThat(paged.getGrid().getLazyDataView().getItems().toList()).hasSize(20);
        assertThat(showing()).isEqualTo("Showing 1–20 of …");
        List<Button> pager = _get(
                        paged,
                        com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                        spec -> spec.withClasses("pager"))
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .toList();
        // First, previous, next, last: a next page is there (a full page came), the last one is not known yet.
        assertThat(pager).extracting(Button::isEnabled).containsExactly(false, false, true, false);

        release("all");
        untilPushed(() -> showing().equals("Showing 1–20 of 45 results"));
        assertThat(countedInTenant).containsEntry("all", tenant);
        assertThat(pager).extracting(Button::isEnabled).containsExactly(false, false, true, true);
    }

    @Test
    void aLateCountOfAnOlderFilterDoesNotOverwriteTheNewOne() {
        login(data.staff(data.tenant(), Role.ADMIN));
        PagedGrid<String> paged = list();
        paged.refresh();
        filter = "few";
        paged.refresh();
        release("few");
        untilPushed(() -> showing().equals("Showing 1–7 of 7 results"));
        release("all");
        untilPushed(() -> countedInTenant.containsKey("all"));
        MockVaadin.clientRoundtrip(false);
        assertThat(showing()).isEqualTo("Showing 1–7 of 7 results");
    }

    @Test
    void aDeepLinkPastTheEndShowsTheLastPageOnceTheCountIsIn() {
        login(data.staff(data.tenant(), Role.ADMIN));
        PagedGrid<String> paged = list();
        paged.refresh();
        // ?page=6 of a list whose total is not known yet: taken as asked, then brought back to the last page.
        paged.goTo(5);
        MockVaadin.clientRoundtrip(false);
        assertThat(showing()).isEqualTo("Showing 0–0 of …");
        release("all");
        untilPushed(() -> showing().equals("Showing 41–45 of 45 results"));
        assertThat(paged.getGrid().getLazyDataView().getItems().toList())
                .containsExactly("all 40", "all 41", "all 42", "all 43", "all 44");
    }
}
