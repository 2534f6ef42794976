package io.clientele.audit;

import io.clientele.base.DateRange;
import io.clientele.base.Languages;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The Audit log's filters: text in the summary or the action's name in the reader's {@code locale}, actor e-mail, on
 * whose behalf, exact action and entity type, when; {@code allTenants} widens a SYSTEM_ADMIN's view beyond the tenant
 * in use (ignored for everybody else).
 */
public record AuditFilter(
        String search,
        String actor,
        String onBehalfOf,
        String action,
        String entityType,
        DateRange occurred,
        ZoneId zone,
        boolean allTenants,
        Locale locale) {
    public static AuditFilter empty() {
        return new AuditFilter(
                "", "", "", "", "", DateRange.ANY, ZoneId.systemDefault(), false, Languages.locale(Languages.UK));
    }
}
