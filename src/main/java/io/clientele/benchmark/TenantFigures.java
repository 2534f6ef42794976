package io.clientele.benchmark;

import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerGenerator;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.SystemAuthentication;
import io.clientele.tenant.TenantService;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many tenants on one database: 200 tenants of 5,000 customers, and one small tenant's list figures before the big
 * tenant is loaded and after. Every index leads with the tenant, so the big one should not show in the small one's
 * figures. Needs a database where the big tenant is not loaded yet to measure "before".
 */
class TenantFigures {
    private static final int TENANTS = 200;
    private static final int EACH = 5_000;

    private final TenantService tenants;
    private final CustomerGenerator generator;
    private final CustomerService customers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final boolean postgres;
    private long measured;
    private Map<String, Timing> before;

    TenantFigures(
            TenantService tenants,
            CustomerGenerator generator,
            CustomerService customers,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            boolean postgres) {
        this.tenants = tenants;
        this.generator = generator;
        this.customers = customers;
        this.jdbc = jdbc;
        this.tx = tx;
        this.postgres = postgres;
    }

    /** Loads the small tenants (once) and measures one of them; {@code bigLoaded}: the big tenant is already there. */
    void before(boolean bigLoaded) {
        long start = System.nanoTime();
        int loaded = 0;
        for (int i = 1; i <= TENANTS; i++) {
            long tenant = tenants.createIfMissing(String.format("Small %03d", i), "NO")
                    .getId();
            if (i == TENANTS / 2) {
                measured = tenant;
            }
            Integer existing =
                    jdbc.queryForObject("SELECT count(*) FROM customer WHERE tenant_id = ?", Integer.class, tenant);
            if (existing < EACH) {
                jdbc.update("DELETE FROM customer WHERE tenant_id = ?", tenant);
                String[] domain = {"small" + i + ".example"};
                long seed = i;
                tx.executeWithoutResult(s -> generator.insert(
                        new CustomerGenerator.Spec(tenant, EACH, seed, List.of(), domain, false), n -> {}));
                loaded += EACH;
            }
        }
        if (loaded > 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "Generated %,d customers in %d tenants in %.1f s (%,.0f rows/s)%n",
                    loaded, TENANTS, seconds, loaded / seconds);
            if (postgres) jdbc.execute("ANALYZE customer");
        }
        before = bigLoaded ? null : figures();
    }

    /** The same figures now that the big tenant is loaded, next to those from before it was. */
    void after(long bigRows) {
        Map<String, Timing> now = figures();
        Timing.header(String.format(
                "Many tenants: one of %d tenants × %,d customers with a tenant of %,d beside it "
                        + "(baseline: the same figures before that tenant was loaded)",
                TENANTS, EACH, bigRows));
        now.forEach((name, with) -> {
            Timing without = before == null ? null : before.get(name);
            Timing.row(
                    name,
                    with,
                    without == null ? with : without,
                    without == null
                            ? "no baseline: the big tenant was loaded first (use a fresh database)"
                            : "the same within noise (<= 1.2x)");
        });
    }

    private Map<String, Timing> figures() {
        Map<String, Supplier<Object>> work = new LinkedHashMap<>();
        CustomerFilter all = CustomerFilter.empty();
        CustomerFilter search = all.withSearch("hansen");
        CustomerFilter active = all.withStatuses(Set.of(CustomerStatus.ACTIVE));
        Sort byName = Sort.by("displayName");
        work.put(
                "first page by name + count",
                () -> customers.list(all, PageRequest.of(0, 50, byName)).size() + customers.count(all));
        work.put(
                "search 'hansen' + count",
                () -> customers.list(search, PageRequest.of(0, 50, byName)).size() + customers.count(search));
        work.put(
                "status Active + count",
                () -> customers.list(active, PageRequest.of(0, 50, byName)).size() + customers.count(active));
        work.put(
                "last page by created desc",
                () -> customers
                        .list(all, PageRequest.of(EACH / 50 - 1, 50, Sort.by(Sort.Direction.DESC, "createdAt")))
                        .size());
        work.put(
                "summary cards", () -> customers.summary(ZoneId.systemDefault()).total());
        Map<String, Timing> done = new LinkedHashMap<>();
        SystemAuthentication.run(measured, () -> work.forEach((name, w) -> done.put(name, Timing.of(w))));
        return done;
    }
}
