package io.clientele.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.DatabaseTest;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditFilter;
import io.clientele.audit.AuditService;
import io.clientele.bulk.ExportFormat;
import io.clientele.customer.ConsentField;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerBulkService;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerExport;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerSelection;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.customer.GroupService;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Staff of two tenants take turns at 1,000 random reads, writes, searches, bulk jobs and exports — many of them
 * aimed at the other tenant's ids on purpose. Not one row of the other tenant may be seen, and none changed.
 * Runs on H2 and again on PostgreSQL (the "db" tag).
 */
class RandomizedIsolationTest extends DatabaseTest {
    private static final int OPERATIONS = 1_000;
    private static final String[] SORTS = {"displayName", "email", "status", "createdAt", "id", "phoneDigits"};

    @Autowired
    GroupService groups;

    @Autowired
    ConsentService consents;

    @Autowired
    CustomerBulkService bulk;

    @Autowired
    CustomerExport export;

    @Autowired
    AuditService audit;

    /** One tenant as the test knows it: its admin, its marker (in every e-mail) and the ids it created. */
    private final class Side {
        final long tenant;
        final UserAccount admin;
        final String marker;
        final List<Long> ids = new ArrayList<>();
        final Map<Long, String> names = new HashMap<>();

        Side(String marker) {
            this.tenant = data.tenant();
            this.admin = data.staff(tenant, Role.OWNER);
            this.marker = marker;
        }

        void act() {
            data.loginAs(admin);
        }
    }

    @Test
    void athousandMixedOperationsNeverCrossTheTenantWall() throws Exception {
        Random random = new Random(20261124);
        Side a = new Side("alfa" + System.nanoTime());
        Side b = new Side("bravo" + System.nanoTime());
        for (Side s : List.of(a, b)) {
            s.act();
            for (int i = 0; i < 10; i++) create(s, random);
        }
        List<String> crossings = new ArrayList<>();
        Map<String, Integer> done = new TreeMap<>();
        for (int op = 0; op < OPERATIONS; op++) {
            Side me = random.nextBoolean() ? a : b;
            Side other = me == a ? b : a;
            me.act();
            long theirs = other.ids.get(random.nextInt(other.ids.size()));
            long mine = me.ids.get(random.nextInt(me.ids.size()));
            int kind = random.nextInt(12);
            done.merge(String.valueOf(kind), 1, Integer::sum);
            switch (kind) {
                case 0 -> create(me, random);
                case 1 -> {
                    CustomerDraft d = customers.draftOf(mine);
                    String name = "Renamed" + random.nextInt(1000);
                    d.setFirstName(name);
                    customers.update(mine, d);
                    me.names.put(mine, name + " " + d.getLastName());
                }
                case 2 ->
                    expectRefused(crossings, "update", () -> {
                        CustomerDraft d = new CustomerDraft();
                        d.setFirstName("Stolen");
                        customers.update(theirs, d);
                    });
                case 3 -> {
                    var sort = Sort.by(
                            random.nextBoolean() ? Sort.Direction.ASC : Sort.Direction.DESC,
                            SORTS[random.nextInt(SORTS.length)]);
                    CustomerFilter f = random.nextBoolean()
                            ? CustomerFilter.empty()
                            : CustomerFilter.empty().withSearch(random.nextBoolean() ? "example" : "e");
                    customers
                            .list(f, PageRequest.of(random.nextInt(3), 10, sort))
                            .forEach(r -> seen(crossings, me, r.id(), "list"));
                }
                case 4 -> {
                    if (customers.count(CustomerFilter.empty().withSearch(other.marker)) != 0) {
                        crossings.add("search for the other tenant's marker found rows");
                    }
                }
                case 5 -> {
                    if (customers.details(theirs).isPresent()) crossings.add("details of " + theirs);
                    if (!customers.details(mine).isPresent()) crossings.add("own details of " + mine + " missing");
                }
                case 6 -> {
                    CustomerGroup g = groups.create("G" + op + me.marker);
                    groups.setGroups(mine, Set.of(g));
                    expectRefused(crossings, "group on theirs", () -> groups.setGroups(theirs, Set.of(g)));
                    groups.namesOf(List.of(theirs, mine))
                            .keySet()
                            .forEach(id -> seen(crossings, me, id, "group names"));
                }
                case 7 -> {
                    ConsentField field = consents.all().isEmpty()
                            ? consents.create("Terms " + me.marker)
                            : consents.all().getFirst();
                    consents.record(mine, field.getId(), random.nextBoolean(), Instant.now(), "Test");
                    expectRefused(
                            crossings,
                            "consent on theirs",
                            () -> consents.record(theirs, field.getId(), true, Instant.now(), "Test"));
                    consents.of(List.of(theirs, mine)).keySet().forEach(id -> seen(crossings, me, id, "consents"));
                }
                case 8 -> {
                    // A selection naming both tenants' ids: only one's own may change.
                    var p = bulk.block(CustomerSelection.of(Set.of(theirs, mine)), x -> {})
                            .await(Duration.ofSeconds(30));
                    assertThat(p.affected()).isLessThanOrEqualTo(1);
                    bulk.unblock(CustomerSelection.of(Set.of(theirs, mine)), x -> {})
                            .await(Duration.ofSeconds(30));
                }
                case 9 -> {
                    if (op % 10 == 0) exported(me, random).forEach(id -> seen(crossings, me, id, "export"));
                }
                case 10 ->
                    audit.list(AuditFilter.empty(), PageRequest.of(0, 50)).stream()
                            .map(AuditEvent::getTenantId)
                            .filter(t -> t != null && t != me.tenant)
                            .forEach(t -> crossings.add("audit event of tenant " + t));
                default -> {
                    if (customers.avatar(theirs).isPresent()) crossings.add("avatar of " + theirs);
                    if (!groups.groupsOf(theirs).isEmpty()) crossings.add("groups of " + theirs);
                }
            }
        }
        // Each side still holds exactly its own customers, with the names it gave them.
        for (Side s : List.of(a, b)) {
            s.act();
            Map<Long, String> names = new HashMap<>();
            customers
                    .list(CustomerFilter.empty(), PageRequest.of(0, 2_000))
                    .forEach(r -> names.put(r.id(), r.displayName()));
            assertThat(names).isEqualTo(s.names);
        }
        assertThat(done.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(OPERATIONS);
        assertThat(crossings).isEmpty();
    }

    private void create(Side s, Random random) {
        CustomerDraft d = new CustomerDraft();
        d.setType(CustomerType.INDIVIDUAL);
        d.setFirstName("Person" + random.nextInt(100_000));
        d.setLastName(s.marker);
        d.setEmail("p" + UUID.randomUUID().toString().substring(0, 8) + "@" + s.marker + ".example");
        d.setPhone("");
        d.setStatus(CustomerStatus.ACTIVE);
        long id = customers.create(d);
        s.ids.add(id);
        s.names.put(id, d.getFirstName() + " " + s.marker);
    }

    private static void seen(List<String> crossings, Side me, long id, String where) {
        if (!me.ids.contains(id)) crossings.add(where + " showed customer " + id + " to tenant " + me.tenant);
    }

    private static void expectRefused(List<String> crossings, String what, Runnable attempt) {
        try {
            attempt.run();
            crossings.add(what + " was allowed");
        } catch (RuntimeException refused) {
            // NoSuchElementException or a refusal: the other tenant's id does not exist here.
        }
    }

    /** The ids in a CSV export of everything the side may see. */
    private List<Long> exported(Side me, Random random) throws Exception {
        Path file = Files.createTempFile("isolation", ".csv");
        try {
            export.start(
                            CustomerSelection.allMatching(CustomerFilter.empty()),
                            ExportFormat.CSV,
                            List.of("id", "name"),
                            Sort.by(SORTS[random.nextInt(SORTS.length)]),
                            Locale.ENGLISH,
                            ZoneId.of("Europe/Oslo"),
                            file,
                            p -> {})
                    .await(Duration.ofSeconds(30));
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                in.skip(1); // the BOM
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                        .map(r -> Long.parseLong(r.get(0)))
                        .toList();
            }
        } finally {
            Files.delete(file);
        }
    }
}
