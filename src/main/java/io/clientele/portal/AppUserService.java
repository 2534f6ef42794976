package io.clientele.portal;

import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.LikePatterns;
import io.clientele.base.Texts;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.security.CurrentUser;
import io.clientele.security.PortalLogins;
import io.clientele.security.Roles;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * White label → App users: the tenant's customers that have a portal login (staff logins excluded). Staff read them
 * (VIEWER); ADMIN creates a login and its customer in one step and renames both.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class AppUserService {
    /** Sortable columns: the list's column keys and what they sort by. */
    static final Map<String, String> SORTS = Map.of(
            "name",
            "c.displayName",
            "email",
            "u.email",
            "status",
            "c.status",
            "joined",
            "c.createdAt",
            "lastLogin",
            "c.lastLoginAt");

    private static final String FROM = " FROM Customer c JOIN UserAccount u ON u.id = c.userAccountId "
            + "WHERE u.staffRole IS NULL AND (:deleted = true OR c.deletedAt IS NULL) "
            + "AND (LOWER(c.displayName) LIKE :q ESCAPE '\\' OR LOWER(u.email) LIKE :q ESCAPE '\\' "
            + "OR LOWER(COALESCE(c.companyName, '')) LIKE :q ESCAPE '\\')";

    private final EntityManager em;
    private final CustomerService customers;
    private final UserAccountService users;
    private final PortalLogins portalLogins;
    private final SignupAttributionRepository attributions;
    private final JdbcClient jdbc;

    AppUserService(
            EntityManager em,
            CustomerService customers,
            UserAccountService users,
            PortalLogins portalLogins,
            SignupAttributionRepository attributions,
            JdbcClient jdbc) {
        this.em = em;
        this.customers = customers;
        this.users = users;
        this.portalLogins = portalLogins;
        this.attributions = attributions;
        this.jdbc = jdbc;
    }

    public List<AppUser> list(String search, boolean includeDeleted, Pageable page) {
        String order = page.getSort().stream()
                .filter(o -> SORTS.containsKey(o.getProperty()))
                .map(o -> SORTS.get(o.getProperty()) + (o.getDirection() == Sort.Direction.DESC ? " DESC" : " ASC"))
                .reduce((a, b) -> a + ", " + b)
                .orElse("c.createdAt DESC");
        return em.createQuery(
                        "SELECT new io.clientele.portal.AppUser(c.id, u.id, c.displayName, u.email, c.companyName, "
                                + "c.status, c.deletedAt, c.createdAt, c.lastLoginAt, c.hasAvatar, c.version)" + FROM
                                + " ORDER BY " + order + ", c.id DESC",
                        AppUser.class)
                .setParameter("deleted", includeDeleted)
                .setParameter("q", LikePatterns.contains(Texts.searchText(search)))
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
    }

    public long count(String search, boolean includeDeleted) {
        return em.createQuery("SELECT COUNT(c)" + FROM, Long.class)
                .setParameter("deleted", includeDeleted)
                .setParameter("q", LikePatterns.contains(Texts.searchText(search)))
                .getSingleResult();
    }

    public Optional<AppUser> find(long customerId) {
        return em.createQuery(
                        "SELECT new io.clientele.portal.AppUser(c.id, u.id, c.displayName, u.email, c.companyName, "
                                + "c.status, c.deletedAt, c.createdAt, c.lastLoginAt, c.hasAvatar, c.version) FROM Customer c "
                                + "JOIN UserAccount u ON u.id = c.userAccountId WHERE c.id = :id AND u.staffRole IS NULL",
                        AppUser.class)
                .setParameter("id", customerId)
                .getResultStream()
                .findFirst();
    }

    /** The Info tab. */
    public LoginInfo loginInfo(long customerId) {
        AppUser user = find(customerId).orElseThrow(() -> new NoSuchElementException("App user " + customerId));
        UserAccount a = users.findInTenant(user.loginId()).orElseThrow();
        return new LoginInfo(
                a.getLastLoginAt(),
                a.getLastLoginIp(),
                Browsers.describe(a.getLastLoginAgent(), CurrentUser.require().locale()),
                a.getFailedLogins(),
                a.getLockedUntil(),
                a.isForcePasswordChange(),
                a.getEmailVerifiedAt());
    }

    /** The UTM tab: what was captured at sign-up, if they signed up themselves. */
    public Optional<SignupAttribution.Attribution> attribution(long customerId) {
        return attributions.findByCustomerId(customerId).map(SignupAttribution::attribution);
    }

    /** Create User: the portal login and an active customer record, both audited, or nothing at all. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long create(AppUserDraft draft) {
        FieldErrors.of(draft).throwIfAny();
        String[] name = nameOrMailbox(draft);
        UserAccount login =
                portalLogins.createPortalLogin(draft.getEmail().strip(), name[0], name[1], draft.getPassword());
        CustomerDraft c = new CustomerDraft();
        c.setType(CustomerType.INDIVIDUAL);
        c.setFirstName(name[0]);
        c.setLastName(name[1]);
        c.setCompanyName(
                Texts.trimToNull(draft.getCompany()) == null
                        ? ""
                        : draft.getCompany().strip());
        c.setEmail(login.getEmail());
        c.setStatus(CustomerStatus.ACTIVE);
        long id = customers.create(c);
        jdbc.sql("UPDATE customer SET user_account_id = ?, source = ? WHERE tenant_id = ? AND id = ?")
                .params(login.getId(), CustomerSource.ADMIN.name(), TenantContext.require(), id)
                .update();
        return id;
    }

    /** Edit: full name and company, on the customer record and its login. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void edit(long customerId, String fullName, String company, int version) {
        AppUser user = find(customerId).orElseThrow(() -> new NoSuchElementException("App user " + customerId));
        if (fullName != null && fullName.length() > 200) {
            throw new FieldValidationException("fullName", "validation.max-200");
        }
        String[] name = split(fullName);
        CustomerDraft d = customers.draftOf(customerId);
        if (d.getVersion() != version) {
            throw new io.clientele.base.ConcurrentEditException();
        }
        d.setFirstName(name[0]);
        d.setLastName(name[1]);
        d.setCompanyName(company == null ? "" : company.strip());
        customers.update(customerId, d);
        portalLogins.renamePortalLogin(user.loginId(), name[0], name[1]);
    }

    /** Full name is optional; a person needs a name on record, so the mailbox stands in for a missing one. */
    static String[] nameOrMailbox(AppUserDraft draft) {
        String[] name = split(draft.getFullName());
        if (name[0].isEmpty() && draft.getEmail() != null && draft.getEmail().contains("@")) {
            name[0] = draft.getEmail()
                    .strip()
                    .substring(0, draft.getEmail().strip().indexOf('@'));
        }
        return name;
    }

    /** "Sara Ruiz" → first "Sara", last "Ruiz"; one word is a first name; the last word is the last name. */
    static String[] split(String fullName) {
        String n = Texts.trimToNull(fullName);
        if (n == null) {
            return new String[] {"", ""};
        }
        int space = n.lastIndexOf(' ');
        return space < 0
                ? new String[] {n, ""}
                : new String[] {n.substring(0, space).strip(), n.substring(space + 1)};
    }
}
