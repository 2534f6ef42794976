package io.clientele.duplicate;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.Trash;
import io.clientele.customer.CustomerSearchText;
import io.clientele.customer.PhoneNumbers;
import io.clientele.security.Roles;
import io.clientele.tenant.TenantContext;
import io.clientele.tenant.TenantService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicate customers: a scan (on demand and nightly) pairs live customers with the same mailbox, the same
 * phone number or similar names, scores each pair, and keeps the list a person works through; a dismissed pair
 * never comes back. The customer form asks the same question about a customer being typed.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class DuplicateService {
    public enum Reason {
        EMAIL,
        PHONE,
        NAME
    }

    public record Pair(
            long id,
            long firstId,
            String firstName,
            long secondId,
            String secondName,
            int score,
            Set<Reason> reasons,
            Instant foundAt,
            boolean dismissed) {}

    public record Match(long customerId, String name, Set<Reason> reasons) {}

    public record ScanResult(int pairs, int added) {}

    /** A group this large (a switchboard number, a family name) says nothing about one person: it is not paired. */
    private static final int MAX_GROUP = 50;

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final TenantService tenants;

    private final Clock clock;

    DuplicateService(JdbcTemplate jdbc, AuditService audit, TenantService tenants, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tenants = tenants;
    }

    private static final String PAIRS = "SELECT p.id, p.first_id, a.display_name AS first_name, p.second_id, "
            + "b.display_name AS second_name, p.score, p.reasons, p.found_at, p.dismissed_at FROM duplicate_pair p "
            + "JOIN customer a ON a.id = p.first_id JOIN customer b ON b.id = p.second_id WHERE p.tenant_id = ? "
            + "AND (p.dismissed_at IS NULL) = ? ";

    @Transactional(readOnly = true)
    public List<Pair> list(boolean dismissed, Pageable page) {
        return jdbc.query(
                PAIRS + "ORDER BY p.score DESC, p.id LIMIT ? OFFSET ?",
                (rs, n) -> new Pair(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getInt(6),
                        reasons(rs.getString(7)),
                        rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) != null),
                TenantContext.require(),
                !dismissed,
                page.getPageSize(),
                page.getOffset());
    }

    @Transactional(readOnly = true)
    public long count(boolean dismissed) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM duplicate_pair p WHERE p.tenant_id = ? " + "AND (p.dismissed_at IS NULL) = ?",
                Long.class,
                TenantContext.require(),
                !dismissed);
    }

    /** Not the same person after all: the pair leaves the list and no later scan brings it back. */
    @Transactional
    public void dismiss(long pairId) {
        int changed = jdbc.update(
                "UPDATE duplicate_pair SET dismissed_at = ?, dismissed_by = ? WHERE tenant_id = ? "
                        + "AND id = ? AND dismissed_at IS NULL",
                Timestamp.from(Instant.now(clock)),
                Trash.deletedBy(Instant.now(clock), null),
                TenantContext.require(),
                pairId);
        if (changed == 0) {
            throw new NoSuchElementException("Duplicate pair " + pairId);
        }
        audit.record("DUPLICATE_DISMISSED", "DUPLICATE_PAIR", pairId, Summary.of(), null, null);
    }

    /** Pairs the tenant's live customers again: new pairs are added, changed ones rescored, vanished open ones go. */
    @Transactional
    public ScanResult scan() {
        long tenant = TenantContext.require();
        Map<String, Set<Reason>> found = new HashMap<>();
        Map<String, Double> names = new HashMap<>();
        List<Person> people = jdbc.query(
                "SELECT id, display_name, email, phone_digits FROM customer WHERE tenant_id = ? "
                        + "AND deleted_at IS NULL ORDER BY id",
                (rs, n) -> new Person(
                        rs.getLong(1),
                        Likeness.name(rs.getString(2)),
                        Likeness.mailbox(rs.getString(3)),
                        rs.getString(4)),
                tenant);
        pairWithin(group(people, Person::mailbox), Reason.EMAIL, found);
        pairWithin(group(people, Person::phone), Reason.PHONE, found);
        for (List<Person> block : nameBlocks(people).values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    double sim = Likeness.similarity(
                            block.get(i).name(), block.get(j).name());
                    if (sim >= Likeness.SIMILAR_NAMES) {
                        String key = key(block.get(i).id(), block.get(j).id());
                        found.computeIfAbsent(key, k -> EnumSet.noneOf(Reason.class))
                                .add(Reason.NAME);
                        names.merge(key, sim, Math::max);
                    }
                }
            }
        }
        Map<String, Boolean> existing = new HashMap<>();
        jdbc.query(
                "SELECT first_id, second_id, dismissed_at FROM duplicate_pair WHERE tenant_id = ?",
                rs -> {
                    existing.put(key(rs.getLong(1), rs.getLong(2)), rs.getTimestamp(3) != null);
                },
                tenant);
        int added = 0;
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (var e : found.entrySet()) {
            long[] ids = ids(e.getKey());
            int score = score(e.getValue(), names.getOrDefault(e.getKey(), 0.0));
            String reasons = e.getValue().stream().map(Enum::name).collect(Collectors.joining(","));
            Boolean dismissed = existing.remove(e.getKey());
            if (dismissed == null) {
                jdbc.update(
                        "INSERT INTO duplicate_pair (tenant_id, first_id, second_id, score, reasons, found_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?)",
                        tenant,
                        ids[0],
                        ids[1],
                        score,
                        reasons,
                        now);
                added++;
            } else if (!dismissed) {
                jdbc.update(
                        "UPDATE duplicate_pair SET score = ?, reasons = ? WHERE tenant_id = ? AND first_id = ? "
                                + "AND second_id = ?",
                        score,
                        reasons,
                        tenant,
                        ids[0],
                        ids[1]);
            }
        }
        existing.forEach((key, dismissed) -> {
            if (!dismissed) {
                long[] ids = ids(key);
                jdbc.update(
                        "DELETE FROM duplicate_pair WHERE tenant_id = ? AND first_id = ? AND second_id = ?",
                        tenant,
                        ids[0],
                        ids[1]);
            }
        });
        if (added > 0) {
            audit.record("DUPLICATE_SCAN", "TENANT", tenant, Summary.of(found.size(), added), null, null);
        }
        return new ScanResult(found.size(), added);
    }

    /**
     * Existing live customers a new one would likely duplicate (the customer form warns before saving): same mailbox,
     * same phone number, or a similar name among those sharing a surname or company word.
     */
    @Transactional(readOnly = true)
    public List<Match> likely(String displayName, String email, String phone) {
        long tenant = TenantContext.require();
        String mailbox = Likeness.mailbox(email);
        String digits = PhoneNumbers.normalize(phone, tenants.country())
                .map(PhoneNumbers.Normalized::digits)
                .orElse(null);
        String name = Likeness.name(displayName);
        List<String> words =
                Arrays.stream(name.split(" ")).filter(w -> w.length() >= 3).toList();
        if (mailbox == null && digits == null && words.isEmpty()) {
            return List.of();
        }
        // Each condition twice: through the customers' one trigram index over name, e-mail and phone, then exactly.
        record Condition(String narrow, String narrowValue, String exact, String exactValue) {}
        List<Condition> any = new ArrayList<>();
        if (digits != null) {
            any.add(new Condition("phone_digits = ?", digits, "phone_digits = ?", digits));
        }
        if (mailbox != null) {
            int at = mailbox.indexOf('@');
            String like = mailbox.substring(0, Math.min(3, at)) + "%" + mailbox.substring(at);
            any.add(new Condition(CustomerSearchText.SQL + " LIKE ?", "%" + like + "%", "lower(email) LIKE ?", like));
        }
        for (String w : words) {
            String like = "%" + w.substring(0, 3) + "%";
            any.add(new Condition(CustomerSearchText.SQL + " LIKE ?", like, "lower(display_name) LIKE ?", like));
        }
        String sql = "SELECT id, display_name, email, phone_digits FROM customer WHERE tenant_id = ?"
                + " AND deleted_at IS NULL AND ("
                + any.stream().map(Condition::narrow).collect(Collectors.joining(" OR "))
                + ") AND ("
                + any.stream().map(Condition::exact).collect(Collectors.joining(" OR "))
                + ") ORDER BY id LIMIT 200";
        List<Object> args = new ArrayList<>(List.of(tenant));
        any.forEach(c -> args.add(c.narrowValue()));
        any.forEach(c -> args.add(c.exactValue()));
        Map<Long, Match> matches = new LinkedHashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    Set<Reason> why = EnumSet.noneOf(Reason.class);
                    if (mailbox != null && mailbox.equals(Likeness.mailbox(rs.getString(3)))) why.add(Reason.EMAIL);
                    if (digits != null && digits.equals(rs.getString(4))) why.add(Reason.PHONE);
                    if (!name.isEmpty()
                            && Likeness.similarity(name, Likeness.name(rs.getString(2))) >= Likeness.SIMILAR_NAMES) {
                        why.add(Reason.NAME);
                    }
                    if (!why.isEmpty()) {
                        matches.put(rs.getLong(1), new Match(rs.getLong(1), rs.getString(2), why));
                    }
                },
                args.toArray());
        return matches.values().stream()
                .sorted(Comparator.comparingInt((Match m) -> -score(m.reasons(), 0.8)))
                .limit(5)
                .toList();
    }

    private record Person(long id, String name, String mailbox, String phone) {}

    private static <K> Map<K, List<Person>> group(List<Person> people, java.util.function.Function<Person, K> key) {
        return people.stream().filter(p -> key.apply(p) != null).collect(Collectors.groupingBy(key));
    }

    private static void pairWithin(Map<?, List<Person>> groups, Reason reason, Map<String, Set<Reason>> found) {
        for (List<Person> g : groups.values()) {
            if (g.size() < 2 || g.size() > MAX_GROUP) continue;
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    found.computeIfAbsent(key(g.get(i).id(), g.get(j).id()), k -> EnumSet.noneOf(Reason.class))
                            .add(reason);
                }
            }
        }
    }

    /** People compared by name: those sharing the first three letters of a word of their name. */
    private static Map<String, List<Person>> nameBlocks(List<Person> people) {
        Map<String, List<Person>> blocks = new HashMap<>();
        for (Person p : people) {
            for (String w : new HashSet<>(Arrays.asList(p.name().split(" ")))) {
                if (w.length() >= 3)
                    blocks.computeIfAbsent(w.substring(0, 3), k -> new ArrayList<>())
                            .add(p);
            }
        }
        blocks.values().removeIf(b -> b.size() < 2 || b.size() > MAX_GROUP);
        return blocks;
    }

    /** Same mailbox 90, same phone 70, similar names 40–80 by similarity; each further reason adds 10. */
    static int score(Set<Reason> reasons, double nameSimilarity) {
        int best = 0;
        if (reasons.contains(Reason.EMAIL)) best = 90;
        if (reasons.contains(Reason.PHONE)) best = Math.max(best, 70);
        if (reasons.contains(Reason.NAME)) best = Math.max(best, (int) Math.round(40 + 40 * nameSimilarity));
        return Math.min(100, best + 10 * (reasons.size() - 1));
    }

    private static String key(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    private static long[] ids(String key) {
        String[] parts = key.split(":");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private static Set<Reason> reasons(String text) {
        return Arrays.stream(text.split(","))
                .filter(s -> !s.isBlank())
                .map(Reason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Reason.class)));
    }
}
