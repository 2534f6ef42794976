package io.clientele.customer;

import static io.clientele.base.Texts.blank;
import static io.clientele.base.Texts.trimToNull;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.BusinessEvent;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.base.SpecificationQueries;
import io.clientele.security.CurrentUser;
import io.clientele.security.Roles;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.TenantService;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.VIEWER + "')")
public class CustomerService {
    public static final int RECENT_DAYS = 30;
    private static final String ENTITY = "CUSTOMER";

    private final CustomerRepository customers;
    private final CustomerTeamRepository customerTeams;
    private final TeamRepository teams;
    private final CustomerAvatarRepository avatars;
    private final GroupService groups;
    private final DeviceRegistrationRepository devices;
    private final ConsentService consents;
    private final SpecificationQueries queries;
    private final UserAccountService users;
    private final TenantService tenants;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CustomerTallies tallies;

    private final Clock clock;

    CustomerService(
            CustomerRepository customers,
            CustomerTeamRepository customerTeams,
            TeamRepository teams,
            CustomerAvatarRepository avatars,
            GroupService groups,
            DeviceRegistrationRepository devices,
            ConsentService consents,
            SpecificationQueries queries,
            UserAccountService users,
            TenantService tenants,
            AuditService audit,
            ApplicationEventPublisher events,
            CustomerTallies tallies,
            Clock clock) {
        this.clock = clock;
        this.tallies = tallies;
        this.events = events;
        this.groups = groups;
        this.devices = devices;
        this.consents = consents;
        this.customers = customers;
        this.customerTeams = customerTeams;
        this.teams = teams;
        this.avatars = avatars;
        this.queries = queries;
        this.users = users;
        this.tenants = tenants;
        this.audit = audit;
    }

    public List<CustomerRow> list(CustomerFilter filter, Pageable pageable) {
        return withParts(
                queries
                        .tuplePage(Customer.class, CustomerSpecifications.matching(filter), pageable, ROW_ATTRIBUTES)
                        .stream()
                        .map(CustomerService::plainRow)
                        .toList(),
                EnumSet.allOf(RowPart.class));
    }

    /** What a row carries beyond the customer's own columns; each part costs one statement per page or chunk. */
    public enum RowPart {
        TEAMS,
        GROUPS,
        PUSH,
        CONSENTS,
        LOGIN
    }

    /** The customer's own columns of a row, read by name by {@link #plainRow(Tuple)}. */
    static final String[] ROW_ATTRIBUTES = {
        "id",
        "displayName",
        "firstName",
        "lastName",
        "email",
        "phone",
        "type",
        "status",
        "allTeams",
        "nextVisitAt",
        "createdAt",
        "lastLoginAt",
        "hasAvatar",
        "deletedAt",
        "userAccountId"
    };

    private static CustomerRow plainRow(Customer c) {
        return new CustomerRow(
                c.getId(),
                c.getDisplayName(),
                c.getFirstName(),
                c.getLastName(),
                c.getEmail(),
                c.getPhone(),
                c.getType(),
                c.getStatus(),
                c.isAllTeams(),
                List.of(),
                List.of(),
                false,
                c.getNextVisitAt(),
                c.getCreatedAt(),
                c.getLastLoginAt(),
                c.isHasAvatar(),
                c.getDeletedAt() != null,
                c.getUserAccountId(),
                null,
                Map.of());
    }

    /** A row of {@link #ROW_ATTRIBUTES} alone: no teams, groups, push, consents nor login role yet. */
    static CustomerRow plainRow(Tuple t) {
        return new CustomerRow(
                t.get("id", Long.class),
                t.get("displayName", String.class),
                t.get("firstName", String.class),
                t.get("lastName", String.class),
                t.get("email", String.class),
                t.get("phone", String.class),
                t.get("type", CustomerType.class),
                t.get("status", CustomerStatus.class),
                t.get("allTeams", Boolean.class),
                List.of(),
                List.of(),
                false,
                t.get("nextVisitAt", Instant.class),
                t.get("createdAt", Instant.class),
                t.get("lastLoginAt", Instant.class),
                t.get("hasAvatar", Boolean.class),
                t.get("deletedAt") != null,
                t.get("userAccountId", Long.class),
                null,
                Map.of());
    }

    /**
     * {@code plain} rows with the {@code parts} filled in, one statement per part for all of them, never one per
     * row: a page of the list takes every part, an export only what its columns show.
     */
    public List<CustomerRow> withParts(List<CustomerRow> plain, Set<RowPart> parts) {
        if (plain.isEmpty()) {
            return plain;
        }
        List<Long> all = plain.stream().map(CustomerRow::id).toList();
        Map<Long, List<String>> teamNames = new HashMap<>();
        List<Long> someTeams = parts.contains(RowPart.TEAMS)
                ? plain.stream().filter(r -> !r.allTeams()).map(CustomerRow::id).toList()
                : List.of();
        if (!someTeams.isEmpty()) {
            for (Object[] row : customerTeams.teamNames(someTeams)) {
                teamNames.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        Map<Long, List<String>> groupNames = parts.contains(RowPart.GROUPS) ? groups.namesOf(all) : Map.of();
        Set<Long> pushable = parts.contains(RowPart.PUSH) && !all.isEmpty() ? devices.pushable(all) : Set.of();
        Map<Long, Map<Long, Consent>> answers = parts.contains(RowPart.CONSENTS) ? consents.of(all) : Map.of();
        // The logins' staff roles decide who may reset their passwords.
        Map<Long, UserAccount> logins = parts.contains(RowPart.LOGIN)
                ? users.findAllInTenant(plain.stream()
                        .map(CustomerRow::loginId)
                        .filter(Objects::nonNull)
                        .toList())
                : Map.of();
        return plain.stream()
                .map(r -> {
                    UserAccount login = r.loginId() == null ? null : logins.get(r.loginId());
                    return new CustomerRow(
                            r.id(),
                            r.displayName(),
                            r.firstName(),
                            r.lastName(),
                            r.email(),
                            r.phone(),
                            r.type(),
                            r.status(),
                            r.allTeams(),
                            teamNames.getOrDefault(r.id(), List.of()),
                            groupNames.getOrDefault(r.id(), List.of()),
                            pushable.contains(r.id()),
                            r.nextVisit(),
                            r.createdAt(),
                            r.lastLoginAt(),
                            r.hasAvatar(),
                            r.deleted(),
                            r.loginId(),
                            login == null ? null : login.getStaffRole(),
                            answers.getOrDefault(r.id(), Map.of()));
                })
                .toList();
    }

    public long count(CustomerFilter filter) {
        if (tallies.kept() && filter.byStatusAlone()) {
            return tallies.count(filter.statuses() == null ? Set.of() : filter.statuses(), filter.includeDeleted());
        }
        return customers.count(CustomerSpecifications.matching(filter));
    }

    // --- Reads for other features' views of customers (Users → Customers (B2C)) ---

    /** A page of customers meeting {@code where}, a feature's own filter over the customer's fields. */
    public List<Customer> matching(Specification<Customer> where, Pageable pageable) {
        return queries.page(Customer.class, where, pageable);
    }

    public long countMatching(Specification<Customer> where) {
        return customers.count(where);
    }

    public boolean exists(long id) {
        return customers.existsById(id);
    }

    /** Soft-deletes the live individual customers among {@code ids} (the B2C tab's selection); returns how many. */
    @PreAuthorize("hasRole('" + Roles.BACKOFFICE + "')")
    @Transactional
    public int softDeleteIndividuals(Collection<Long> ids) {
        int n = 0;
        for (Customer c : customers.findByIdIn(ids)) {
            if (!c.isDeleted() && c.getOrganizationId() == null) {
                c.setDeletedAt(Instant.now(clock));
                audit.record("CUSTOMER_DELETED", ENTITY, c.getId(), Summary.of(c.getDisplayName()), null, null);
                events.publishEvent(
                        BusinessEvent.of(BusinessEvent.CUSTOMER_DELETED, c.getId(), CustomerEvents.data(c)));
                n++;
            }
        }
        return n;
    }

    /**
     * Undo of {@link #softDeleteIndividuals}: the deleted individual customers among {@code ids} come back, with what
     * hung on them (nothing was removed). Returns how many.
     */
    @PreAuthorize("hasRole('" + Roles.BACKOFFICE + "')")
    @Transactional
    public int restoreIndividuals(Collection<Long> ids) {
        int n = 0;
        for (Customer c : customers.findByIdIn(ids)) {
            if (c.isDeleted() && c.getOrganizationId() == null) {
                c.setDeletedAt(null);
                audit.record("CUSTOMER_RESTORED", ENTITY, c.getId(), Summary.of(c.getDisplayName()), null, null);
                n++;
            }
        }
        return n;
    }

    /**
     * The four cards over the live customers: from PostgreSQL's counters, else counted in one pass over the table
     * instead of four.
     */
    public CustomerSummary summary(ZoneId zone) {
        Instant since = LocalDate.now(clock.withZone(zone))
                .minusDays(RECENT_DAYS - 1)
                .atStartOfDay(zone)
                .toInstant();
        if (tallies.kept()) {
            return tallies.summary(since);
        }
        Object[] counts = customers.summary(since).getFirst();
        return new CustomerSummary(number(counts[0]), number(counts[1]), number(counts[2]), number(counts[3]));
    }

    private static long number(Object count) {
        return count == null ? 0 : ((Number) count).longValue();
    }

    public Optional<CustomerDetails> details(long id) {
        return customers.findById(id).map(c -> details(c, EnumSet.allOf(RowPart.class)));
    }

    private CustomerDetails details(Customer c, Set<RowPart> parts) {
        Optional<UserAccount> login = c.getUserAccountId() == null || !parts.contains(RowPart.LOGIN)
                ? Optional.empty()
                : users.findInTenant(c.getUserAccountId());
        CustomerRow row = withParts(List.of(plainRow(c)), parts).getFirst();
        return new CustomerDetails(
                row,
                c.getFirstName(),
                c.getLastName(),
                c.getCompanyName(),
                c.getCustomerNumber(),
                c.getSource(),
                c.getUpdatedAt(),
                login.map(UserAccount::getEmail).orElse(null),
                login.map(UserAccount::getStaffRole).orElse(null),
                login.map(UserAccount::getPortalRole).orElse(null),
                c.getOrganizationId(),
                c.getVersion());
    }

    /** The calling customer's own record (a business customer's API key): never another's. */
    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public CustomerDetails own() {
        Customer c = customers
                .findById(CurrentUser.requireCustomerScope())
                .orElseThrow(() -> new NoSuchElementException("Customer"));
        // Only the customer's own columns: groups, teams and consents are the tenant's business, not the customer's.
        return details(c, EnumSet.noneOf(RowPart.class));
    }

    /**
     * The calling customer changes its own name, company and phone (not its e-mail, status or teams: the tenant's
     * staff decide those). Blank leaves a value as it is only where {@code null} is given.
     */
    @PreAuthorize(Roles.CUSTOMER_WRITES)
    @Transactional
    public void updateOwn(String firstName, String lastName, String companyName, String phone, int version) {
        long id = CurrentUser.requireCustomerScope();
        CustomerDraft d = draftOf(id);
        if (d.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        d.setFirstName(firstName == null ? d.getFirstName() : firstName);
        d.setLastName(lastName == null ? d.getLastName() : lastName);
        d.setCompanyName(companyName == null ? d.getCompanyName() : companyName);
        d.setPhone(phone == null ? d.getPhone() : phone);
        update(id, d);
    }

    public CustomerDraft draftOf(long id) {
        Customer c = customers.findById(id).orElseThrow(() -> new NoSuchElementException("Customer " + id));
        CustomerDraft d = new CustomerDraft();
        d.setType(c.getType());
        d.setFirstName(Objects.toString(c.getFirstName(), ""));
        d.setLastName(Objects.toString(c.getLastName(), ""));
        d.setCompanyName(Objects.toString(c.getCompanyName(), ""));
        d.setEmail(Objects.toString(c.getEmail(), ""));
        d.setPhone(Objects.toString(c.getPhone(), ""));
        d.setStatus(c.getStatus());
        d.setAllTeams(c.isAllTeams());
        d.setTeams(new HashSet<>(teams.findAllById(customerTeams.teamIds(id))));
        d.setVersion(c.getVersion());
        return d;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long create(CustomerDraft draft) {
        return create(draft, CustomerSource.ADMIN);
    }

    /** A new customer that came {@code from} elsewhere than the console's form (an import, the API). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public long create(CustomerDraft draft, CustomerSource from) {
        Customer c = new Customer();
        c.setSource(from);
        apply(c, draft, null);
        try {
            customers.saveAndFlush(c);
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("email", "customer.email-taken");
        }
        replaceTeams(c, draft.isAllTeams(), draft.getTeams());
        audit.record("CUSTOMER_CREATED", ENTITY, c.getId(), Summary.of(c.getDisplayName()), null, state(c));
        events.publishEvent(BusinessEvent.of(BusinessEvent.CUSTOMER_CREATED, c.getId(), CustomerEvents.data(c)));
        return c.getId();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void update(long id, CustomerDraft draft) {
        Customer c = customers.findById(id).orElseThrow(() -> new NoSuchElementException("Customer " + id));
        if (c.getVersion() != draft.getVersion()) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = state(c);
        CustomerStatus statusBefore = c.getStatus();
        apply(c, draft, id);
        replaceTeams(c, draft.isAllTeams(), draft.getTeams());
        try {
            customers.saveAndFlush(c);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("email", "customer.email-taken");
        }
        audit.record("CUSTOMER_UPDATED", ENTITY, c.getId(), Summary.of(c.getDisplayName()), before, state(c));
        events.publishEvent(BusinessEvent.of(BusinessEvent.CUSTOMER_UPDATED, c.getId(), CustomerEvents.data(c)));
        if (c.getStatus() == CustomerStatus.BLOCKED && statusBefore != CustomerStatus.BLOCKED) {
            events.publishEvent(BusinessEvent.of(BusinessEvent.CUSTOMER_BLOCKED, c.getId(), CustomerEvents.data(c)));
        }
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void assignTeams(long id, boolean allTeams, Set<Team> selected) {
        Customer c = customers.findById(id).orElseThrow(() -> new NoSuchElementException("Customer " + id));
        if (!allTeams && (selected == null || selected.isEmpty())) {
            throw new FieldValidationException("teams", "customer.teams-required");
        }
        Map<String, Object> before = Map.of("teams", c.isAllTeams() ? "All teams" : c.getTeamsLabel());
        replaceTeams(c, allTeams, selected);
        audit.record(
                "CUSTOMER_TEAMS_ASSIGNED",
                ENTITY,
                c.getId(),
                Summary.of(c.getDisplayName(), allTeams ? 1 : 0, allTeams ? "" : c.getTeamsLabel()),
                before,
                Map.of("teams", allTeams ? "All teams" : c.getTeamsLabel()));
    }

    public Optional<Avatar> avatar(long customerId) {
        return avatars.findById(customerId).map(a -> new Avatar(a.getContentType(), a.getData()));
    }

    public record Avatar(String contentType, byte[] data) {}

    /** Keeps has_avatar in step with the avatar table. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void storeAvatar(long customerId, String contentType, byte[] data) {
        Customer c = customers.findById(customerId).orElseThrow();
        avatars.save(new CustomerAvatar(customerId, contentType, data));
        c.setHasAvatar(true);
    }

    void replaceTeams(Customer c, boolean allTeams, Set<Team> selected) {
        customerTeams.deleteByCustomer(c.getId());
        if (allTeams) {
            showTeams(c, true, java.util.stream.Stream.empty());
            return;
        }
        List<Team> chosen = teams.findAllById(selected.stream().map(Team::getId).toList());
        customerTeams.saveAll(
                chosen.stream().map(t -> new CustomerTeam(c.getId(), t.getId())).toList());
        showTeams(c, false, chosen.stream().map(Team::getName));
    }

    /** The customer's Teams column: all teams (no label), or its teams' {@code names}. */
    static void showTeams(Customer c, boolean allTeams, java.util.stream.Stream<String> names) {
        c.setAllTeams(allTeams);
        c.setTeamsLabel(allTeams ? "" : label(names));
    }

    static String label(java.util.stream.Stream<String> names) {
        return names.sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
    }

    private void apply(Customer c, CustomerDraft d, Long existingId) {
        store(c, d, validate(c, d, existingId, tenants.country(), true));
    }

    /** Writes checked {@code d} (its phone number as stored) over {@code c}. */
    private static void store(Customer c, CustomerDraft d, PhoneNumbers.Normalized phone) {
        String email = email(d);
        c.setType(d.getType());
        c.setFirstName(trimToNull(d.getFirstName()));
        c.setLastName(trimToNull(d.getLastName()));
        // A business is named by its company; a person may name the company they work for (portal sign-up, App users).
        c.setCompanyName(trimToNull(d.getCompanyName()));
        c.setEmail(email.isEmpty() ? null : email);
        c.setPhone(phone);
        c.setStatus(d.getStatus());
        c.derive();
    }

    /**
     * What is wrong with {@code draft} as a new customer (or as {@code existingId}) by the form's rules, every
     * problem at once; nothing is stored. An import checks each row with it before anything is written.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<FieldValidationException> problems(CustomerDraft draft, Long existingId) {
        Customer c = existingId == null
                ? new Customer()
                : customers
                        .findById(existingId)
                        .orElseThrow(() -> new NoSuchElementException("Customer " + existingId));
        try {
            validate(c, draft, existingId, tenants.country(), true);
            return List.of();
        } catch (FieldValidationException e) {
            return e.all();
        }
    }

    /** A new customer as {@link #checkNew} answers it: the customer to store, or what is wrong with its draft. */
    public record Checked(Customer customer, List<FieldValidationException> problems) {}

    /**
     * Many new customers checked at once as {@link #create} checks one, except whether an e-mail is taken: the caller
     * answers for that (an import into a tenant with no customers checks its file against itself). Answers per draft,
     * in order, the customer as it would be stored (derived names, the phone number as stored, its teams' label) or its
     * problems; nothing is stored.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<Checked> checkNew(List<CustomerDraft> drafts, CustomerSource from) {
        String country = tenants.country();
        List<Checked> checked = new ArrayList<>(drafts.size());
        for (CustomerDraft d : drafts) {
            Customer c = new Customer();
            c.setSource(from);
            try {
                store(c, d, validate(c, d, null, country, false));
                showTeams(c, d.isAllTeams(), d.getTeams().stream().map(Team::getName));
                checked.add(new Checked(c, List.of()));
            } catch (FieldValidationException e) {
                checked.add(new Checked(null, e.all()));
            }
        }
        return checked;
    }

    /** The live customer with this e-mail address (any case), if one has it. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Optional<Long> withEmail(String email) {
        return customers
                .findFirstByEmailIgnoreCaseAndDeletedAtIsNull(email.strip())
                .map(Customer::getId);
    }

    /**
     * Checks {@code d} for {@code c} (its phone number in {@code country}, its e-mail against the tenant's when
     * {@code lookUpEmail}); throws every problem at once, else answers the phone number as stored.
     */
    private PhoneNumbers.Normalized validate(
            Customer c, CustomerDraft d, Long existingId, String country, boolean lookUpEmail) {
        FieldErrors errors = FieldErrors.of(d);
        if (c.getOrganizationId() != null) {
            // A customer account is a business named after its organization; rename the organization instead.
            errors.require(d.getType() == CustomerType.BUSINESS, "firstName", "customer.account-must-be-business");
            errors.require(
                    Objects.equals(trimToNull(d.getCompanyName()), c.getCompanyName()),
                    "companyName",
                    "customer.account-name-from-organization");
        }
        String email = email(d);
        if (d.getType() == CustomerType.BUSINESS) {
            errors.require(!blank(d.getCompanyName()), "companyName", "customer.company-required");
        } else {
            errors.require(!blank(d.getFirstName()) || !blank(d.getLastName()), "firstName", "customer.name-required");
        }
        errors.require(
                email.isEmpty()
                        || errors.has("email")
                        || !lookUpEmail
                        || !(existingId == null
                                ? customers.existsByEmailIgnoreCase(email)
                                : customers.existsByEmailIgnoreCaseAndIdNot(email, existingId)),
                "email",
                "customer.email-taken");
        PhoneNumbers.Normalized phone =
                errors.check(() -> PhoneNumbers.optional(d.getPhone(), country, "customer.phone-invalid"));
        errors.throwIfAny();
        return phone;
    }

    private static String email(CustomerDraft d) {
        return d.getEmail() == null ? "" : d.getEmail().trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> state(Customer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.getDisplayName());
        m.put("type", c.getType());
        m.put("status", c.getStatus());
        m.put("email", c.getEmail());
        m.put("phone", c.getPhone());
        m.put("teams", c.isAllTeams() ? "All teams" : c.getTeamsLabel());
        return m;
    }
}
