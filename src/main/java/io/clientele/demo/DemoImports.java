package io.clientele.demo;

import io.clientele.base.IdRanges;
import io.clientele.importing.ImportField;
import io.clientele.importing.ImportHistory;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import history of a demo tenant: an import from the old CRM three days ago that created and updated customers and
 * left two failed rows to download (it can still be undone), a newsletter list imported and undone, an import
 * cancelled at its start, companies imported from a register's spreadsheet yesterday and contacts from an address
 * book today (one row of each refused).
 */
@Component
class DemoImports {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    DemoImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long tenantId, String domain) {
        String admin = "admin@" + domain;
        Instant now = Instant.now();
        List<Map<String, Object>> imported = jdbc.queryForList(
                "SELECT id, version FROM customer WHERE tenant_id = ? AND source = 'IMPORT' AND deleted_at IS NULL "
                        + "AND organization_id IS NULL ORDER BY id",
                tenantId);
        List<Map<String, Object>> created = imported.subList(0, Math.min(18, imported.size()));
        List<Map<String, Object>> updated = jdbc.queryForList(
                "SELECT id, version, type, first_name, last_name, company_name, email, phone, status, all_teams "
                        + "FROM customer WHERE tenant_id = ? AND source = 'ADMIN' AND deleted_at IS NULL "
                        + "AND organization_id IS NULL AND email IS NOT NULL ORDER BY id LIMIT 4",
                tenantId);
        IdRanges ids = new IdRanges()
                .add(java.util.stream.Stream.concat(created.stream(), updated.stream())
                        .map(c -> ((Number) c.get("id")).longValue())
                        .sorted()
                        .toList());
        Instant crm = now.minus(Duration.ofDays(3)).minus(Duration.ofHours(2));
        long crmJob = job(
                tenantId,
                "CUSTOMERS_IMPORTED",
                "DONE",
                25,
                25,
                created.size() + updated.size(),
                ids,
                admin,
                "created=" + created.size() + ";updated=" + updated.size() + ";skipped=1;failed=2",
                crm);
        byte[] report = ("\uFEFFFornavn;Etternavn;E-post;Telefon;Errors\r\n"
                        + "Bjørn;Dæhlie;bjorn.daehlie@;;Enter a valid email address, e.g. name@example.com\r\n"
                        + "Tone;;;+47 000;Enter the phone number with digits only, e.g. +47 912 34 567\r\n")
                .getBytes(StandardCharsets.UTF_8);
        long crmImport = entry(tenantId, crmJob, "kunder-fra-gammelt-crm.csv", report, null, null, crm);
        for (Map<String, Object> c : created) {
            jdbc.update(
                    "INSERT INTO customer_import_change (import_id, customer_id, created, version_after) "
                            + "VALUES (?, ?, true, ?)",
                    crmImport,
                    c.get("id"),
                    c.get("version"));
        }
        for (Map<String, Object> c : updated) {
            jdbc.update(
                    "INSERT INTO customer_import_change (import_id, customer_id, created, before_state, version_after)"
                            + " VALUES (?, ?, false, ?, ?)",
                    crmImport,
                    c.get("id"),
                    before(
                            c,
                            ids("SELECT team_id FROM customer_team WHERE customer_id = ?", c.get("id")),
                            ids("SELECT group_id FROM customer_group_member WHERE customer_id = ?", c.get("id"))),
                    c.get("version"));
        }

        Instant newsletter = now.minus(Duration.ofDays(2)).minus(Duration.ofHours(5));
        long newsletterJob = job(
                tenantId,
                "CUSTOMERS_IMPORTED",
                "DONE",
                40,
                40,
                37,
                new IdRanges(),
                admin,
                "created=37;updated=0;skipped=3;failed=0",
                newsletter);
        long undoJob = job(
                tenantId,
                "CUSTOMERS_IMPORT_UNDONE",
                "DONE",
                37,
                37,
                37,
                new IdRanges(),
                admin,
                "37;0;0",
                newsletter.plus(Duration.ofMinutes(12)));
        entry(
                tenantId,
                newsletterJob,
                "nyhetsbrev-påmeldinger.xlsx",
                null,
                undoJob,
                newsletter.plus(Duration.ofMinutes(12)),
                newsletter);

        Instant fair = now.minus(Duration.ofHours(20));
        long fairJob = job(
                tenantId,
                "CUSTOMERS_IMPORTED",
                "CANCELLED",
                400,
                3,
                0,
                new IdRanges(),
                "owner@" + domain,
                "created=0;updated=0;skipped=3;failed=0",
                fair);
        entry(tenantId, fairJob, "messe-leads-2026.csv", null, null, null, fair);

        records(
                tenantId,
                admin,
                now.minus(Duration.ofHours(26)),
                "ORGANIZATIONS",
                "firmaer-fra-brreg.xlsx",
                "\uFEFFFirmanavn;Org.nr.;Poststed;Errors\r\nFjordregnskap AS;123 456;Bergen;"
                        + "A Norwegian organization number has 9 digits and a valid check digit\r\n");
        records(
                tenantId,
                admin,
                now.minus(Duration.ofHours(7)),
                "CONTACTS",
                "kontakter-outlook.vcf",
                "First name,Last name,Name,Company name,Email,Phone,User type,Errors\r\n"
                        + "Hege,Holm,Hege Holm,Holm Rør AS,hege@holmror.no,,,There is no company called “Holm Rør AS”.\r\n");
    }

    /**
     * Records an import brought in: companies without a customer account from a register's list, or contacts from an
     * address book; each with one failed row.
     */
    private void records(long tenantId, String admin, Instant at, String records, String file, String failedRow) {
        boolean companies = records.equals("ORGANIZATIONS");
        ImportHistory.Changes changes = ImportHistory.Changes.of(ImportField.Records.valueOf(records));
        List<Map<String, Object>> created = jdbc.queryForList(
                companies
                        ? "SELECT id, version FROM organization o WHERE tenant_id = ? AND deleted_at IS NULL AND NOT "
                                + "EXISTS (SELECT 1 FROM customer c WHERE c.organization_id = o.id) ORDER BY id LIMIT 3"
                        : "SELECT id, version FROM contact WHERE tenant_id = ? AND deleted_at IS NULL ORDER BY id DESC "
                                + "LIMIT 2",
                tenantId);
        if (created.isEmpty()) {
            return;
        }
        List<Long> ids = created.stream()
                .map(o -> ((Number) o.get("id")).longValue())
                .sorted()
                .toList();
        long job = job(
                tenantId,
                "CUSTOMERS_IMPORTED",
                "DONE",
                created.size() + 1,
                created.size() + 1,
                created.size(),
                new IdRanges().add(ids),
                admin,
                "created=" + created.size() + ";updated=0;skipped=0;failed=1",
                at);
        long entry = entry(tenantId, records, job, file, failedRow.getBytes(StandardCharsets.UTF_8), null, null, at);
        for (Map<String, Object> o : created) {
            jdbc.update("UPDATE " + changes.source() + " SET sources = 'IMPORT' WHERE id = ?", o.get("id"));
            jdbc.update(
                    "INSERT INTO " + changes.table() + " (import_id, " + changes.column() + ", created, version_after) "
                            + "VALUES (?, ?, true, ?)",
                    entry,
                    o.get("id"),
                    o.get("version"));
        }
    }

    private long job(
            long tenantId,
            String kind,
            String status,
            int total,
            int done,
            int affected,
            IdRanges ids,
            String by,
            String detail,
            Instant at) {
        jdbc.update(
                "INSERT INTO bulk_job (tenant_id, version, kind, status, total, done, affected, affected_ids, started_by,"
                        + " detail, created_at, finished_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tenantId,
                kind,
                status,
                total,
                done,
                affected,
                ids.toString(),
                by,
                detail,
                Timestamp.from(at),
                Timestamp.from(at.plus(Duration.ofSeconds(9))));
        return jdbc.queryForObject(
                "SELECT max(id) FROM bulk_job WHERE tenant_id = ? AND kind = ?", Long.class, tenantId, kind);
    }

    private long entry(
            long tenantId, long job, String file, byte[] report, Long undoJob, Instant undoneAt, Instant at) {
        return entry(tenantId, "CUSTOMERS", job, file, report, undoJob, undoneAt, at);
    }

    private long entry(
            long tenantId,
            String records,
            long job,
            String file,
            byte[] report,
            Long undoJob,
            Instant undoneAt,
            Instant at) {
        jdbc.update(
                "INSERT INTO customer_import (tenant_id, records, job_id, file_name, report, undo_job_id, undone_at, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                tenantId,
                records,
                job,
                file,
                report,
                undoJob,
                undoneAt == null ? null : Timestamp.from(undoneAt),
                Timestamp.from(at));
        return jdbc.queryForObject(
                "SELECT id FROM customer_import WHERE tenant_id = ? AND job_id = ?", Long.class, tenantId, job);
    }

    /** An updated customer's values before the import: here the values it has, as the undo would restore them. */
    private List<Long> ids(String sql, Object customerId) {
        return jdbc.queryForList(sql, Long.class, customerId);
    }

    private static String before(Map<String, Object> c, List<Long> teams, List<Long> groups) {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("type", c.get("type"));
        for (String[] f : new String[][] {
            {"firstName", "first_name"},
            {"lastName", "last_name"},
            {"companyName", "company_name"},
            {"email", "email"},
            {"phone", "phone"}
        }) {
            state.put(f[0], c.get(f[1]) == null ? "" : c.get(f[1]).toString());
        }
        state.put("status", c.get("status"));
        state.put("allTeams", c.get("all_teams"));
        state.put("teams", teams);
        state.put("groups", groups);
        return JSON.writeValueAsString(state);
    }
}
