package io.clientele.demo;

import io.clientele.customer.PhoneNumbers;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo data of the Users page: two to five contacts per company (some with photos, some deleted, a few
 * without a company), groups and sources on B2C customers, addresses and price sheets (expired, current,
 * future) assigned to companies and customers. Deterministic per seed.
 */
@Component
class DemoDirectory {
    /** Women's names at even, men's at odd positions, so the gender fits the name. */
    private static final String[] FIRST = {
        "Ingrid", "Ole", "Kari", "Lars", "Sofie", "Henrik", "Nora", "Jonas", "Emma", "Magnus", "Ida", "Sindre", "Thea",
        "Eirik", "Maja", "Anders"
    };

    private static final String[][] MIDDLE = {{null, null, "Marie", "Elise"}, {null, null, "Johan", "Andreas"}};
    private static final String[] LAST = {
        "Hansen",
        "Johansen",
        "Olsen",
        "Larsen",
        "Andersen",
        "Pedersen",
        "Nilsen",
        "Kristiansen",
        "Jensen",
        "Karlsen",
        "Berg",
        "Haugen"
    };
    /** The customer generator's women's names; the others are men's. */
    private static final java.util.Set<String> WOMEN = java.util.Set.of(
            "Ingrid",
            "Kari",
            "Sofie",
            "Nora",
            "Astrid",
            "Maja",
            "Thea",
            "Ida",
            "Sigrid",
            "Live",
            "Åse",
            "Solveig",
            "Hanne",
            "Amira",
            "Anna",
            "Chloé",
            "Freja",
            "Leah",
            "Maria-Magdalena Ælfrida");

    private static final String[] GROUPS = {"VIP", "Newsletter", "Corporate wellness", "Student", "Senior"};
    private static final String[] SOURCES = {"ADMIN", "IMPORT", "ORDER", "API", "INVITE", "WORKFLOW"};

    private final JdbcTemplate jdbc;

    DemoDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long tenantId, long seed) {
        Random r = new Random(seed * 977);
        Instant now = Instant.now();
        jdbc.update("UPDATE organization SET city = municipality WHERE tenant_id = ?", tenantId);
        // Deleted companies took their contacts with them; only live ones have people.
        List<Map<String, Object>> companies = jdbc.queryForList(
                "SELECT id, name, municipality, email FROM organization "
                        + "WHERE tenant_id = ? AND deleted_at IS NULL ORDER BY id",
                tenantId);
        List<Object[]> contacts = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> c : companies) {
            jdbc.update("UPDATE organization SET sources = ? WHERE id = ?", sources(r), c.get("id"));
            String email = (String) c.get("email");
            String domain = email == null ? "example.no" : email.substring(email.indexOf('@') + 1);
            int count = 2 + r.nextInt(4);
            for (int i = 0; i < count; i++) {
                contacts.add(contact(tenantId, (Long) c.get("id"), domain, r, n++, now));
            }
        }
        for (int i = 0; i < 6; i++) {
            contacts.add(contact(tenantId, null, "gmail.com", r, n++, now));
        }
        jdbc.batchUpdate(
                "INSERT INTO contact (tenant_id, version, organization_id, first_name, middle_name, last_name, "
                        + "display_name, email, phone, phone_digits, gender, sources, has_photo, created_at, updated_at, deleted_at) "
                        + "VALUES (?,0,?,?,?,?,?,?,?,?,?,?,false,?,?,?)",
                contacts);
        photos(tenantId, seed);
        groups(tenantId, r);
        addresses(tenantId, r, now);
        priceSheets(tenantId, now);
    }

    private Object[] contact(long tenantId, Long companyId, String domain, Random r, int n, Instant now) {
        int name = r.nextInt(FIRST.length);
        String first = FIRST[name];
        String middle = MIDDLE[name % 2][r.nextInt(4)];
        String last = LAST[r.nextInt(LAST.length)];
        String display = middle == null ? first + " " + last : first + " " + middle + " " + last;
        String email = n % 19 == 7 ? null : (first + "." + last + n).toLowerCase() + "@" + domain;
        int subscriber = 90_000_000 + r.nextInt(9_999_999);
        String phone = n % 11 == 4 ? null : PhoneNumbers.display("+47" + subscriber);
        Instant created = now.minus(Duration.ofDays(1 + r.nextInt(700)));
        Instant modified = created.plus(Duration.ofDays(
                r.nextInt((int) Math.max(1, Duration.between(created, now).toDays()))));
        Instant deleted = n % 23 == 9 ? now.minus(Duration.ofDays(3)) : null;
        return new Object[] {
            tenantId,
            companyId,
            first,
            middle,
            last,
            display,
            email,
            phone,
            phone == null ? null : "47" + subscriber,
            n % 13 == 6 ? null : n % 29 == 11 ? "OTHER" : name % 2 == 0 ? "FEMALE" : "MALE",
            sources(r),
            Timestamp.from(created),
            Timestamp.from(modified),
            deleted == null ? null : Timestamp.from(deleted)
        };
    }

    private void photos(long tenantId, long seed) {
        List<Object[]> rows = new ArrayList<>();
        for (Long id : jdbc.queryForList(
                "SELECT id FROM contact WHERE tenant_id = ? AND MOD(id, 5) = 2 ORDER BY id", Long.class, tenantId)) {
            rows.add(new Object[] {id, tenantId, "image/png", DemoPictures.portrait(seed * 17 + id)});
        }
        jdbc.batchUpdate(
                "INSERT INTO contact_photo (contact_id, tenant_id, content_type, data) VALUES (?,?,?,?)", rows);
        jdbc.update("UPDATE contact SET has_photo = true WHERE tenant_id = ? AND MOD(id, 5) = 2", tenantId);
    }

    private static String sources(Random r) {
        String a = SOURCES[r.nextInt(SOURCES.length)];
        String b = SOURCES[r.nextInt(SOURCES.length)];
        return a.equals(b) || r.nextBoolean() ? a : String.join(",", new java.util.TreeSet<>(List.of(a, b)));
    }

    /** Groups with members (individual customers get zero to two), and a gender for B2C customers. */
    private void groups(long tenantId, Random r) {
        Instant now = Instant.now();
        for (String g : GROUPS) {
            jdbc.update(
                    "INSERT INTO customer_group (tenant_id, version, name, created_at) VALUES (?, 0, ?, ?)",
                    tenantId,
                    g,
                    Timestamp.from(now.minus(java.time.Duration.ofDays(200))));
        }
        jdbc.update(
                "INSERT INTO customer_group (tenant_id, version, name, created_at) VALUES (?, 0, ?, ?)",
                tenantId,
                "Pilot 2027 (no members yet)",
                Timestamp.from(now));
        List<Long> groupIds = jdbc.queryForList(
                        "SELECT id FROM customer_group WHERE tenant_id = ? ORDER BY id", Long.class, tenantId)
                .subList(0, GROUPS.length);
        List<Map<String, Object>> people = jdbc.queryForList(
                "SELECT id, first_name, type FROM customer WHERE tenant_id = ? " + "ORDER BY id", tenantId);
        List<Object[]> genders = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (Map<String, Object> person : people) {
            long id = ((Number) person.get("id")).longValue();
            java.util.TreeSet<Long> chosen = new java.util.TreeSet<>();
            int k = "INDIVIDUAL".equals(person.get("type")) ? r.nextInt(3) : r.nextInt(4) / 3;
            for (int i = 0; i < k; i++) chosen.add(groupIds.get(r.nextInt(groupIds.size())));
            chosen.forEach(g -> members.add(new Object[] {tenantId, g, id}));
            if ("INDIVIDUAL".equals(person.get("type"))) {
                String gender =
                        id % 13 == 6 ? null : WOMEN.contains((String) person.get("first_name")) ? "FEMALE" : "MALE";
                genders.add(new Object[] {gender, id});
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO customer_group_member (tenant_id, group_id, customer_id) VALUES (?, ?, ?)", members);
        jdbc.batchUpdate("UPDATE customer SET gender = ? WHERE id = ?", genders);
    }

    /** A default visiting address for most companies, a billing address for some, and home addresses for customers. */
    private void addresses(long tenantId, Random r, Instant now) {
        String sql =
                "INSERT INTO address (tenant_id, owner_type, owner_id, kind, default_kind, line1, line2, post_code, "
                        + "city, country, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        List<Object[]> rows = new ArrayList<>();
        for (Map<String, Object> o : jdbc.queryForList(
                "SELECT id, address, post_number, city, country FROM organization "
                        + "WHERE tenant_id = ? AND address IS NOT NULL AND post_number IS NOT NULL ORDER BY id",
                tenantId)) {
            Object city = o.get("city") == null ? "Oslo" : o.get("city");
            rows.add(new Object[] {
                tenantId,
                "ORGANIZATION",
                o.get("id"),
                "VISITING",
                "VISITING",
                o.get("address"),
                null,
                o.get("post_number"),
                city,
                o.get("country"),
                Timestamp.from(now)
            });
            if (r.nextInt(3) == 0) {
                rows.add(new Object[] {
                    tenantId,
                    "ORGANIZATION",
                    o.get("id"),
                    "BILLING",
                    "BILLING",
                    "Postboks " + (100 + r.nextInt(900)),
                    null,
                    o.get("post_number"),
                    city,
                    o.get("country"),
                    Timestamp.from(now)
                });
            }
        }
        for (Long id : jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? AND type = 'INDIVIDUAL' AND "
                        + "MOD(id, 4) = 0 ORDER BY id",
                Long.class,
                tenantId)) {
            rows.add(new Object[] {
                tenantId,
                "CUSTOMER",
                id,
                "SHIPPING",
                "SHIPPING",
                "Bjørkeveien " + (1 + r.nextInt(80)),
                r.nextBoolean() ? "Leilighet H0" + (101 + r.nextInt(4)) : null,
                "0" + (150 + r.nextInt(800)),
                "Oslo",
                "NO",
                Timestamp.from(now)
            });
        }
        jdbc.batchUpdate(sql, rows);
    }

    private void priceSheets(long tenantId, Instant now) {
        LocalDate today = LocalDate.now();
        long expired = sheet(
                tenantId,
                "Standard " + (today.getYear() - 1),
                today.withDayOfYear(1).minusYears(1),
                today.withDayOfYear(1).minusDays(1),
                now,
                0.95);
        long current = sheet(tenantId, "Standard " + today.getYear(), today.withDayOfYear(1), null, now, 1.0);
        long partner = sheet(tenantId, "Partner " + today.getYear(), today.withDayOfYear(1), null, now, 0.85);
        long future = sheet(
                tenantId,
                "Standard " + (today.getYear() + 1),
                today.withDayOfYear(1).plusYears(1),
                null,
                now,
                1.06);
        List<Long> companies = jdbc.queryForList(
                "SELECT id FROM organization WHERE tenant_id = ? AND deleted_at IS NULL " + "ORDER BY id",
                Long.class,
                tenantId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < companies.size(); i++) {
            rows.add(new Object[] {tenantId, i % 4 == 0 ? partner : current, "ORGANIZATION", companies.get(i)});
            if (i % 5 == 0) rows.add(new Object[] {tenantId, expired, "ORGANIZATION", companies.get(i)});
            if (i % 7 == 0) rows.add(new Object[] {tenantId, future, "ORGANIZATION", companies.get(i)});
        }
        for (Long id : jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? AND type = 'INDIVIDUAL' AND "
                        + "MOD(id, 9) = 0 ORDER BY id",
                Long.class,
                tenantId)) {
            rows.add(new Object[] {tenantId, current, "CUSTOMER", id});
        }
        jdbc.batchUpdate(
                "INSERT INTO price_sheet_assignment (tenant_id, price_sheet_id, owner_type, owner_id) "
                        + "VALUES (?,?,?,?)",
                rows);
    }

    private long sheet(long tenantId, String name, LocalDate from, LocalDate to, Instant now, double factor) {
        jdbc.update(
                "INSERT INTO price_sheet (tenant_id, version, name, currency, valid_from, valid_to, created_at) "
                        + "VALUES (?,0,?,'NOK',?,?,?)",
                tenantId,
                name,
                Date.valueOf(from),
                to == null ? null : Date.valueOf(to),
                Timestamp.from(now));
        long id = jdbc.queryForObject(
                "SELECT id FROM price_sheet WHERE tenant_id = ? AND name = ?", Long.class, tenantId, name);
        Object[][] items = {
            {"CONSULT-60", "Consultation, 60 minutes", 950},
            {"CONSULT-30", "Consultation, 30 minutes", 550},
            {"GROUP-10", "Group session, 10 visits", 2400},
            {"MEMBER-M", "Membership, monthly", 499},
            {"REPORT", "Written report", 1250}
        };
        List<Object[]> rows = new ArrayList<>();
        for (Object[] item : items) {
            rows.add(new Object[] {
                tenantId,
                id,
                item[0],
                item[1],
                BigDecimal.valueOf(Math.round((Integer) item[2] * factor * 100) / 100.0)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO price_sheet_item (tenant_id, price_sheet_id, product_code, description, unit_price) "
                        + "VALUES (?,?,?,?,?)",
                rows);
        return id;
    }
}
