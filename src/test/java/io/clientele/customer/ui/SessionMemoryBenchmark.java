package io.clientele.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.clientele.KaribuTest;
import io.clientele.customer.CustomerGenerator;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Server memory per open Customers view: {@value #SESSIONS} sessions, each logged in and showing a page of 50
 * customers, held at once; the heap after a full collection before and after, divided by the sessions, less the same
 * for logged-in mock sessions without a view (Karibu's own cost per session). A benchmark, not part of the build:
 * {@code ./mvnw test -Dvaadin.skip -Dtest=SessionMemoryBenchmark -Dvaadin.devmode.componentTracker.enabled=false}
 * prints the figure (add {@code -Dmemory.histogram=true} for what the views hold). Without that flag Flow's
 * development mode keeps a stack trace per component (ComponentTracker), which the production jar never does.
 */
class SessionMemoryBenchmark extends KaribuTest {
    private static final int SESSIONS = 200;

    @Autowired
    CustomerGenerator generator;

    @Autowired
    TransactionTemplate tx;

    /** What stays reachable from an open tab: its session and UI. */
    private record Open(VaadinSession session, UI ui) {}

    @Test
    void memoryPerOpenCustomersView() throws Exception {
        long tenant = data.tenant();
        tx.executeWithoutResult(s -> generator.insert(
                new CustomerGenerator.Spec(tenant, 2_000, 7, List.of("North"), new String[] {"memory.example"}, false),
                n -> {}));
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        List<Open> open = new ArrayList<>();
        open(admin, open, true); // the first view loads classes and caches; it is not counted
        // Karibu builds a servlet and service per mock session; sessions without a view measure that overhead.
        long harness = perSession(admin, open, false);
        Map<String, long[]> withoutViews = histogram();
        long view = perSession(admin, open, true);
        assertThat(open).hasSize(2 * SESSIONS + 1);
        System.out.printf(
                "%nServer memory per open Customers view (%d sessions, page of 50): %,d KB; a logged-in mock "
                        + "session without a view: %,d KB; the view itself: %,d KB (target <= 300 KB)%n%n",
                SESSIONS, view / 1024, harness / 1024, (view - harness) / 1024);
        if (withoutViews != null) {
            // What the open views added, largest first, per view: -Dmemory.histogram=true
            Map<String, long[]> withViews = histogram();
            System.out.printf("%12s %12s  %s%n", "bytes/view", "objects/view", "class");
            withViews.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - withoutViews.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - withoutViews.getOrDefault(e.getKey(), new long[2])[1]
                    }))
                    .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                    .limit(40)
                    .forEach(e -> System.out.printf(
                            "%,12d %,12d  %s%n", e.getValue()[1] / SESSIONS, e.getValue()[0] / SESSIONS, e.getKey()));
        }
    }

    /** Instances and bytes per class after a full collection, or null unless -Dmemory.histogram=true. */
    private static Map<String, long[]> histogram() throws Exception {
        if (!Boolean.getBoolean("memory.histogram")) {
            return null;
        }
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {null},
                        new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        text.lines()
                .map(String::trim)
                .filter(l -> l.matches("\\d+:.*"))
                .map(l -> l.split("\\s+"))
                .forEach(f -> classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])}));
        return classes;
    }

    private long perSession(UserAccount admin, List<Open> open, boolean customersView) {
        long before = usedAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            open(admin, open, customersView);
        }
        return (usedAfterGc() - before) / SESSIONS;
    }

    private void open(UserAccount admin, List<Open> open, boolean customersView) {
        newSession();
        login(admin);
        if (customersView) {
            UI.getCurrent().navigate("customers", QueryParameters.of("size", "50"));
            assertThat(GridKt._size(_get(CustomerListView.class).paged().getGrid()))
                    .isEqualTo(50);
        }
        // A real server sends the pending changes and JavaScript calls (the grid's rows among them) to the browser and
        // forgets them; Karibu never writes a response.
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {});
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        open.add(new Open(VaadinSession.getCurrent(), UI.getCurrent()));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
