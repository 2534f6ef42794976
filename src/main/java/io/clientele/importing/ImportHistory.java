package io.clientele.importing;

import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.LikePatterns;
import io.clientele.base.OwnerType;
import io.clientele.base.SqlOrder;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.Consent;
import io.clientele.customer.ConsentService;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.customer.GroupService;
import io.clientele.customer.Team;
import io.clientele.customer.TeamService;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressService;
import io.clientele.directory.ContactDraft;
import io.clientele.directory.ContactService;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Roles;
import io.clientele.tenant.Tenant;
import io.clientele.tenant.TenantContext;
import io.clientele.tenant.TenantService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every import of a tenant: its file, its job (who, when, how far, the outcome), its failed rows, and what it created
 * or changed, so it can be undone within the tenant's trash retention (30 days without one): the customers it
 * created go to the Trash, the ones it updated get their earlier values back unless someone changed them since. One
 * import or undo runs at a time in a tenant, so two imports of one file cannot both create its rows.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ImportHistory {
    static final String UNDO_KIND = "CUSTOMERS_IMPORT_UNDONE";
    private static final int UNDO_CHUNK = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "i.created_at",
            "fileName", "lower(i.file_name)",
            "records", "i.records",
            "startedBy", "lower(j.started_by)",
            "status", "j.status");
    private static final String SELECT = "SELECT i.id, i.records, i.file_name, i.created_at, i.job_id, i.undone_at, "
            + "i.report IS NOT NULL AS has_report, "
            + "j.started_by, j.status, j.done, j.total, j.detail, u.status AS undo_status";
    private static final String FROM =
            " FROM customer_import i LEFT JOIN bulk_job j ON j.id = i.job_id LEFT JOIN bulk_job u ON u.id = i.undo_job_id";

    /** Where an import stands in the history. */
    public enum State {
        RUNNING,
        DONE,
        CANCELLED,
        FAILED,
        UNDOING,
        UNDONE
    }

    /** One import in the history list. */
    public record Entry(
            long id,
            ImportField.Records records,
            String fileName,
            String startedBy,
            Instant startedAt,
            State state,
            int done,
            int total,
            ImportRun.Outcome outcome,
            boolean hasReport,
            Long jobId,
            Instant undoUntil) {
        /** Whether Undo import may run now (the server checks again). */
        public boolean undoable(Instant now) {
            return refusal(now).isEmpty();
        }

        Optional<ActionRefusedException> refusal(Instant now) {
            if (state == State.RUNNING || state == State.UNDOING) {
                return Optional.of(new ActionRefusedException("import.refused-running"));
            }
            if (state == State.UNDONE) {
                return Optional.of(new ActionRefusedException("import.refused-undone"));
            }
            if (outcome.created() + outcome.updated() == 0) {
                return Optional.of(new ActionRefusedException("import.refused-nothing"));
            }
            if (now.isAfter(undoUntil)) {
                return Optional.of(new ActionRefusedException(
                        "import.refused-too-late",
                        Duration.between(startedAt, undoUntil).toDays()));
            }
            return Optional.empty();
        }
    }

    /** The file name of an import's failed rows: always CSV. */
    public static String reportName(String fileName) {
        return "failed-" + fileName.replaceAll("\\.[^.]*$", "") + ".csv";
    }

    /** What an undo did: created customers moved to the Trash, updated ones restored, ones changed since kept. */
    public record Undone(int trashed, int restored, int kept) {
        public static Undone of(String detail) {
            String[] p = detail == null ? new String[0] : detail.split(";");
            return p.length == 3
                    ? new Undone(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]))
                    : new Undone(0, 0, 0);
        }

        String detail() {
            return trashed + ";" + restored + ";" + kept;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BulkJobService jobs;
    private final CustomerService customers;
    private final TeamService teams;
    private final GroupService groups;
    private final TenantService tenants;
    private final OrganizationService organizations;
    private final ContactService contacts;
    private final AddressService addresses;
    private final ConsentService consents;
    private final Clock clock;

    ImportHistory(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            BulkJobService jobs,
            CustomerService customers,
            TeamService teams,
            GroupService groups,
            OrganizationService organizations,
            ContactService contacts,
            AddressService addresses,
            TenantService tenants,
            ConsentService consents,
            Clock clock) {
        this.consents = consents;
        this.addresses = addresses;
        this.contacts = contacts;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.tx = tx;
        this.jobs = jobs;
        this.customers = customers;
        this.teams = teams;
        this.groups = groups;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * A new import of {@code fileName}, holding the tenant's one running import; refused while another import or
     * undo runs there. An import whose job has ended (a node died under it) holds nothing any more.
     */
    long begin(String fileName, ImportField.Records records) {
        long tenant = TenantContext.require();
        return tx.execute(s -> {
            claim(
                    tenant,
                    "INSERT INTO customer_import (tenant_id, records, file_name, running_in, created_at) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    tenant,
                    records.name(),
                    fileName,
                    tenant,
                    Timestamp.from(Instant.now(clock)));
            return jdbc.queryForObject("SELECT id FROM customer_import WHERE running_in = ?", Long.class, tenant);
        });
    }

    /**
     * Takes the tenant's one running slot with {@code sql} (an import, or an undo, starting), after freeing it from a
     * job that ended without saying so; refused while another holds it.
     */
    private void claim(long tenant, String sql, Object... args) {
        release(tenant);
        try {
            jdbc.update(sql, args);
        } catch (DataIntegrityViolationException running) {
            throw new ActionRefusedException("import.refused-running");
        }
    }

    /** Frees the tenant's running slot when the job holding it has ended without saying so. */
    private void release(long tenant) {
        jdbc.update(
                "UPDATE customer_import SET running_in = NULL WHERE running_in = ? AND ("
                        + "(job_id IS NULL AND undo_job_id IS NULL AND created_at < ?) "
                        + "OR EXISTS (SELECT 1 FROM bulk_job b WHERE b.id = coalesce(customer_import.undo_job_id, "
                        + "customer_import.job_id) AND b.status <> 'RUNNING'))",
                tenant,
                Timestamp.from(Instant.now(clock).minus(Duration.ofMinutes(5))));
    }

    void started(long importId, long jobId) {
        jdbc.update("UPDATE customer_import SET job_id = ? WHERE id = ?", jobId, importId);
    }

    /** The import ended (done, cancelled, failed or refused before it started); its failed rows are kept. */
    void ended(long importId, byte[] report) {
        jdbc.update(
                "UPDATE customer_import SET running_in = NULL, report = ? WHERE id = ?",
                report == null || report.length == 0 ? null : report,
                importId);
    }

    /** Inside the row's transaction: the import created {@code id} among its {@code records}. */
    void created(long importId, ImportField.Records records, long id) {
        Changes c = Changes.of(records);
        jdbc.update(
                "INSERT INTO " + c.table() + " (import_id, " + c.column() + ", created, version_after) "
                        + "SELECT ?, id, true, version FROM " + c.source() + " WHERE id = ?",
                importId,
                id);
    }

    /** Inside a staged chunk's transaction: the import created these customers (PostgreSQL: one statement). */
    void created(long importId, List<Long> customerIds) {
        Changes c = Changes.of(ImportField.Records.CUSTOMERS);
        jdbc.update(
                "INSERT INTO " + c.table() + " (import_id, " + c.column() + ", created, version_after) "
                        + "SELECT ?, id, true, version FROM " + c.source() + " WHERE id = ANY(?)",
                ps -> {
                    ps.setLong(1, importId);
                    ps.setArray(2, ps.getConnection().createArrayOf("bigint", customerIds.toArray()));
                });
    }

    /** Inside the row's transaction: the import updated {@code id} among its {@code records}, which had {@code before}. */
    private void updated(long importId, ImportField.Records records, long id, Map<String, Object> before) {
        Changes c = Changes.of(records);
        jdbc.update(
                "INSERT INTO " + c.table() + " (import_id, " + c.column() + ", created, before_state, version_after) "
                        + "SELECT ?, id, false, ?, version FROM " + c.source() + " WHERE id = ?",
                importId,
                JSON.writeValueAsString(before),
                id);
    }

    /** Inside the row's transaction: the import updated organization {@code organizationId}, which had {@code before}. */
    void updated(long importId, long organizationId, OrganizationDraft before) {
        Map<String, Object> state = new LinkedHashMap<>();
        ORGANIZATION_FIELDS.forEach(
                (name, f) -> state.put(name, java.util.Objects.toString(f.get().apply(before), "")));
        updated(importId, ImportField.Records.ORGANIZATIONS, organizationId, state);
    }

    /**
     * Inside the row's transaction: the import updated contact {@code contactId}, which had {@code before}, and saved
     * its address {@code addressId} (if not null), which had {@code addressBefore} (null: the import added it).
     */
    void updated(long importId, long contactId, ContactDraft before, Long addressId, AddressDraft addressBefore) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("firstName", before.getFirstName());
        state.put("lastName", before.getLastName());
        state.put("email", before.getEmail());
        state.put("phone", before.getPhone());
        state.put(
                "companyId",
                before.getCompany() == null ? null : before.getCompany().id());
        address(state, addressId, addressBefore);
        updated(importId, ImportField.Records.CONTACTS, contactId, state);
    }

    /** The organization's fields an import fills, by name, as an undo puts them back. */
    private static final Map<String, OrganizationField> ORGANIZATION_FIELDS = Map.of(
            "name", new OrganizationField(OrganizationDraft::getName, OrganizationDraft::setName),
            "orgNumber", new OrganizationField(OrganizationDraft::getOrgNumber, OrganizationDraft::setOrgNumber),
            "legalForm", new OrganizationField(OrganizationDraft::getLegalForm, OrganizationDraft::setLegalForm),
            "email", new OrganizationField(OrganizationDraft::getEmail, OrganizationDraft::setEmail),
            "phone", new OrganizationField(OrganizationDraft::getPhone, OrganizationDraft::setPhone),
            "website", new OrganizationField(OrganizationDraft::getWebsite, OrganizationDraft::setWebsite),
            "address", new OrganizationField(OrganizationDraft::getAddress, OrganizationDraft::setAddress),
            "postCode", new OrganizationField(OrganizationDraft::getPostCode, OrganizationDraft::setPostCode),
            "city", new OrganizationField(OrganizationDraft::getCity, OrganizationDraft::setCity),
            "country", new OrganizationField(OrganizationDraft::getCountry, OrganizationDraft::setCountry));

    private record OrganizationField(
            java.util.function.Function<OrganizationDraft, String> get,
            java.util.function.BiConsumer<OrganizationDraft, String> set) {}

    /** Moves organizations an import created to the Trash; answers how many were still live. */
    private int trash(List<Long> created) {
        int trashed = 0;
        for (long id : created) {
            if (organizations.live(id).isPresent()) {
                organizations.softDelete(id);
                trashed++;
            }
        }
        return trashed;
    }

    /** Puts an updated organization back as it was, if nobody changed it after the import and it is still valid. */
    private boolean restoreOrganization(Change c) {
        Optional<Unchanged<OrganizationDraft>> unchanged =
                unchanged(c, organizations::draftOf, OrganizationDraft::getVersion);
        if (unchanged.isEmpty() || organizations.live(c.recordId()).isEmpty()) {
            return false;
        }
        OrganizationDraft d = unchanged.get().draft();
        Map<String, Object> before = unchanged.get().before();
        ORGANIZATION_FIELDS.forEach((name, f) -> f.set().accept(d, (String) before.get(name)));
        if (!organizations.problems(d, c.recordId()).isEmpty()) {
            return false;
        }
        organizations.update(c.recordId(), d);
        return true;
    }

    /** Puts an updated contact back as it was, if nobody changed it after the import and its company is still there. */
    private boolean restoreContact(Change c) {
        Optional<Unchanged<ContactDraft>> unchanged = unchanged(c, contacts::draftOf, ContactDraft::getVersion);
        if (unchanged.isEmpty()) {
            return false;
        }
        ContactDraft d = unchanged.get().draft();
        Map<String, Object> before = unchanged.get().before();
        d.setFirstName((String) before.get("firstName"));
        d.setLastName((String) before.get("lastName"));
        d.setEmail((String) before.get("email"));
        d.setPhone((String) before.get("phone"));
        Number company = (Number) before.get("companyId");
        d.setCompany(
                company == null
                        ? null
                        : organizations
                                .live(company.longValue())
                                .map(o -> new Choice(o.getId(), o.getName(), o.getOrgNumber()))
                                .orElse(null));
        if ((company != null && d.getCompany() == null) || !contacts.problems(d).isEmpty()) {
            return false;
        }
        contacts.updateContact(c.recordId(), d, null);
        if (before.get("address") instanceof Map<?, ?> address) {
            restoreAddress(OwnerType.CONTACT, c.recordId(), address);
        }
        return true;
    }

    /**
     * Inside the row's transaction: the import updated {@code customerId}, which had {@code before}, and saved its
     * address {@code addressId} (null: none), which had {@code addressBefore} (null: the import added it).
     */
    void updated(
            long importId,
            long customerId,
            CustomerDraft before,
            List<CustomerGroup> groupsBefore,
            Long addressId,
            AddressDraft addressBefore,
            Map<Long, Consent> consentsBefore) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", before.getType().name());
        state.put("firstName", before.getFirstName());
        state.put("lastName", before.getLastName());
        state.put("companyName", before.getCompanyName());
        state.put("email", before.getEmail());
        state.put("phone", before.getPhone());
        state.put("status", before.getStatus().name());
        state.put("allTeams", before.isAllTeams());
        state.put(
                "teams", before.getTeams().stream().map(t -> t.getId()).sorted().toList());
        state.put(
                "groups",
                groupsBefore.stream().map(CustomerGroup::getId).sorted().toList());
        address(state, addressId, addressBefore);
        List<Map<String, Object>> answers = new ArrayList<>();
        consentsBefore.forEach((field, consent) -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("field", field);
            if (consent != null) {
                answer.put("granted", consent.granted());
                answer.put("at", consent.recordedAt().toString());
                answer.put("source", consent.source());
            }
            answers.add(answer);
        });
        state.put("consents", answers);
        updated(importId, ImportField.Records.CUSTOMERS, customerId, state);
    }

    /** The address an import saved, in a record's state before it: the one it added, or the values it replaced. */
    private static void address(Map<String, Object> state, Long addressId, AddressDraft addressBefore) {
        if (addressId == null) {
            return;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        if (addressBefore == null) {
            address.put("added", addressId);
        } else {
            address.put("id", addressId);
            address.put("line1", addressBefore.getLine1());
            address.put("postCode", addressBefore.getPostCode());
            address.put("city", addressBefore.getCity());
            address.put("country", addressBefore.getCountry());
        }
        state.put("address", address);
    }

    @Transactional(readOnly = true)
    public List<Entry> list(String search, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = where(search, args);
        args.add(page.getPageSize());
        args.add(page.getOffset());
        return jdbc.query(
                SELECT + FROM + where + " ORDER BY " + SqlOrder.of(page.getSort(), SORTS, "i.created_at DESC")
                        + ", i.id DESC LIMIT ? OFFSET ?",
                (rs, n) -> entry(rs, retention()),
                args.toArray());
    }

    /** How long an import can be undone: as long as the Trash keeps what it deletes (30 days without a limit). */
    private Duration retention() {
        Integer days = tenants.current().map(Tenant::getTrashRetentionDays).orElse(null);
        return Duration.ofDays(days == null ? 30 : days);
    }

    @Transactional(readOnly = true)
    public long count(String search) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("SELECT count(*)" + FROM + where(search, args), Long.class, args.toArray());
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(long importId) {
        List<Object> args = new ArrayList<>();
        String where = where(null, args) + " AND i.id = ?";
        args.add(importId);
        return jdbc.query(SELECT + FROM + where, (rs, n) -> entry(rs, retention()), args.toArray()).stream()
                .findFirst();
    }

    private static String where(String search, List<Object> args) {
        args.add(TenantContext.require());
        String like = LikePatterns.contains(search);
        if (like.equals("%%")) {
            return " WHERE i.tenant_id = ?";
        }
        args.add(like);
        args.add(like);
        return " WHERE i.tenant_id = ? AND (lower(i.file_name) LIKE ? ESCAPE '" + LikePatterns.ESCAPE
                + "' OR lower(j.started_by) LIKE ? ESCAPE '" + LikePatterns.ESCAPE + "')";
    }

    private static Entry entry(ResultSet rs, Duration retention) throws SQLException {
        String status = rs.getString("status");
        String undo = rs.getString("undo_status");
        State state;
        if (rs.getTimestamp("undone_at") != null) {
            state = State.UNDONE;
        } else if ("RUNNING".equals(undo)) {
            state = State.UNDOING;
        } else {
            state = status == null ? State.RUNNING : State.valueOf(status);
        }
        Number job = (Number) rs.getObject("job_id");
        return new Entry(
                rs.getLong("id"),
                ImportField.Records.valueOf(rs.getString("records")),
                rs.getString("file_name"),
                rs.getString("started_by"),
                rs.getTimestamp("created_at").toInstant(),
                state,
                rs.getInt("done"),
                rs.getInt("total"),
                ImportRun.Outcome.of(rs.getString("detail")),
                rs.getBoolean("has_report"),
                job == null ? null : job.longValue(),
                rs.getTimestamp("created_at").toInstant().plus(retention));
    }

    /** The failed rows of an import as CSV (the file's columns and Errors), if any failed. */
    @Transactional(readOnly = true)
    public Optional<byte[]> report(long importId) {
        return jdbc
                .query(
                        "SELECT report FROM customer_import WHERE tenant_id = ? AND id = ? AND report IS NOT NULL",
                        (rs, n) -> rs.getBytes(1),
                        TenantContext.require(),
                        importId)
                .stream()
                .findFirst();
    }

    /**
     * Why this import cannot be undone now, if it cannot: it runs, was undone, changed nothing, or is older than the
     * tenant's trash retention.
     */
    @Transactional(readOnly = true)
    public Optional<ActionRefusedException> undoRefusal(long importId) {
        return find(importId)
                .orElseThrow(() -> new NoSuchElementException("Import " + importId))
                .refusal(Instant.now(clock));
    }

    /**
     * Undoes an import as a bulk job: in chunks, each in one transaction with the job's progress, the customers it
     * created go to the Trash and the ones it updated get the values they had before it, unless someone changed
     * them since (they are kept as they are and counted). Audited once as a job, and each customer as usual.
     */
    public BulkJobService.Handle undo(long importId, Consumer<BulkJobService.Progress> listener) {
        undoRefusal(importId).ifPresent(refusal -> {
            throw refusal;
        });
        long tenant = TenantContext.require();
        tx.executeWithoutResult(s -> claim(
                tenant,
                "UPDATE customer_import SET running_in = ? WHERE id = ? AND tenant_id = ?",
                tenant,
                importId,
                tenant));
        Entry e = find(importId).orElseThrow();
        Changes changes = Changes.of(e.records());
        int total = jdbc.queryForObject(
                "SELECT count(*) FROM " + changes.table() + " WHERE import_id = ?", Integer.class, importId);
        try {
            BulkJobService.Handle handle =
                    jobs.start(UNDO_KIND, e.fileName(), total, step -> undo(importId, changes, step), listener);
            jdbc.update("UPDATE customer_import SET undo_job_id = ? WHERE id = ?", handle.id(), importId);
            return handle;
        } catch (RuntimeException notStarted) {
            jdbc.update("UPDATE customer_import SET running_in = NULL WHERE id = ?", importId);
            throw notStarted;
        }
    }

    /** Where an import of {@code records} keeps what it changed: the table, its record column and the records' table. */
    public record Changes(ImportField.Records records, String table, String column, String source) {
        public static Changes of(ImportField.Records records) {
            return switch (records) {
                case CUSTOMERS -> new Changes(records, "customer_import_change", "customer_id", "customer");
                case ORGANIZATIONS ->
                    new Changes(records, "organization_import_change", "organization_id", "organization");
                case CONTACTS -> new Changes(records, "contact_import_change", "contact_id", "contact");
            };
        }
    }

    private record Change(long recordId, boolean created, String before, int versionAfter) {}

    private String undo(long importId, Changes changes, BulkJobService.Step step) {
        List<Team> allTeams = teams.all();
        List<CustomerGroup> allGroups = groups.all();
        int[] counts = new int[3];
        long after = 0;
        try {
            while (!step.cancelled()) {
                List<Change> chunk = jdbc.query(
                        "SELECT " + changes.column() + ", created, before_state, version_after FROM "
                                + changes.table() + " WHERE import_id = ? AND " + changes.column() + " > ? ORDER BY "
                                + changes.column() + " LIMIT " + UNDO_CHUNK,
                        (rs, n) -> new Change(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4)),
                        importId,
                        after);
                if (chunk.isEmpty()) {
                    jdbc.update(
                            "UPDATE customer_import SET undone_at = ? WHERE id = ?",
                            Timestamp.from(Instant.now(clock)),
                            importId);
                    break;
                }
                after = chunk.getLast().recordId();
                tx.executeWithoutResult(s -> {
                    List<Long> changed = new ArrayList<>();
                    List<Long> created = chunk.stream()
                            .filter(Change::created)
                            .map(Change::recordId)
                            .toList();
                    if (!created.isEmpty()) {
                        counts[0] += switch (changes.records()) {
                            case CUSTOMERS -> customers.softDeleteIndividuals(created);
                            case ORGANIZATIONS -> trash(created);
                            case CONTACTS -> contacts.deleteContacts(created);
                        };
                        changed.addAll(created);
                    }
                    for (Change c : chunk) {
                        if (!c.created()) {
                            boolean restored = switch (changes.records()) {
                                case CUSTOMERS -> restore(c, allTeams, allGroups);
                                case ORGANIZATIONS -> restoreOrganization(c);
                                case CONTACTS -> restoreContact(c);
                            };
                            if (restored) {
                                counts[1]++;
                                changed.add(c.recordId());
                            } else {
                                counts[2]++;
                            }
                        }
                    }
                    step.advance(chunk.size(), changed.stream().sorted().toList());
                    step.checkpoint();
                });
            }
        } finally {
            jdbc.update("UPDATE customer_import SET running_in = NULL WHERE id = ?", importId);
        }
        return new Undone(counts[0], counts[1], counts[2]).detail();
    }

    /**
     * Puts an updated customer back as it was, if nobody changed it after the import and its earlier values are still
     * valid (its e-mail address not taken by another customer since).
     */
    private boolean restore(Change c, List<Team> allTeams, List<CustomerGroup> allGroups) {
        Optional<Unchanged<CustomerDraft>> unchanged = unchanged(c, customers::draftOf, CustomerDraft::getVersion);
        if (unchanged.isEmpty()) {
            return false;
        }
        CustomerDraft d = unchanged.get().draft();
        Map<String, Object> before = unchanged.get().before();
        d.setType(CustomerType.valueOf((String) before.get("type")));
        d.setFirstName((String) before.get("firstName"));
        d.setLastName((String) before.get("lastName"));
        d.setCompanyName((String) before.get("companyName"));
        d.setEmail((String) before.get("email"));
        d.setPhone((String) before.get("phone"));
        d.setStatus(CustomerStatus.valueOf((String) before.get("status")));
        d.setAllTeams((Boolean) before.get("allTeams"));
        Set<Long> teamIds = ids(before.get("teams"));
        d.setTeams(new HashSet<>(
                allTeams.stream().filter(t -> teamIds.contains(t.getId())).toList()));
        if (!customers.problems(d, c.recordId()).isEmpty()) {
            return false;
        }
        customers.update(c.recordId(), d);
        Set<Long> groupIds = ids(before.get("groups"));
        groups.setGroups(
                c.recordId(),
                new HashSet<>(allGroups.stream()
                        .filter(g -> groupIds.contains(g.getId()))
                        .toList()));
        if (before.get("address") instanceof Map<?, ?> address) {
            restoreAddress(OwnerType.CUSTOMER, c.recordId(), address);
        }
        if (before.get("consents") instanceof List<?> answers) {
            restoreConsents(c.recordId(), answers);
        }
        return true;
    }

    /** A record an import updated, as it is now, and its values before the import. */
    private record Unchanged<D>(D draft, Map<String, Object> before) {}

    /**
     * The record of {@code c} with its values before the import, if it is still there and nobody changed it since
     * (its version is the one the import left).
     */
    private static <D> Optional<Unchanged<D>> unchanged(Change c, LongFunction<D> draftOf, ToIntFunction<D> version) {
        D draft;
        try {
            draft = draftOf.apply(c.recordId());
        } catch (NoSuchElementException gone) {
            return Optional.empty();
        }
        if (version.applyAsInt(draft) != c.versionAfter()) {
            return Optional.empty();
        }
        return Optional.of(
                new Unchanged<>(draft, JSON.readValue(c.before(), new TypeReference<Map<String, Object>>() {})));
    }

    /** The answers the import recorded give way to those before it; where there was none, the answer goes. */
    private void restoreConsents(long customerId, List<?> answers) {
        for (Object o : answers) {
            Map<?, ?> answer = (Map<?, ?>) o;
            long field = ((Number) answer.get("field")).longValue();
            if (answer.get("granted") instanceof Boolean granted) {
                consents.record(customerId, field, granted, Instant.parse((String) answer.get("at")), (String)
                        answer.get("source"));
            } else {
                consents.clear(customerId, field);
            }
        }
    }

    /** The address the import added goes; the one it changed gets its values back (if it is still there). */
    private void restoreAddress(OwnerType owner, long ownerId, Map<?, ?> address) {
        if (address.get("added") instanceof Number added) {
            addresses.removeAddress(owner, ownerId, added.longValue());
            return;
        }
        long id = ((Number) address.get("id")).longValue();
        AddressDraft d;
        try {
            d = addresses.draftOf(owner, ownerId, id);
        } catch (NoSuchElementException gone) {
            return;
        }
        d.setLine1((String) address.get("line1"));
        d.setPostCode((String) address.get("postCode"));
        d.setCity((String) address.get("city"));
        d.setCountry((String) address.get("country"));
        addresses.saveAddress(owner, ownerId, id, d);
    }

    private static Set<Long> ids(Object list) {
        Set<Long> ids = new HashSet<>();
        for (Object o : (List<?>) list) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }
}
