package io.clientele.account;

import io.clientele.audit.AuditService;
import io.clientele.base.Csv;
import io.clientele.base.Messages;
import io.clientele.customer.BillingInfo;
import io.clientele.customer.Customer;
import io.clientele.organization.Organization;
import io.clientele.security.Roles;
import io.clientele.security.UserAccount;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.jpa.HibernateHints;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DOWNLOAD CSV of the Customer accounts list: every account including soft-deleted ones, headers in the
 * user's language, written the {@link Csv} way. Rows stream from
 * the database to the response; nothing is held in memory but the current row.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CustomerAccountExport {
    static final List<String> COLUMNS = List.of(
            "organization",
            "org-number",
            "legal-form",
            "digital-address",
            "address",
            "post-number",
            "region",
            "municipality",
            "country",
            "phone",
            "website",
            "email",
            "customer-number",
            "status",
            "shared-billing",
            "admin-name",
            "admin-email",
            "billing-digital-address",
            "billing-address",
            "billing-post-number",
            "billing-municipality",
            "billing-phone",
            "billing-email",
            "billing-responsible",
            "deleted-at");
    private static final int FETCH_SIZE = 500;
    private static final DateTimeFormatter DELETED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EntityManager em;
    private final AuditService audit;

    private final Clock clock;

    CustomerAccountExport(EntityManager em, AuditService audit, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.audit = audit;
    }

    public String fileName() {
        return "customer-accounts-" + java.time.LocalDate.now(clock) + ".csv";
    }

    @Transactional(readOnly = true)
    public long write(OutputStream out, Locale locale, ZoneId zone) throws IOException {
        long written = 0;
        CSVPrinter csv = Csv.start(
                out,
                COLUMNS.stream()
                        .map(c -> Messages.text(locale, "account.csv." + c))
                        .toList());
        try (Stream<Object[]> rows = em.createQuery(
                        "SELECT c, o, u FROM Customer c JOIN Organization o "
                                + "ON o.id = c.organizationId LEFT JOIN UserAccount u ON u.id = c.userAccountId "
                                + "ORDER BY c.displayName, c.id",
                        Object[].class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                Csv.row(csv, record((Customer) row[0], (Organization) row[1], (UserAccount) row[2], locale, zone));
                written++;
                // Keep the persistence context from growing with the export.
                for (Object entity : row) {
                    if (entity != null) em.detach(entity);
                }
            }
        }
        csv.flush();
        audit.recordExport(CustomerAccountService.ENTITY, written);
        return written;
    }

    private static List<String> record(Customer c, Organization o, UserAccount admin, Locale locale, ZoneId zone) {
        BillingInfo b = c.getBilling();
        String status = c.isDeleted() ? "DELETED" : c.getStatus().name();
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.addAll(List.of(
                o.getName(),
                o.getOrgNumber(),
                s(o.getLegalForm()),
                s(o.getDigitalAddress()),
                s(o.getAddress()),
                s(o.getPostCode()),
                s(o.getRegion()),
                s(o.getMunicipality()),
                s(o.getCountry()),
                s(o.getPhone()),
                s(o.getWebsite()),
                s(o.getEmail()),
                s(c.getCustomerNumber()),
                Messages.text(locale, "account.status." + status),
                Messages.text(locale, c.isAllowSharedBilling() ? "csv.yes" : "csv.no"),
                admin == null ? "" : admin.fullName(),
                admin == null ? "" : admin.getEmail(),
                s(b.getDigitalAddress()),
                s(b.getAddress()),
                s(b.getPostCode()),
                s(b.getMunicipality()),
                s(b.getPhone()),
                s(b.getEmail()),
                s(b.getResponsible()),
                c.getDeletedAt() == null
                        ? ""
                        : DELETED_AT.format(c.getDeletedAt().atZone(zone))));
        return r;
    }

    private static String s(String value) {
        return Objects.toString(value, "");
    }
}
