package io.clientele.demo;

import io.clientele.base.Messages;
import io.clientele.organization.OrgNumbers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo organizations and customer accounts: every business customer with a portal login (or soft-deleted)
 * becomes an account on its own organization; a few organizations wait for an account; some accounts share
 * billing, have billing information, are inactive or deleted. Set-based SQL, deterministic per seed.
 */
@Component
class DemoAccounts {
    private static final String[][] PLACES = {
        {"0150", "Oslo", "Oslo"}, {"5003", "Bergen", "Vestland"}, {"7011", "Trondheim", "Trøndelag"},
        {"4006", "Stavanger", "Rogaland"}, {"9008", "Tromsø", "Troms"}, {"3015", "Drammen", "Buskerud"},
        {"8006", "Bodø", "Nordland"}, {"2317", "Hamar", "Innlandet"}
    };
    private static final String[] STREETS = {
        "Storgata",
        "Kirkegata",
        "Strandgaten",
        "Dronningens gate",
        "Havnegata",
        "Fjordveien",
        "Industriveien",
        "Sjøgata"
    };
    /** Organizations without an account: they fill the Add customer picker. */
    private static final String[][] WAITING = {
        {
            "Brønnøysund Rådgivning og Regnskapsførertjenester for Små og Mellomstore Bedrifter AS",
            "NO",
            "8900",
            "Brønnøy",
            "Nordland"
        },
        {"Polar Logistikk AS", "NO", "9008", "Tromsø", "Troms"},
        {"Kystlys Eiendom ASA", "NO", "4006", "Stavanger", "Rogaland"},
        {"Fjellvind Solkraft DA", "NO", "2317", "Hamar", "Innlandet"},
        {"Göta Hälsa AB", "SE", "411 05", "Göteborg", "Västra Götaland"},
        {"Havbris Sjømat AS", "NO", "5003", "Bergen", "Vestland"},
        {"Trollskog Barnehager SA", "NO", "7011", "Trondheim", "Trøndelag"},
        {"Nordkapp Turisme ENK", "NO", "9750", "Nordkapp", "Finnmark"}
    };

    private final JdbcTemplate jdbc;

    DemoAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long tenantId, long seed) {
        Random r = new Random(seed * 131);
        Instant now = Instant.now();
        List<Map<String, Object>> business = jdbc.queryForList(
                "SELECT id, company_name, email, phone, deleted_at, "
                        + "user_account_id FROM customer WHERE tenant_id = ? AND type = 'BUSINESS' AND (user_account_id IS NOT NULL "
                        + "OR deleted_at IS NOT NULL) ORDER BY id",
                tenantId);
        int n = 0;
        for (Map<String, Object> c : business) {
            String name = (String) c.get("company_name");
            String[] place = PLACES[r.nextInt(PLACES.length)];
            String number = orgNumber(r);
            String email = (String) c.get("email");
            String domain = email == null ? null : email.substring(email.indexOf('@') + 1);
            // A third of the deleted accounts went with their organization.
            Object deleted = c.get("deleted_at") != null && n % 3 == 0 ? c.get("deleted_at") : null;
            long orgId = organization(
                    tenantId,
                    name,
                    number,
                    name.substring(name.lastIndexOf(' ') + 1),
                    r.nextInt(10) < 6 ? "0192:" + number : null,
                    STREETS[r.nextInt(STREETS.length)] + " " + (1 + r.nextInt(120)),
                    place[0],
                    place[2],
                    place[1],
                    "NO",
                    (String) c.get("phone"),
                    domain == null ? null : "https://www." + domain,
                    domain == null ? null : "post@" + domain,
                    now,
                    deleted);
            jdbc.update(
                    "UPDATE customer SET organization_id = ?, allow_shared_billing = ?, status = CASE WHEN status IN "
                            + "('ACTIVE', 'PENDING') THEN 'ACTIVE' ELSE 'INACTIVE' END WHERE id = ?",
                    orgId,
                    n % 5 == 0,
                    c.get("id"));
            if (n % 3 == 1) {
                jdbc.update(
                        "UPDATE customer SET billing_address = ?, billing_post_number = ?, billing_municipality = ?, "
                                + "billing_email = ?, billing_responsible = ?, billing_digital_address = ? WHERE id = ?",
                        "Postboks " + (100 + r.nextInt(900)),
                        place[0],
                        place[1],
                        domain == null ? null : "faktura@" + domain,
                        "Kari Nordmann",
                        n % 2 == 0 ? "0192:" + number : null,
                        c.get("id"));
            }
            n++;
        }
        for (String[] w : WAITING) {
            String number = "NO".equals(w[1]) ? orgNumber(r) : String.valueOf(5_560_000_000L + r.nextInt(9_999_999));
            organization(
                    tenantId,
                    w[0],
                    number,
                    w[0].substring(w[0].lastIndexOf(' ') + 1),
                    null,
                    STREETS[r.nextInt(STREETS.length)] + " " + (1 + r.nextInt(60)),
                    w[2],
                    w[4],
                    w[3],
                    w[1],
                    null,
                    null,
                    null,
                    now,
                    null);
        }
        organization(
                tenantId,
                "Nedlagt Handel AS",
                orgNumber(r),
                "AS",
                null,
                null,
                null,
                null,
                null,
                "NO",
                null,
                null,
                null,
                now,
                Timestamp.from(now.minusSeconds(86_400 * 12)));
        // Deleted accounts have no customer admin: their logins are registered guests again.
        jdbc.update(
                "UPDATE user_account SET portal_role = 'GUEST' WHERE id IN (SELECT user_account_id FROM customer "
                        + "WHERE tenant_id = ? AND organization_id IS NOT NULL AND deleted_at IS NOT NULL)",
                tenantId);
        jdbc.update(
                "UPDATE customer SET user_account_id = NULL WHERE tenant_id = ? AND organization_id IS NOT NULL "
                        + "AND deleted_at IS NOT NULL",
                tenantId);
        sharedBilling(tenantId, now);
    }

    /** Each account that allows shared billing gets up to two active accounts billing through it. */
    private void sharedBilling(long tenantId, Instant now) {
        List<Long> billing = jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? AND allow_shared_billing = true "
                        + "AND deleted_at IS NULL AND status = 'ACTIVE' ORDER BY id",
                Long.class,
                tenantId);
        List<Long> others = new ArrayList<>(jdbc.queryForList(
                "SELECT id FROM customer WHERE tenant_id = ? "
                        + "AND organization_id IS NOT NULL AND allow_shared_billing = false AND deleted_at IS NULL "
                        + "AND status = 'ACTIVE' ORDER BY id DESC",
                Long.class,
                tenantId));
        for (int i = 0; i < billing.size() && !others.isEmpty(); i++) {
            for (int k = 0; k < (i % 2 == 0 ? 2 : 1) && !others.isEmpty(); k++) {
                long shared = others.removeFirst();
                jdbc.update(
                        "INSERT INTO shared_billing_link (tenant_id, billing_customer_id, shared_customer_id, created_at) "
                                + "VALUES (?, ?, ?, ?)",
                        tenantId,
                        billing.get(i),
                        shared,
                        Timestamp.from(now));
                notifySharedAdmin(tenantId, billing.get(i), shared, now);
            }
        }
    }

    /** What the shared account's admin was told, waiting for them in the portal. */
    private void notifySharedAdmin(long tenantId, long billingId, long sharedId, Instant now) {
        Map<String, Object> shared = jdbc.queryForMap(
                "SELECT c.display_name, u.id AS user_id, u.language FROM customer c "
                        + "JOIN user_account u ON u.id = c.user_account_id WHERE c.id = ?",
                sharedId);
        String billing = jdbc.queryForObject("SELECT display_name FROM customer WHERE id = ?", String.class, billingId);
        String text = Messages.text(
                Messages.locale((String) shared.get("language")),
                "notification.share-added-shared",
                shared.get("display_name"),
                billing);
        jdbc.update(
                "INSERT INTO notification (tenant_id, user_account_id, message, created_at) VALUES (?, ?, ?, ?)",
                tenantId,
                shared.get("user_id"),
                text,
                Timestamp.from(now));
    }

    private long organization(
            long tenantId,
            String name,
            String number,
            String legalForm,
            String digitalAddress,
            String address,
            String postCode,
            String region,
            String municipality,
            String country,
            String phone,
            String website,
            String email,
            Instant now,
            Object deletedAt) {
        jdbc.update(
                "INSERT INTO organization (tenant_id, version, name, org_number, live_org_number, legal_form, "
                        + "digital_address, address, post_number, region, municipality, country, phone, website, email, "
                        + "created_at, updated_at, deleted_at) VALUES (?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                tenantId,
                name,
                number,
                deletedAt == null ? number : null,
                legalForm,
                digitalAddress,
                address,
                postCode,
                region,
                municipality,
                country,
                phone,
                website,
                email,
                Timestamp.from(now),
                Timestamp.from(now),
                deletedAt);
        return jdbc.queryForObject(
                "SELECT id FROM organization WHERE tenant_id = ? AND org_number = ? ORDER BY id DESC "
                        + "FETCH FIRST 1 ROWS ONLY",
                Long.class,
                tenantId,
                number);
    }

    /** A valid Norwegian organization number (9 digits, modulus-11 check digit). */
    private static String orgNumber(Random r) {
        while (true) {
            String base = String.valueOf(810_000_000 + r.nextInt(189_999_999)).substring(0, 8);
            int check = OrgNumbers.checkDigit(base);
            if (check >= 0) {
                return base + check;
            }
        }
    }
}
