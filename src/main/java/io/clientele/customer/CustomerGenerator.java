package io.clientele.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts realistic, seeded customers set-based with batched JDBC: the same seed always gives the
 * same rows. Used for demo data and to load a million rows for the benchmark.
 */
@Component
public class CustomerGenerator {
    private static final String[] FIRST = {
        "Ingrid",
        "Ole",
        "Kari",
        "Lars",
        "Sofie",
        "Jonas",
        "Nora",
        "Emil",
        "Astrid",
        "Henrik",
        "Maja",
        "Sander",
        "Thea",
        "Magnus",
        "Ida",
        "Jakob",
        "Sigrid",
        "Mathias",
        "Live",
        "Aksel",
        "Åse",
        "Øystein",
        "Bjørn",
        "Solveig",
        "Anders",
        "Hanne",
        "Mohammed",
        "Amira",
        "Piotr",
        "Anna",
        "Liam",
        "Chloé",
        "Sven",
        "Freja",
        "Mikael",
        "Leah"
    };
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
        "Johnsen",
        "Pettersen",
        "Eriksen",
        "Berg",
        "Haugen",
        "Hagen",
        "Johannessen",
        "Andreassen",
        "Jacobsen",
        "Dahl",
        "Jørgensen",
        "Halvorsen",
        "Sæther",
        "Bråthen",
        "Ødegård",
        "Ali",
        "Nowak",
        "O'Connor",
        "Lund-Iversen",
        "Strøm"
    };
    private static final String[] COMPANY_A = {
        "Fjord", "Nordlys", "Vidde", "Bølge", "Furu", "Tind", "Havbris", "Stein", "Lyng", "Elv", "Midnatt", "Polar",
        "Kyst", "Skog", "Bre"
    };
    private static final String[] COMPANY_B = {
        "Regnskap",
        "Eiendom",
        "Bygg",
        "Tannklinikk",
        "Rørlegger",
        "Design",
        "Transport",
        "Konsult",
        "Bakeri",
        "Elektro",
        "Fysioterapi",
        "Media",
        "Marin",
        "Data",
        "Catering"
    };
    private static final String[] FORM = {"AS", "AS", "AS", "ASA", "ENK", "DA"};

    private final JdbcTemplate jdbc;

    private final Clock clock;

    CustomerGenerator(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Options for one run; {@code domains} keep e-mails unique across tenants that share a seed space. */
    public record Spec(
            long tenantId, int count, long seed, List<String> teamNames, String[] domains, boolean edgeCases) {}

    /** Inserts {@code spec.count()} customers; returns how many were written. */
    public int insert(Spec spec, java.util.function.IntConsumer progress) {
        return insert(spec, 0, progress);
    }

    /** Inserts {@code spec.count()} more customers numbered from {@code from}, so e-mails stay unique. */
    public int insert(Spec spec, int from, java.util.function.IntConsumer progress) {
        Random random = new Random(spec.seed() + from);
        Instant now = Instant.now(clock);
        String sql = "INSERT INTO customer (tenant_id, version, type, status, first_name, last_name, company_name, "
                + "display_name, email, phone, phone_digits, customer_number, source, all_teams, teams_label, "
                + "has_avatar, created_at, updated_at, last_login_at, deleted_at) "
                + "VALUES (?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,false,?,?,?,?)";
        int batchSize = 2000;
        List<Object[]> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < spec.count(); i++) {
            batch.add(row(spec, random, from + i, now));
            if (batch.size() == batchSize) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
                progress.accept(i + 1);
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
        progress.accept(spec.count());
        linkTeams(spec.tenantId());
        return spec.count();
    }

    private Object[] row(Spec spec, Random r, int i, Instant now) {
        // Row 7 of a demo tenant is the long-name edge case: always a person.
        boolean business = r.nextInt(100) < 28 && !(spec.edgeCases() && i == 7);
        String first = pick(r, FIRST);
        String last = pick(r, LAST);
        String company = business ? pick(r, COMPANY_A) + " " + pick(r, COMPANY_B) + " " + pick(r, FORM) : null;
        if (spec.edgeCases() && i == 7) {
            first = "Maria-Magdalena Ælfrida";
            last = "von Østerdalen-Brønnøysund Kristoffersen";
        }
        String display = business ? company : first + " " + last;
        String local = (first + "." + last)
                .toLowerCase()
                .replace(' ', '.')
                .replace("'", "")
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a")
                .replace("é", "e");
        // RFC 5321 allows 64 characters before the @; keep room for the number.
        local = local.substring(0, Math.min(local.length(), 40)) + i;
        String email = (spec.edgeCases() && i % 23 == 5)
                ? null
                : local + "@"
                        + (business
                                ? company.split(" ")[0]
                                                .toLowerCase()
                                                .replace("ø", "o")
                                                .replace("å", "a")
                                                .replace("æ", "ae")
                                        + i + ".no"
                                : spec.domains()[r.nextInt(spec.domains().length)]);
        String digits = null;
        String phone = null;
        if (!(spec.edgeCases() && i % 17 == 3)) {
            // Only numbers libphonenumber accepts, formatted as a saved form would store them.
            PhoneNumbers.Normalized number;
            do {
                int subscriber = (r.nextBoolean() ? 40_000_000 : 90_000_000) + r.nextInt(9_999_999);
                number = PhoneNumbers.normalize("+47" + subscriber, "NO").orElse(null);
            } while (number == null);
            phone = number.display();
            digits = number.digits();
        }
        int statusRoll = r.nextInt(100);
        String status =
                statusRoll < 62 ? "ACTIVE" : statusRoll < 80 ? "PENDING" : statusRoll < 93 ? "INACTIVE" : "BLOCKED";
        // Roughly one in twelve joined within the last 30 days; the rest over three years.
        long ageMinutes = r.nextInt(100) < 8 ? r.nextInt(29 * 24 * 60) : 30L * 24 * 60 + r.nextInt(3 * 365 * 24 * 60);
        Instant created = now.minus(Duration.ofMinutes(ageMinutes));
        Instant lastLogin = null;
        if (email != null && !"PENDING".equals(status) && r.nextInt(100) < 55) {
            long sinceCreated = Duration.between(created, now).toMinutes();
            lastLogin = now.minus(Duration.ofMinutes(r.nextLong(Math.max(1, Math.min(sinceCreated, 90L * 24 * 60)))));
        }
        Instant deleted = r.nextInt(100) < 4 ? now.minus(Duration.ofDays(1 + r.nextInt(60))) : null;
        String source =
                pick(r, new String[] {"ADMIN", "ADMIN", "INVITE", "ORDER", "ORDER", "IMPORT", "API", "WORKFLOW"});
        boolean allTeams = spec.teamNames().isEmpty() || r.nextInt(100) < 45;
        String teams = "";
        if (!allTeams) {
            List<String> chosen = new ArrayList<>();
            for (String t : spec.teamNames()) {
                if (r.nextInt(100) < 35) chosen.add(t);
            }
            if (chosen.isEmpty())
                chosen.add(spec.teamNames().get(r.nextInt(spec.teamNames().size())));
            teams = CustomerService.label(chosen.stream());
        }
        String number = business ? Long.toString(100_000 + spec.seed() % 1000 * 1000 + i) : null;
        return new Object[] {
            spec.tenantId(),
            business ? "BUSINESS" : "INDIVIDUAL",
            status,
            first,
            last,
            company,
            display,
            email,
            phone,
            digits,
            number,
            source,
            allTeams,
            teams,
            Timestamp.from(created),
            Timestamp.from(created),
            lastLogin == null ? null : Timestamp.from(lastLogin),
            deleted == null ? null : Timestamp.from(deleted)
        };
    }

    /** Derives customer_team rows from the generated labels in one statement per team. */
    private void linkTeams(long tenantId) {
        List<Object[]> teams = jdbc.query(
                "SELECT id, name FROM team WHERE tenant_id = ?",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)},
                tenantId);
        for (Object[] t : teams) {
            jdbc.update(
                    "INSERT INTO customer_team (tenant_id, customer_id, team_id) SELECT c.tenant_id, c.id, ? "
                            + "FROM customer c WHERE c.tenant_id = ? AND c.all_teams = false AND c.teams_label LIKE ? "
                            + "AND NOT EXISTS (SELECT 1 FROM customer_team x WHERE x.tenant_id = c.tenant_id "
                            + "AND x.customer_id = c.id AND x.team_id = ?)",
                    t[0],
                    tenantId,
                    "%" + t[1] + "%",
                    t[0]);
        }
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
