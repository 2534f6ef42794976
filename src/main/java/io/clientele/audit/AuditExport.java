package io.clientele.audit;

import io.clientele.base.Csv;
import io.clientele.base.Messages;
import io.clientele.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Audit log's DOWNLOAD CSV: every event the filter shows, newest first, streamed; the export is audited. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AuditExport {
    static final List<String> COLUMNS = List.of(
            "time",
            "tenant",
            "actor",
            "on-behalf-of",
            "action",
            "entity-type",
            "entity-id",
            "summary",
            "before",
            "after");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;

    private final Clock clock;

    AuditExport(AuditService audit, Clock clock) {
        this.clock = clock;
        this.audit = audit;
    }

    public String fileName() {
        return "audit-log-" + LocalDate.now(clock) + ".csv";
    }

    /** Returns how many events were written. */
    @Transactional(readOnly = true)
    public long write(OutputStream out, AuditFilter filter, Locale locale, ZoneId zone) throws IOException {
        CSVPrinter csv = Csv.start(
                out,
                COLUMNS.stream()
                        .map(c -> Messages.text(locale, "audit.csv." + c))
                        .toList());
        long rows = 0;
        try (Stream<AuditEvent> events = audit.stream(filter)) {
            for (AuditEvent e : (Iterable<AuditEvent>) events::iterator) {
                Csv.row(
                        csv,
                        List.of(
                                TIME.format(e.getOccurredAt().atZone(zone)),
                                s(e.getTenantId()),
                                s(e.getActorEmail()),
                                s(e.getOnBehalfOf()),
                                s(e.getAction()),
                                s(e.getEntityType()),
                                s(e.getEntityId()),
                                s(e.getSummary()),
                                s(e.getBeforeState()),
                                s(e.getAfterState())));
                rows++;
            }
        }
        csv.flush();
        audit.recordExport("AUDIT_EVENT", rows);
        return rows;
    }

    private static String s(Object value) {
        return Objects.toString(value, "");
    }
}
