package io.clientele.demo;

import io.clientele.audit.Summary;
import io.clientele.customer.PhoneNumbers;
import io.clientele.subscription.BillingEvent;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portal side of a tenant: brand colour, billing rule, three plans, subscriptions (one cancelled at period end,
 * one with extra minutes) with their billing history, a month of outbound calls including the billing rule's edge
 * cases (0 s, 7 s, 59 s, 60 s, 61 s), sign-up attribution with UTM parameters, and past support sessions.
 */
@Component
class DemoPortal {
    private static final int[] EDGE_CALLS = {0, 7, 59, 60, 61, 125, 1};
    private static final String[][] UTM = {
        {"google", "cpc", "spring-launch", "call tracking", "ad-a", "https://www.google.com/"},
        {"newsletter", "email", "november-digest", null, "footer-link", null},
        {"facebook", "social", "spring-launch", null, "video", "https://m.facebook.com/"},
        {"partner", "referral", "reseller-program", null, null, "https://partner.example/recommends"}
    };

    private final JdbcTemplate jdbc;

    DemoPortal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long tenantId, String domain, String color, long seed) {
        Random r = new Random(seed);
        Instant now = Instant.now();
        jdbc.update("UPDATE tenant SET brand_color = ? WHERE id = ?", color, tenantId);
        // Where the portal logins last signed in from; a few never confirmed their address.
        jdbc.update(
                "UPDATE user_account SET last_login_ip = '84.210.' || MOD(id, 200) || '.' || MOD(id * 7, 250), "
                        + "last_login_agent = CASE MOD(id, 3) WHEN 0 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                        + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' WHEN 1 THEN 'Mozilla/5.0 "
                        + "(iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
                        + "Mobile/15E148 Safari/604.1' ELSE 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6; rv:132.0) "
                        + "Gecko/20100101 Firefox/132.0' END WHERE tenant_id = ? AND staff_role IS NULL AND last_login_at IS NOT NULL",
                tenantId);
        jdbc.update(
                "UPDATE user_account SET email_verified_at = created_at WHERE tenant_id = ? AND staff_role IS NULL "
                        + "AND MOD(id, 9) <> 0",
                tenantId);
        jdbc.update(
                "UPDATE user_account SET failed_logins = 3 WHERE tenant_id = ? AND staff_role IS NULL AND MOD(id, 17) = 0",
                tenantId);
        jdbc.update(
                "UPDATE user_account SET failed_logins = 0, locked_until = ? WHERE tenant_id = ? AND staff_role IS NULL "
                        + "AND MOD(id, 29) = 0",
                ts(now.plus(Duration.ofMinutes(12))),
                tenantId);
        jdbc.update(
                "INSERT INTO billing_rule (tenant_id, increment_seconds, minimum_seconds, rounding) VALUES (?, 60, 60, 'UP')",
                tenantId);
        long[] plans = new long[3];
        Object[][] planRows = {{"Starter", 100, 9900}, {"Business", 500, 39900}, {"Call centre", 3000, 149000}};
        for (int i = 0; i < planRows.length; i++) {
            jdbc.update(
                    "INSERT INTO plan (tenant_id, version, name, minutes_included, price_cents, currency, active, "
                            + "created_at) VALUES (?, 0, ?, ?, ?, 'NOK', TRUE, ?)",
                    tenantId,
                    planRows[i][0],
                    planRows[i][1],
                    planRows[i][2],
                    ts(now.minus(Duration.ofDays(400))));
            plans[i] = jdbc.queryForObject(
                    "SELECT id FROM plan WHERE tenant_id = ? AND name = ?", Long.class, tenantId, planRows[i][0]);
        }
        // The catalog beyond what customers hold: a yearly plan on offer and an old one retired.
        jdbc.update(
                "INSERT INTO plan (tenant_id, version, name, minutes_included, price_cents, currency, active, period, "
                        + "created_at) VALUES (?, 0, 'Business yearly', 6000, 399000, 'NOK', TRUE, 'YEARLY', ?), "
                        + "(?, 0, 'Legacy 2024', 200, 14900, 'NOK', FALSE, 'MONTHLY', ?)",
                tenantId,
                ts(now.minus(Duration.ofDays(120))),
                tenantId,
                ts(now.minus(Duration.ofDays(800))));
        List<Long> portal = jdbc.queryForList(
                "SELECT c.id FROM customer c JOIN user_account u ON u.id = c.user_account_id "
                        + "WHERE c.tenant_id = ? AND u.staff_role IS NULL AND c.deleted_at IS NULL AND c.status <> 'BLOCKED' "
                        + "ORDER BY c.id",
                Long.class,
                tenantId);
        List<Object[]> calls = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < portal.size(); i++) {
            long customer = portal.get(i);
            if (i % 10 < 7) {
                int plan = i % 3;
                Instant start = now.minus(Duration.ofDays(r.nextInt(28) + 1)).minus(Duration.ofMinutes(r.nextInt(600)));
                Instant since =
                        start.atZone(ZoneOffset.UTC).minusMonths(r.nextInt(8)).toInstant();
                boolean cancel = i % 10 == 3;
                int extra = i % 10 == 1 ? 200 : 0;
                jdbc.update(
                        "INSERT INTO subscription (tenant_id, version, customer_id, plan_id, status, period_start, "
                                + "renews_at, cancel_at_period_end, extra_minutes, created_at) VALUES (?, 0, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)",
                        tenantId,
                        customer,
                        plans[plan],
                        ts(start),
                        ts(start.atZone(ZoneOffset.UTC).plusMonths(1).toInstant()),
                        cancel,
                        extra,
                        ts(since));
                events.add(new Object[] {
                    tenantId,
                    customer,
                    "SUBSCRIBED",
                    planRows[plan][1],
                    planRows[plan][2],
                    Summary.of(planRows[plan][0]),
                    "admin@" + domain,
                    ts(since)
                });
                if (extra > 0) {
                    events.add(new Object[] {
                        tenantId,
                        customer,
                        "MINUTES_ADDED",
                        extra,
                        null,
                        Summary.of(extra, 1, "goodwill after the outage"),
                        "support@" + domain,
                        ts(now.minus(Duration.ofDays(2)))
                    });
                }
                if (i % 10 == 4) {
                    // A plan change made by an admin in a full-access support session, on the customer's behalf.
                    String login = jdbc.queryForObject(
                            "SELECT u.email FROM customer c JOIN user_account u "
                                    + "ON u.id = c.user_account_id WHERE c.id = ?",
                            String.class,
                            customer);
                    events.add(new Object[] {
                        tenantId,
                        customer,
                        "PLAN_CHANGED",
                        planRows[plan][1],
                        planRows[plan][2],
                        Summary.of(planRows[(plan + 2) % 3][0], planRows[plan][0]),
                        "admin@" + domain,
                        ts(start),
                        login
                    });
                }
                if (cancel) {
                    events.add(new Object[] {
                        tenantId,
                        customer,
                        "CANCEL_SCHEDULED",
                        null,
                        null,
                        Summary.of(LocalDate.ofInstant(
                                start.atZone(ZoneOffset.UTC).plusMonths(1).toInstant(), ZoneOffset.UTC)),
                        "admin@" + domain,
                        ts(now.minus(Duration.ofDays(1)))
                    });
                }
                int count = 5 + r.nextInt(plan == 2 ? 60 : 25);
                for (int c = 0; c < count; c++) {
                    int duration = c < EDGE_CALLS.length ? EDGE_CALLS[c] : 20 + r.nextInt(plan == 2 ? 900 : 400);
                    Instant at = now.minus(Duration.ofMinutes(r.nextInt(60 * 24 * 27) + 5));
                    calls.add(new Object[] {
                        tenantId,
                        customer,
                        ts(at.isBefore(start) ? start.plusSeconds(60L * c) : at),
                        PhoneNumbers.display("+479" + (1000000 + r.nextInt(8999999))),
                        duration
                    });
                }
            }
            if (i % 2 == 0) {
                String[] u = UTM[(i / 2) % UTM.length];
                jdbc.update(
                        "INSERT INTO signup_attribution (tenant_id, customer_id, utm_source, utm_medium, utm_campaign, "
                                + "utm_term, utm_content, referrer, landing_page, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        tenantId,
                        customer,
                        u[0],
                        u[1],
                        u[2],
                        u[3],
                        u[4],
                        u[5],
                        "/portal/signup/" + tenantId + "?utm_source=" + u[0] + "&utm_medium=" + u[1] + "&utm_campaign="
                                + u[2],
                        ts(now.minus(Duration.ofDays(30 + i))));
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO call_record (tenant_id, customer_id, started_at, to_number, duration_seconds) "
                        + "VALUES (?, ?, ?, ?, ?)",
                calls);
        // Each line as the service writes it: the English text and the values its message is read with.
        List<Object[]> lines = events.stream()
                .map(e -> {
                    Summary text = (Summary) e[5];
                    String action = BillingEvent.audit(BillingEvent.Kind.valueOf((String) e[2]));
                    return new Object[] {
                        e[0],
                        e[1],
                        e[2],
                        e[3],
                        e[4],
                        text.english(action),
                        text.json(),
                        e[6],
                        e.length > 8 ? e[8] : null,
                        e[7]
                    };
                })
                .toList();
        jdbc.batchUpdate(
                "INSERT INTO billing_event (tenant_id, customer_id, kind, minutes, amount_cents, currency, "
                        + "description, description_args, actor, on_behalf_of, occurred_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'NOK', ?, ?, ?, ?, ?)",
                lines);
        supportSessions(tenantId, domain, portal, now);
    }

    /** Two past support sessions, ended and expired, so the Info tab and the customer's portal show them. */
    private void supportSessions(long tenantId, String domain, List<Long> portal, Instant now) {
        List<Object[]> staff = jdbc.query(
                "SELECT id, email, first_name || ' ' || last_name FROM user_account "
                        + "WHERE tenant_id = ? AND staff_role = 'SUPPORT' ORDER BY id FETCH FIRST 1 ROWS ONLY",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
                tenantId);
        if (staff.isEmpty() || portal.size() < 2) {
            return;
        }
        Object[] s = staff.getFirst();
        Object[][] visits = {
            {portal.get(0), "Customer could not find the usage chart", "SUP-1042", "READ_ONLY", 3L, "ENDED"},
            {portal.get(1), "Checking why a 7-second call was billed as one minute", null, "READ_ONLY", 9L, "EXPIRED"}
        };
        for (Object[] v : visits) {
            Instant start = now.minus(Duration.ofDays((Long) v[4]));
            String name = jdbc.queryForObject("SELECT display_name FROM customer WHERE id = ?", String.class, v[0]);
            jdbc.update(
                    "INSERT INTO support_session (tenant_id, version, customer_id, customer_name, staff_user_id, "
                            + "staff_email, staff_name, reason, ticket, mode, minutes, token_hash, created_at, started_at, "
                            + "expires_at, ended_at, end_reason) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 15, ?, ?, ?, ?, ?, ?)",
                    tenantId,
                    v[0],
                    name,
                    s[0],
                    s[1],
                    s[2],
                    v[1],
                    v[2],
                    v[3],
                    "demo-" + tenantId + "-" + v[0],
                    ts(start),
                    ts(start),
                    ts(start.plus(Duration.ofMinutes(15))),
                    ts(start.plus(Duration.ofMinutes("ENDED".equals(v[5]) ? 6 : 15))),
                    v[5]);
            Summary started = Summary.of(
                    name,
                    s[2],
                    "FULL_ACCESS".equals(v[3]) ? 1 : 0,
                    start.plus(Duration.ofMinutes(15)),
                    v[1],
                    v[2] == null ? "—" : v[2]);
            jdbc.update(
                    "INSERT INTO audit_event (tenant_id, occurred_at, actor_id, actor_email, on_behalf_of, action, "
                            + "entity_type, entity_id, summary, summary_args) "
                            + "VALUES (?, ?, ?, ?, ?, 'SUPPORT_SESSION_STARTED', 'CUSTOMER', ?, ?, ?)",
                    tenantId,
                    ts(start),
                    s[0],
                    s[1],
                    null,
                    v[0],
                    started.english("SUPPORT_SESSION_STARTED"),
                    started.json());
        }
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
