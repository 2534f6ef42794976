package io.clientele.importing;

import io.clientele.security.Roles;
import io.clientele.tenant.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping a tenant last imported a file's columns with, by the file's header (the same column names in the same
 * order, case and spaces aside), offered the next time such a file comes: a monthly export from another system maps
 * itself after the first time.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ImportMappings {
    private static final String SKIP = "-";

    /** A mapping: a field or null per column, and how rows found their records (null: suggested, not remembered). */
    public record Remembered(List<ImportField> fields, ImportPreview.MatchBy matchBy) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ImportConsents consents;

    ImportMappings(JdbcTemplate jdbc, Clock clock, ImportConsents consents) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.consents = consents;
    }

    /**
     * The mapping to offer for a file with {@code header}: the one remembered for it, else one suggested from the
     * column names (a customer's consent fields among them, by their names).
     */
    @Transactional(readOnly = true)
    public Remembered offered(List<String> header, ImportField.Records records) {
        return remembered(header, records).orElseGet(() -> {
            List<ImportField> suggested = ImportMapping.suggest(header, records);
            return new Remembered(
                    records == ImportField.Records.CUSTOMERS ? consents.suggest(header, suggested) : suggested, null);
        });
    }

    @Transactional(readOnly = true)
    public Optional<Remembered> remembered(List<String> header, ImportField.Records records) {
        return jdbc
                .query(
                        "SELECT fields, match_by FROM import_mapping WHERE tenant_id = ? AND signature = ?",
                        (rs, n) -> read(rs.getString(1), rs.getString(2), header.size()),
                        TenantContext.require(),
                        signature(header, records))
                .stream()
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Keeps {@code fields} for files with this header, in place of what was kept before. */
    @Transactional
    public void remember(List<String> header, List<ImportField> fields, ImportPreview.MatchBy matchBy) {
        long tenant = TenantContext.require();
        String signature = signature(header, matchBy.records());
        String text = fields.stream().map(f -> f == null ? SKIP : f.name()).collect(Collectors.joining(","));
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.update(
                "UPDATE import_mapping SET fields = ?, match_by = ?, updated_at = ? WHERE tenant_id = ? AND signature = ?",
                text,
                matchBy.name(),
                now,
                tenant,
                signature);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO import_mapping (tenant_id, signature, fields, match_by, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    tenant,
                    signature,
                    text,
                    matchBy.name(),
                    now);
        }
    }

    /** A mapping kept by an older version that names a field no longer there is not offered. */
    private static Optional<Remembered> read(String fields, String matchBy, int columns) {
        try {
            List<ImportField> mapped = Arrays.stream(fields.split(",", -1))
                    .map(f -> f.equals(SKIP) ? null : ImportField.valueOf(f))
                    .toList();
            return mapped.size() == columns
                    ? Optional.of(new Remembered(mapped, ImportPreview.MatchBy.valueOf(matchBy)))
                    : Optional.empty();
        } catch (IllegalArgumentException gone) {
            return Optional.empty();
        }
    }

    /** The header's signature; a file of organizations keeps a mapping apart from one of customers with its columns. */
    static String signature(List<String> header, ImportField.Records records) {
        String normalized = (records == ImportField.Records.CUSTOMERS ? "" : records.name() + "\u001e")
                + header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
