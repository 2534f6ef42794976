package io.clientele.demo;

import io.clientele.booking.BookableServices;
import io.clientele.booking.BookingService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What customers do, so the Customers list and pages show it: push-capable devices, past and upcoming bookings
 * with staff, payments (some refunded, some in EUR), a blocked customer with an upcoming visit, and a message that
 * reached some customers and skipped those without e-mail; GDPR consent fields with answers from several sources
 * (some withdrawn, some never recorded, one field nobody has answered yet).
 */
@Component
class DemoActivity {
    private static final String[] SERVICES = {"Consultation", "Follow-up", "Treatment", "Check-up", "Onboarding call"};
    private static final String[] METHODS = {"CARD", "VIPPS", "INVOICE", "CASH"};

    private final JdbcTemplate jdbc;
    private final BookingService bookings;
    private final BookableServices services;

    DemoActivity(JdbcTemplate jdbc, BookingService bookings, BookableServices services) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.services = services;
    }

    void insert(long tenantId, long seed) {
        Random r = new Random(seed * 31 + 7);
        // Settings → Booking services offers what the demo books.
        for (String service : SERVICES) {
            services.create(service);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        jdbc.update(
                "INSERT INTO device_registration (tenant_id, customer_id, platform, active, registered_at) "
                        + "SELECT tenant_id, id, CASE WHEN MOD(id, 2) = 0 THEN 'IOS' ELSE 'ANDROID' END, MOD(id, 9) <> 0, created_at "
                        + "FROM customer WHERE tenant_id = ? AND MOD(id, 3) = 0",
                tenantId);
        List<Long> staff = jdbc.queryForList(
                "SELECT id FROM user_account WHERE tenant_id = ? AND staff_role IS NOT NULL " + "ORDER BY id",
                Long.class,
                tenantId);
        List<Long> customers = jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? AND MOD(id, 5) IN (0, 1, 3) " + "ORDER BY id",
                Long.class,
                tenantId);
        List<Object[]> rows = new ArrayList<>();
        int slot = 0;
        for (long customer : customers) {
            int past = 1 + r.nextInt(3);
            for (int i = 0; i < past; i++) {
                Instant start =
                        now.minus(Duration.ofDays(5 + r.nextInt(300))).plus(Duration.ofMinutes(15L * (slot++ % 20)));
                int pick = r.nextInt(10);
                String status = pick < 7 ? "COMPLETED" : pick < 9 ? "CANCELLED" : "NO_SHOW";
                rows.add(booking(
                        tenantId,
                        customer,
                        staff.get(r.nextInt(staff.size())),
                        start,
                        30 + 15 * r.nextInt(4),
                        status,
                        r));
            }
            if (r.nextInt(3) > 0) {
                // Upcoming visits are spread over hours and staff so that none overlap.
                Instant start = now.plus(Duration.ofDays(1 + slot % 40)).plus(Duration.ofHours(slot % 8));
                rows.add(booking(tenantId, customer, staff.get(slot % staff.size()), start, 60, "BOOKED", r));
                slot++;
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO booking (tenant_id, version, customer_id, service, staff_id, starts_at, ends_at, "
                        + "status, created_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        payments(tenantId, r);
        bookings.recomputeNextVisits();
        message(tenantId, now);
        consents(tenantId, r, now);
    }

    private static Object[] booking(
            long tenantId, long customer, long staff, Instant start, int minutes, String status, Random r) {
        return new Object[] {
            tenantId,
            customer,
            SERVICES[r.nextInt(SERVICES.length)],
            staff,
            Timestamp.from(start),
            Timestamp.from(start.plus(Duration.ofMinutes(minutes))),
            status,
            Timestamp.from(start.minus(Duration.ofDays(3)))
        };
    }

    private void consents(long tenantId, Random r, Instant now) {
        String[] fields = {"Marketing e-mails", "Terms accepted", "SMS reminders", "Research participation"};
        for (String f : fields) {
            jdbc.update(
                    "INSERT INTO consent_field (tenant_id, version, name, created_at) VALUES (?, 0, ?, ?)",
                    tenantId,
                    f,
                    Timestamp.from(now.minus(Duration.ofDays(400))));
        }
        // The last field is new: nobody has answered it yet.
        List<Long> fieldIds = jdbc.queryForList(
                        "SELECT id FROM consent_field WHERE tenant_id = ? ORDER BY id", Long.class, tenantId)
                .subList(0, fields.length - 1);
        String[] sources = {"Customer portal", "Web form", "Admin console", "Phone", "Paper form", "Import"};
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<Long, Instant> c : jdbc.query(
                "SELECT id, created_at FROM customer WHERE tenant_id = ? ORDER BY id",
                (rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()),
                tenantId)) {
            long id = c.getKey();
            Instant created = c.getValue();
            for (int i = 0; i < fieldIds.size(); i++) {
                if (r.nextInt(10) < (i == 1 ? 1 : 3)) {
                    continue;
                }
                // Terms are nearly always accepted; marketing and SMS are often refused or withdrawn later.
                boolean granted = i == 1 || r.nextInt(10) < 6;
                long seconds = Math.max(60, Duration.between(created, now).getSeconds());
                Instant at = created.plusSeconds((long) (r.nextDouble() * seconds));
                rows.add(new Object[] {
                    tenantId,
                    id,
                    fieldIds.get(i),
                    granted,
                    Timestamp.from(at),
                    sources[r.nextInt(sources.length)],
                    Timestamp.from(at)
                });
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO customer_consent (tenant_id, version, customer_id, field_id, granted, recorded_at, "
                        + "source, created_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private void payments(long tenantId, Random r) {
        List<Object[]> rows = new ArrayList<>();
        for (Map<String, Object> b : jdbc.queryForList(
                "SELECT id, customer_id, starts_at FROM booking WHERE tenant_id = ? "
                        + "AND status = 'COMPLETED' ORDER BY id",
                tenantId)) {
            int pick = r.nextInt(20);
            String status = pick == 0 ? "REFUNDED" : pick == 1 ? "FAILED" : pick == 2 ? "PENDING" : "PAID";
            String currency = pick == 3 ? "EUR" : "NOK";
            BigDecimal amount = BigDecimal.valueOf(
                            currency.equals("EUR") ? 45 + r.nextInt(60) : 450 + 50 * r.nextInt(30))
                    .setScale(2);
            rows.add(new Object[] {
                tenantId,
                b.get("customer_id"),
                b.get("id"),
                amount,
                currency,
                b.get("starts_at"),
                METHODS[r.nextInt(METHODS.length)],
                status,
                b.get("starts_at")
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO payment (tenant_id, version, customer_id, booking_id, amount, currency, paid_at, "
                        + "method, status, created_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private void message(long tenantId, Instant now) {
        jdbc.update(
                "INSERT INTO message (tenant_id, version, subject, body, sent_by, created_at) VALUES (?, 0, ?, ?, ?, ?)",
                tenantId,
                "Opening hours over Christmas",
                "Hi {firstName},\n\nWe are closed 24–26 December. Book your "
                        + "next visit in the app.\n\nBest regards",
                "admin@demo",
                Timestamp.from(now.minus(Duration.ofDays(2))));
        Long messageId = jdbc.queryForObject("SELECT MAX(id) FROM message WHERE tenant_id = ?", Long.class, tenantId);
        jdbc.update(
                "INSERT INTO message_recipient (tenant_id, message_id, customer_id, email, subject, status, error, sent_at) "
                        + "SELECT tenant_id, ?, id, email, 'Opening hours over Christmas', CASE WHEN email IS NULL THEN 'SKIPPED' "
                        + "ELSE 'SENT' END, CASE WHEN email IS NULL THEN 'No e-mail address' END, CASE WHEN email IS NULL THEN NULL "
                        // Typed: PostgreSQL reads a bare parameter inside CASE as text, which a timestamptz column
                        // refuses.
                        + "ELSE CAST(? AS TIMESTAMP WITH TIME ZONE) END FROM customer WHERE tenant_id = ? AND MOD(id, 4) = 0 "
                        + "AND deleted_at IS NULL",
                messageId,
                Timestamp.from(now.minus(Duration.ofDays(2))),
                tenantId);
    }
}
