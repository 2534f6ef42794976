package io.clientele.account;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.Constraints;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.LikePatterns;
import io.clientele.base.PostCodes;
import io.clientele.base.SpecificationQueries;
import io.clientele.customer.BillingInfo;
import io.clientele.customer.Customer;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.customer.PhoneNumbers;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationChanged;
import io.clientele.organization.OrganizationService;
import io.clientele.security.PortalLogins;
import io.clientele.security.Role;
import io.clientele.security.Roles;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer accounts (product page 4): BUSINESS customers built on an organization and run by a customer
 * admin. Every state rule of the page's action table is checked here, whatever the client sends.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CustomerAccountService {
    /** An account is a customer, so its history shows on the customer's page as well. */
    public static final String ENTITY = "CUSTOMER";

    private final CustomerAccountRepository accounts;
    private final SharedBillingLinkRepository links;
    private final SpecificationQueries queries;
    private final OrganizationService organizations;
    private final UserAccountService users;
    private final PortalLogins portalLogins;
    private final AccountRecords records;
    private final AuditService audit;

    private final Clock clock;

    CustomerAccountService(
            CustomerAccountRepository accounts,
            SharedBillingLinkRepository links,
            SpecificationQueries queries,
            OrganizationService organizations,
            UserAccountService users,
            PortalLogins portalLogins,
            AccountRecords records,
            AuditService audit,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.links = links;
        this.queries = queries;
        this.organizations = organizations;
        this.users = users;
        this.portalLogins = portalLogins;
        this.records = records;
        this.audit = audit;
    }

    // --- reading ---

    /** All accounts including soft-deleted ones, matching organization name, organization number or customer number. */
    public List<AccountRow> list(String search, Pageable pageable) {
        return records.rows(queries.page(Customer.class, matching(search), pageable));
    }

    public long count(String search) {
        return accounts.count(matching(search));
    }

    static Specification<Customer> matching(String search) {
        return (root, query, cb) -> {
            Predicate isAccount = cb.isNotNull(root.get("organizationId"));
            String text = search == null ? "" : search.trim();
            if (text.isEmpty()) {
                return isAccount;
            }
            String compact = text.replaceAll("\\s", "");
            String numberLike = LikePatterns.contains(compact.matches("\\d+") ? compact : text);
            Subquery<Long> byNumber = query.subquery(Long.class);
            Root<Organization> o = byNumber.from(Organization.class);
            byNumber.select(o.get("id")).where(cb.like(o.get("orgNumber"), numberLike, LikePatterns.ESCAPE));
            return cb.and(
                    isAccount,
                    cb.or(
                            cb.like(
                                    cb.lower(root.get("displayName")),
                                    LikePatterns.contains(text),
                                    LikePatterns.ESCAPE),
                            cb.like(root.get("customerNumber"), numberLike, LikePatterns.ESCAPE),
                            root.get("organizationId").in(byNumber)));
        };
    }

    public Optional<AccountDetails> details(long id) {
        return accounts.findById(id).filter(c -> c.getOrganizationId() != null).map(c -> {
            UserAccount admin = c.getUserAccountId() == null
                    ? null
                    : users.findInTenant(c.getUserAccountId()).orElse(null);
            Organization organization =
                    organizations.find(c.getOrganizationId()).orElseThrow();
            String billedBy = links.findBySharedCustomerId(id)
                    .flatMap(l -> accounts.findById(l.getBillingCustomerId()))
                    .map(Customer::getDisplayName)
                    .orElse(null);
            return new AccountDetails(
                    AccountRecords.row(c, admin), organization, admin, c.getBilling(), billedBy, c.isHasAvatar());
        });
    }

    public AccountDraft draftOf(long id) {
        Customer c = records.account(id);
        AccountRecords.require(c, AccountAction.EDIT);
        AccountDraft d = new AccountDraft();
        Organization o = organizations.find(c.getOrganizationId()).orElseThrow();
        d.setOrganization(choice(o));
        d.setAdmin(
                c.getUserAccountId() == null
                        ? null
                        : users.findInTenant(c.getUserAccountId())
                                .map(CustomerAccountService::choice)
                                .orElse(null));
        d.setStatus(c.getStatus());
        d.setCustomerNumber(Objects.toString(c.getCustomerNumber(), ""));
        d.setAllowSharedBilling(c.isAllowSharedBilling());
        d.setVersion(c.getVersion());
        return d;
    }

    /** Organizations the account can be built on: live and without an account (plus the current one). */
    public List<Choice> organizationChoices(String search, Long keepId, int offset, int limit) {
        return organizations
                .withoutAccount(search, keepId, PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)))
                .stream()
                .map(CustomerAccountService::choice)
                .toList();
    }

    /** Logins that can become the customer admin; when recovering only GUESTs. */
    public List<Choice> adminChoices(String search, Long keepId, boolean guestsOnly, int offset, int limit) {
        return portalLogins.customerAdminCandidates(search, keepId, guestsOnly, offset, limit).stream()
                .map(CustomerAccountService::choice)
                .toList();
    }

    // --- changing ---

    /** Creates the account; the chosen login becomes its Customer admin. */
    @Transactional
    public long create(AccountDraft d) {
        FieldErrors errors = FieldErrors.of(d);
        Organization o = errors.check(() -> availableOrganization(d.getOrganization(), null));
        UserAccount admin = errors.check(() -> availableAdmin(d.getAdmin(), null, false));
        checkFields(d, null, errors);
        errors.throwIfAny();
        Customer c = new Customer();
        c.setType(CustomerType.BUSINESS);
        c.setSource(CustomerSource.ADMIN);
        c.setOrganizationId(o.getId());
        c.setCompanyName(o.getName());
        c.setUserAccountId(admin.getId());
        applyFields(c, d);
        save(c);
        portalLogins.setCustomerAdmin(admin.getId(), true);
        audit.record(
                "ACCOUNT_CREATED",
                ENTITY,
                c.getId(),
                Summary.of(c.getDisplayName(), admin.getEmail()),
                null,
                state(c, admin));
        return c.getId();
    }

    @Transactional
    public void update(long id, AccountDraft d) {
        Customer c = records.account(id);
        AccountRecords.require(c, AccountAction.EDIT);
        if (c.getVersion() != d.getVersion()) {
            throw new ConcurrentEditException();
        }
        UserAccount oldAdmin = c.getUserAccountId() == null
                ? null
                : users.findInTenant(c.getUserAccountId()).orElse(null);
        Map<String, Object> before = state(c, oldAdmin);
        FieldErrors errors = FieldErrors.of(d);
        Organization o = errors.check(() -> availableOrganization(d.getOrganization(), c.getOrganizationId()));
        UserAccount admin = errors.check(() -> availableAdmin(d.getAdmin(), c.getUserAccountId(), false));
        checkFields(d, id, errors);
        errors.require(
                d.isAllowSharedBilling() || links.countByBillingCustomerId(id) == 0,
                "allowSharedBilling",
                "account.shared-in-use");
        errors.throwIfAny();
        c.setOrganizationId(o.getId());
        c.setCompanyName(o.getName());
        c.setUserAccountId(admin.getId());
        applyFields(c, d);
        save(c);
        if (oldAdmin != null && !oldAdmin.getId().equals(admin.getId())) {
            portalLogins.setCustomerAdmin(oldAdmin.getId(), false);
        }
        portalLogins.setCustomerAdmin(admin.getId(), true);
        audit.record("ACCOUNT_UPDATED", ENTITY, id, Summary.of(c.getDisplayName()), before, state(c, admin));
    }

    @Transactional
    public void updateBilling(long id, BillingInfo billing) {
        Customer c = records.account(id);
        AccountRecords.require(c, AccountAction.EDIT);
        Organization o = organizations.find(c.getOrganizationId()).orElseThrow();
        BillingInfo b = billing.copy();
        b.setDigitalAddress(trim(b.getDigitalAddress()));
        b.setAddress(trim(b.getAddress()));
        b.setMunicipality(trim(b.getMunicipality()));
        b.setResponsible(trim(b.getResponsible()));
        b.setEmail(trim(b.getEmail()).toLowerCase(Locale.ROOT));
        b.setPostCode(trim(b.getPostCode()).toUpperCase(Locale.ROOT));
        if (!b.getPostCode().isEmpty() && !PostCodes.isValid(b.getPostCode(), o.getCountry())) {
            throw new FieldValidationException("postCode", "organization.post-number-invalid");
        }
        PhoneNumbers.Normalized phone =
                PhoneNumbers.optional(b.getPhone(), o.getCountry(), "organization.phone-invalid");
        b.setPhone(phone == null ? "" : phone.display());
        Map<String, Object> before = billingState(c.getBilling());
        c.setBilling(b);
        save(c);
        audit.record(
                "ACCOUNT_BILLING_UPDATED",
                ENTITY,
                id,
                Summary.of(c.getDisplayName()),
                before,
                billingState(c.getBilling()));
    }

    /** Soft delete: the account stays listed as DELETED and its customer admin is released (back to GUEST). */
    @Transactional
    public void softDelete(long id) {
        Customer c = records.account(id);
        AccountRecords.require(c, AccountAction.DELETE);
        markDeleted(c, Summary.of(c.getDisplayName(), 0));
    }

    /** Removes the account for good, unless other accounts still bill through it. */
    @Transactional
    public void permanentlyDelete(long id) {
        Customer c = records.account(id);
        AccountRecords.require(c, AccountAction.PERMANENTLY_DELETE);
        long dependants = links.countByBillingCustomerId(id);
        if (dependants > 0) {
            throw new ActionRefusedException("account.refused.billing-in-use", c.getDisplayName(), dependants);
        }
        links.findBySharedCustomerId(id).ifPresent(link -> {
            Customer billing = accounts.findById(link.getBillingCustomerId()).orElseThrow();
            links.delete(link);
            records.notifyAdmin(
                    billing, "notification.share-removed-billing", c.getDisplayName(), billing.getDisplayName());
        });
        String name = c.getDisplayName();
        accounts.delete(c);
        accounts.flush();
        audit.record("ACCOUNT_PERMANENTLY_DELETED", ENTITY, id, Summary.of(name), null, null);
    }

    /** Restores a soft-deleted account as ACTIVE with a GUEST login as its new customer admin. */
    @Transactional
    public void recover(long id, Choice admin) {
        Customer c = records.account(id);
        AccountRecords.require(c, AccountAction.RECOVER);
        if (organizations
                .find(c.getOrganizationId())
                .map(Organization::isDeleted)
                .orElse(true)) {
            throw new ActionRefusedException("account.refused.organization-deleted", c.getDisplayName());
        }
        UserAccount login = availableAdmin(admin, null, true);
        c.setDeletedAt(null);
        c.setStatus(CustomerStatus.ACTIVE);
        c.setUserAccountId(login.getId());
        save(c);
        portalLogins.setCustomerAdmin(login.getId(), true);
        audit.record(
                "ACCOUNT_RECOVERED",
                ENTITY,
                id,
                Summary.of(c.getDisplayName(), login.getEmail()),
                null,
                state(c, login));
    }

    /** The account follows its organization: renamed with it, soft-deleted with it (same transaction). */
    @EventListener
    @Transactional
    public void organizationChanged(OrganizationChanged event) {
        accounts.findByOrganizationId(event.organizationId()).ifPresent(c -> {
            if (event.kind() == OrganizationChanged.Kind.RENAMED) {
                c.setCompanyName(event.name());
                save(c);
            } else if (!c.isDeleted()) {
                markDeleted(c, Summary.of(c.getDisplayName(), 1));
            }
        });
    }

    // --- helpers ---

    private void markDeleted(Customer c, Summary summary) {
        Long adminId = c.getUserAccountId();
        c.setDeletedAt(Instant.now(clock));
        c.setUserAccountId(null);
        save(c);
        UserAccount admin = adminId == null ? null : portalLogins.setCustomerAdmin(adminId, false);
        audit.record(
                "ACCOUNT_DELETED",
                ENTITY,
                c.getId(),
                summary,
                Collections.singletonMap("customerAdmin", admin == null ? null : admin.getEmail()),
                null);
    }

    private Organization availableOrganization(Choice choice, Long currentId) {
        if (choice == null) {
            throw new FieldValidationException("organization", "validation.required");
        }
        Organization o = organizations
                .find(choice.id())
                .filter(x -> !x.isDeleted())
                .orElseThrow(() -> new FieldValidationException("organization", "account.organization-unavailable"));
        if (!o.getId().equals(currentId)
                && accounts.findByOrganizationId(o.getId()).isPresent()) {
            throw new FieldValidationException("organization", "account.organization-taken");
        }
        return o;
    }

    private UserAccount availableAdmin(Choice choice, Long currentId, boolean guestOnly) {
        if (choice == null) {
            throw new FieldValidationException("admin", "validation.required");
        }
        UserAccount u = users.findInTenant(choice.id())
                .filter(x -> x.getStaffRole() == null && x.getPortalRole() != null)
                .orElseThrow(() -> new FieldValidationException("admin", "account.admin-unavailable"));
        if (guestOnly && u.getPortalRole() != Role.GUEST) {
            throw new FieldValidationException("admin", "account.admin-not-guest");
        }
        if (!u.getId().equals(currentId) && accounts.existsByUserAccountIdAndIdNot(u.getId(), -1L)) {
            throw new FieldValidationException("admin", "account.admin-taken");
        }
        return u;
    }

    private void checkFields(AccountDraft d, Long currentId, FieldErrors errors) {
        errors.require(
                d.getStatus() == CustomerStatus.ACTIVE || d.getStatus() == CustomerStatus.INACTIVE,
                "status",
                "account.status-invalid");
        String number = trim(d.getCustomerNumber());
        errors.require(number.matches("\\d{0,64}"), "customerNumber", "validation.digits-only");
        errors.require(
                errors.has("customerNumber")
                        || number.isEmpty()
                        || !accounts.existsByCustomerNumberAndIdNot(number, currentId == null ? -1L : currentId),
                "customerNumber",
                "account.number-taken");
    }

    /** Call after {@link #checkFields}. */
    private void applyFields(Customer c, AccountDraft d) {
        String number = trim(d.getCustomerNumber());
        c.setStatus(d.getStatus());
        c.setCustomerNumber(number.isEmpty() ? null : number);
        c.setAllowSharedBilling(d.isAllowSharedBilling());
    }

    /** The unique constraints decide races between two admins; each maps to the field it concerns. */
    private void save(Customer c) {
        try {
            accounts.saveAndFlush(c);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            if (Constraints.broke(e, "uk_customer_organization")) {
                throw new FieldValidationException("organization", "account.organization-taken");
            } else if (Constraints.broke(e, "uk_customer_login")) {
                throw new FieldValidationException("admin", "account.admin-taken");
            } else if (Constraints.broke(e, "uk_customer_number")) {
                throw new FieldValidationException("customerNumber", "account.number-taken");
            }
            throw e;
        }
    }

    private static Choice choice(Organization o) {
        return new Choice(o.getId(), o.getName(), o.getOrgNumber());
    }

    private static Choice choice(UserAccount u) {
        return new Choice(u.getId(), u.displayName(), u.getEmail());
    }

    private static Map<String, Object> state(Customer c, UserAccount admin) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organization", c.getCompanyName());
        m.put("customerAdmin", admin == null ? null : admin.getEmail());
        m.put("status", c.getStatus());
        m.put("customerNumber", c.getCustomerNumber());
        m.put("allowSharedBilling", c.isAllowSharedBilling());
        return m;
    }

    private static Map<String, Object> billingState(BillingInfo b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("digitalAddress", b.getDigitalAddress());
        m.put("address", b.getAddress());
        m.put("postCode", b.getPostCode());
        m.put("municipality", b.getMunicipality());
        m.put("phone", b.getPhone());
        m.put("email", b.getEmail());
        m.put("responsible", b.getResponsible());
        return m;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
