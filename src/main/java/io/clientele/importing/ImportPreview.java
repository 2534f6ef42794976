package io.clientele.importing;

import io.clientele.base.Choice;
import io.clientele.base.Csv;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Languages;
import io.clientele.base.Messages;
import io.clientele.base.OwnerType;
import io.clientele.customer.Customer;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerGroup;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.CustomerStaging;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.clientele.customer.GroupService;
import io.clientele.customer.Team;
import io.clientele.customer.TeamService;
import io.clientele.directory.Address;
import io.clientele.directory.AddressDraft;
import io.clientele.directory.AddressKind;
import io.clientele.directory.AddressService;
import io.clientele.directory.Contact;
import io.clientele.directory.ContactDraft;
import io.clientele.directory.ContactService;
import io.clientele.duplicate.DuplicateService;
import io.clientele.organization.OrgNumbers;
import io.clientele.organization.Organization;
import io.clientele.organization.OrganizationDraft;
import io.clientele.organization.OrganizationService;
import io.clientele.security.Roles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The preview of an import: every row of the file checked by the same rules as the customer form and given what the
 * import would do with it — create a customer, update the one it matches (by customer ID or e-mail, as the person
 * chose), flag it as a possible duplicate of a customer the duplicate scan would pair it with, or refuse it with
 * each field's message. Rows are read and handed on one at a time; nothing is stored.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ImportPreview {
    public enum Disposition {
        CREATE,
        UPDATE,
        DUPLICATE,
        ERROR
    }

    /** How a row finds the record it updates; each key belongs to one kind of record, so it also says which. */
    public enum MatchBy {
        CUSTOMER_ID(ImportField.Records.CUSTOMERS),
        EMAIL(ImportField.Records.CUSTOMERS),
        ORG_NUMBER(ImportField.Records.ORGANIZATIONS),
        CONTACT_EMAIL(ImportField.Records.CONTACTS);

        private final ImportField.Records records;

        MatchBy(ImportField.Records records) {
            this.records = records;
        }

        public ImportField.Records records() {
            return records;
        }

        /** What a file of {@code records} is matched by unless the person picks another key. */
        public static MatchBy usual(ImportField.Records records) {
            return switch (records) {
                case CUSTOMERS -> EMAIL;
                case ORGANIZATIONS -> ORG_NUMBER;
                case CONTACTS -> CONTACT_EMAIL;
            };
        }

        ImportField field() {
            return switch (this) {
                case CUSTOMER_ID -> ImportField.CUSTOMER_ID;
                case EMAIL, CONTACT_EMAIL -> ImportField.EMAIL;
                case ORG_NUMBER -> ImportField.ORG_NUMBER;
            };
        }
    }

    /**
     * A row and what the import would do with it: {@code match} is the record it updates or may duplicate,
     * {@code record} the draft it would store (a customer's, an organization's or a contact's; null for an error),
     * {@code groups} the groups it names (null when the file has no groups column: a matched customer's stay),
     * {@code address} a customer's default visiting address as the row leaves it (null: the row names none),
     * {@code consents} a customer's answers to consent fields.
     */
    public record Line(
            ImportTable.Row row,
            Disposition disposition,
            Long match,
            String matchName,
            Object record,
            Set<CustomerGroup> groups,
            Postal address,
            List<FieldValidationException> errors,
            List<ImportConsents.Answer> consents) {
        /** The customer it would store; null for another record or an error. */
        public CustomerDraft draft() {
            return record instanceof CustomerDraft d ? d : null;
        }

        public OrganizationDraft organization() {
            return record instanceof OrganizationDraft d ? d : null;
        }

        public ContactDraft contact() {
            return record instanceof ContactDraft d ? d : null;
        }
    }

    /** A customer's default visiting address: the one it has ({@code id}), or a new one (null), as {@code draft}. */
    public record Postal(Long id, AddressDraft draft) {}

    /** How many rows would get each disposition. */
    public record Counts(long create, long update, long duplicate, long error) {
        Counts plus(Disposition d) {
            return new Counts(
                    create + (d == Disposition.CREATE ? 1 : 0),
                    update + (d == Disposition.UPDATE ? 1 : 0),
                    duplicate + (d == Disposition.DUPLICATE ? 1 : 0),
                    error + (d == Disposition.ERROR ? 1 : 0));
        }
    }

    private final CustomerService customers;
    private final DuplicateService duplicates;
    private final TeamService teams;
    private final GroupService groups;
    private final OrganizationService organizations;
    private final ContactService contacts;
    private final AddressService addresses;
    private final CustomerStaging staging;
    private final ImportConsents consents;
    /**
     * Rows checked (and, when staged, written) together when a file can only bring new customers (see
     * {@link #newOnly}); the tests take a few, so that their small files cross chunks.
     */
    private final int chunkRows;

    ImportPreview(
            CustomerService customers,
            DuplicateService duplicates,
            TeamService teams,
            GroupService groups,
            OrganizationService organizations,
            ContactService contacts,
            AddressService addresses,
            CustomerStaging staging,
            ImportConsents consents,
            @Value("${clientele.import.chunk-rows:10000}") int chunkRows) {
        this.chunkRows = chunkRows;
        this.consents = consents;
        this.staging = staging;
        this.addresses = addresses;
        this.contacts = contacts;
        this.organizations = organizations;
        this.customers = customers;
        this.duplicates = duplicates;
        this.teams = teams;
        this.groups = groups;
    }

    /**
     * Reads every row of {@code table} with {@code mapping} (a field or null per column), hands each {@link Line} to
     * {@code each} and answers the counts. A row naming a customer ID or e-mail an earlier row already named is
     * refused, so one file never writes one customer twice.
     */
    public Counts preview(ImportTable table, List<ImportField> mapping, MatchBy matchBy, Consumer<Line> each) {
        return preview(table, mapping, matchBy, true, each);
    }

    /**
     * As {@link #preview(ImportTable, List, MatchBy, Consumer)}; without {@code likeness} no row is compared with the
     * customers it may duplicate (the import's second reading, which knows them from its first).
     */
    public Counts preview(
            ImportTable table, List<ImportField> mapping, MatchBy matchBy, boolean likeness, Consumer<Line> each) {
        return read(table, mapping, matchBy, likeness ? Reading.PREVIEW : Reading.RUN, each);
    }

    /**
     * The rows of {@code table} as drafts of new customers, for an import into a tenant with no customers: there is
     * nothing to match or to be like, so no row is looked up. A row is an error only for what the file itself says
     * wrong (too long, an e-mail twice, an unknown type, status, team or group); its other lines are {@code CREATE}
     * with the draft as filled, the form's rules left to {@link #checkNew}, which checks many at once.
     */
    public void drafts(ImportTable table, List<ImportField> mapping, Consumer<Line> each) {
        read(table, mapping, MatchBy.EMAIL, Reading.DRAFTS, each);
    }

    /** How much a reading of the file looks up in the tenant for each row. */
    private enum Reading {
        /** The match, the form's rules and the likeness to others. */
        PREVIEW,
        /** The match and the form's rules: the import's second reading, which knows the likeness from its first. */
        RUN,
        /** Nothing: new customers into a tenant with none. */
        DRAFTS
    }

    /**
     * Refuses a mapping of {@code header} that {@link ImportMapping#check} refuses, or with a consent column whose
     * header names no consent field; answers the consent columns.
     */
    Map<Integer, ImportConsents.Column> check(
            List<String> header, List<ImportField> mapping, ImportField.Records records) {
        ImportMapping.check(header, mapping, records);
        return records == ImportField.Records.CUSTOMERS ? consents.columns(header, mapping) : Map.of();
    }

    int chunkRows() {
        return chunkRows;
    }

    /** The fields a staged import may fill: a customer's own, its teams and groups (no address, no consents). */
    private static final Set<ImportField> STAGED_FIELDS = EnumSet.of(
            ImportField.CUSTOMER_ID,
            ImportField.NAME,
            ImportField.FIRST_NAME,
            ImportField.LAST_NAME,
            ImportField.COMPANY_NAME,
            ImportField.EMAIL,
            ImportField.PHONE,
            ImportField.TYPE,
            ImportField.STATUS,
            ImportField.TEAMS,
            ImportField.GROUPS);

    /**
     * Whether a file with {@code mapping}, matched by {@code matchBy}, is written staged: customers matched by e-mail,
     * with fields {@link CustomerService#checkNew} checks, so that its new customers can be checked and inserted a
     * chunk at a time.
     */
    boolean staged(List<ImportField> mapping, MatchBy matchBy) {
        return matchBy == MatchBy.EMAIL
                && STAGED_FIELDS.containsAll(
                        mapping.stream().filter(Objects::nonNull).toList());
    }

    /**
     * Whether a file with {@code mapping} can only bring new customers: it is {@link #staged} into a tenant with none
     * yet — nothing to match, update or be like — so no row needs a statement of its own.
     */
    boolean newOnly(List<ImportField> mapping, MatchBy matchBy) {
        return staged(mapping, matchBy) && staging.tenantIsEmpty();
    }

    /** A line of a new customer checked with others, and the customer it would store (none for an error). */
    record Checked(Line line, Customer customer) {}

    /** Checks the new customers of {@code lines} (read by {@link #drafts}) together by the form's rules. */
    List<Checked> checkNew(List<Line> lines) {
        List<CustomerService.Checked> checked = customers.checkNew(
                lines.stream()
                        .filter(l -> l.disposition() == Disposition.CREATE)
                        .map(Line::draft)
                        .toList(),
                CustomerSource.IMPORT);
        List<Checked> out = new ArrayList<>(lines.size());
        int next = 0;
        for (Line line : lines) {
            if (line.disposition() == Disposition.ERROR) {
                out.add(new Checked(line, null));
                continue;
            }
            CustomerService.Checked c = checked.get(next++);
            out.add(
                    c.problems().isEmpty()
                            ? new Checked(line, c.customer())
                            : new Checked(error(line.row(), c.problems()), null));
        }
        return out;
    }

    private Counts read(
            ImportTable table, List<ImportField> mapping, MatchBy matchBy, Reading reading, Consumer<Line> each) {
        if (reading != Reading.DRAFTS && newOnly(mapping, matchBy)) {
            // Each line as a reading with lookups would give it: there is nothing to look up.
            Counts[] counts = {new Counts(0, 0, 0, 0)};
            List<Line> chunk = new ArrayList<>(chunkRows);
            Runnable checkChunk = () -> {
                for (Checked c : checkNew(chunk)) {
                    counts[0] = counts[0].plus(c.line().disposition());
                    each.accept(c.line());
                }
                chunk.clear();
            };
            read(table, mapping, matchBy, Reading.DRAFTS, line -> {
                chunk.add(line);
                if (chunk.size() == chunkRows) {
                    checkChunk.run();
                }
            });
            checkChunk.run();
            return counts[0];
        }
        ImportField.Records records = matchBy.records();
        Map<Integer, ImportConsents.Column> consentColumns = check(table.header(), mapping, records);
        Values values =
                records == ImportField.Records.CUSTOMERS ? new Values(teams.all(), groups.all(), consentColumns) : null;
        Set<String> seen = new HashSet<>();
        Counts counts = new Counts(0, 0, 0, 0);
        for (ImportTable.Row row = table.next(); row != null; row = table.next()) {
            Line line = line(row, table.header().size(), mapping, matchBy, values, seen, reading);
            counts = counts.plus(line.disposition());
            each.accept(line);
        }
        return counts;
    }

    private Line line(
            ImportTable.Row row,
            int columns,
            List<ImportField> mapping,
            MatchBy matchBy,
            Values values,
            Set<String> seen,
            Reading reading) {
        if (row.fields().size() > columns) {
            return error(
                    row,
                    List.of(new FieldValidationException(
                            "row", "import.row-too-long", row.fields().size(), columns)));
        }
        Map<ImportField, String> cells = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            if (mapping.get(i) != null) {
                cells.put(mapping.get(i), text(row.fields().get(i)));
            }
        }
        String key = cells.get(matchBy.field());
        boolean keyed = key != null && !key.isEmpty();
        if (keyed
                && !seen.add(
                        matchBy == MatchBy.ORG_NUMBER ? OrgNumbers.normalize(key) : key.toLowerCase(Locale.ROOT))) {
            return error(
                    row,
                    List.of(new FieldValidationException(
                            matchBy == MatchBy.CUSTOMER_ID
                                    ? "id"
                                    : matchBy == MatchBy.ORG_NUMBER ? "orgNumber" : "email",
                            "import.twice-in-file",
                            key)));
        }
        boolean likeness = reading == Reading.PREVIEW;
        return switch (matchBy.records()) {
            case ORGANIZATIONS ->
                organization(
                        row,
                        cells,
                        keyed
                                ? organizations
                                        .withOrgNumber(key)
                                        .map(Organization::getId)
                                        .orElse(null)
                                : null,
                        likeness);
            case CONTACTS -> contact(row, cells, keyed ? contacts.withEmail(key).orElse(null) : null, likeness);
            case CUSTOMERS ->
                reading == Reading.DRAFTS
                        ? draft(row, cells, values)
                        : customer(row, cells, matchBy, keyed ? key : null, values, likeness);
        };
    }

    private Line customer(
            ImportTable.Row row,
            Map<ImportField, String> cells,
            MatchBy matchBy,
            String key,
            Values values,
            boolean likeness) {
        List<FieldValidationException> errors = new ArrayList<>();
        Long match = key == null
                ? null
                : (matchBy == MatchBy.CUSTOMER_ID ? byId(key) : customers.withEmail(key)).orElse(null);
        CustomerDraft draft = match == null ? new CustomerDraft() : customers.draftOf(match);
        fill(draft, cells, values, errors);
        Set<CustomerGroup> groups =
                cells.containsKey(ImportField.GROUPS) ? values.groups(cells.get(ImportField.GROUPS), errors) : null;
        List<ImportConsents.Answer> answers = consents.answers(values.consents, row.fields(), errors);
        if (!errors.isEmpty()) {
            return error(row, errors);
        }
        errors.addAll(customers.problems(draft, match));
        Postal address = address(cells, OwnerType.CUSTOMER, match);
        if (address != null) {
            errors.addAll(addresses.problems(address.draft()));
        }
        if (!errors.isEmpty()) {
            return error(row, errors);
        }
        if (match != null) {
            return new Line(row, Disposition.UPDATE, match, null, draft, groups, address, List.of(), answers);
        }
        String name = draft.getType() == CustomerType.BUSINESS
                ? draft.getCompanyName()
                : (draft.getFirstName() + " " + draft.getLastName()).strip();
        List<DuplicateService.Match> likely =
                likeness ? duplicates.likely(name, draft.getEmail(), draft.getPhone()) : List.of();
        return likely.isEmpty()
                ? new Line(row, Disposition.CREATE, null, null, draft, groups, address, List.of(), answers)
                : new Line(
                        row,
                        Disposition.DUPLICATE,
                        likely.getFirst().customerId(),
                        likely.getFirst().name(),
                        draft,
                        groups,
                        address,
                        List.of(),
                        answers);
    }

    /** A new customer's row as filled, unchecked (see {@link #drafts}). */
    private static Line draft(ImportTable.Row row, Map<ImportField, String> cells, Values values) {
        List<FieldValidationException> errors = new ArrayList<>();
        CustomerDraft draft = new CustomerDraft();
        fill(draft, cells, values, errors);
        Set<CustomerGroup> groups =
                cells.containsKey(ImportField.GROUPS) ? values.groups(cells.get(ImportField.GROUPS), errors) : null;
        return errors.isEmpty()
                ? new Line(row, Disposition.CREATE, null, null, draft, groups, null, List.of(), List.of())
                : error(row, errors);
    }

    /**
     * The address columns of a customer's or contact's row over its default visiting address (a new one for a new
     * record or one without); null when the row leaves them all empty.
     */
    private Postal address(Map<ImportField, String> cells, OwnerType owner, Long match) {
        if (Stream.of(ImportField.ADDRESS, ImportField.POST_CODE, ImportField.CITY, ImportField.COUNTRY)
                .allMatch(f -> blank(cells.get(f)))) {
            return null;
        }
        Long id = match == null
                ? null
                : addresses
                        .defaultAddress(owner, match, AddressKind.VISITING)
                        .map(Address::getId)
                        .orElse(null);
        AddressDraft d = id == null ? new AddressDraft() : addresses.draftOf(owner, match, id);
        cells.forEach((field, value) -> {
            switch (field) {
                case ADDRESS -> d.setLine1(value);
                case POST_CODE -> d.setPostCode(value);
                case CITY -> d.setCity(value);
                case COUNTRY -> {
                    if (!value.isEmpty()) d.setCountry(value.toUpperCase(Locale.ROOT));
                }
                default -> {}
            }
        });
        return new Postal(id, d);
    }

    /**
     * A row of organizations: updates the one with its organization number, else creates one — a possible duplicate
     * when a live organization has its name.
     */
    private Line organization(ImportTable.Row row, Map<ImportField, String> cells, Long match, boolean likeness) {
        OrganizationDraft draft = match == null ? new OrganizationDraft() : organizations.draftOf(match);
        cells.forEach((field, value) -> {
            switch (field) {
                case NAME -> draft.setName(value);
                case ORG_NUMBER -> draft.setOrgNumber(value);
                case LEGAL_FORM -> draft.setLegalForm(value);
                case EMAIL -> draft.setEmail(value);
                case PHONE -> draft.setPhone(value);
                case WEBSITE -> draft.setWebsite(value);
                case ADDRESS -> draft.setAddress(value);
                case POST_CODE -> draft.setPostCode(value);
                case CITY -> draft.setCity(value);
                // No country given: Norway for a new organization, a matched one's own.
                case COUNTRY -> {
                    if (!value.isEmpty()) draft.setCountry(value.toUpperCase(Locale.ROOT));
                }
                default -> {}
            }
        });
        Optional<Organization> named =
                likeness && match == null ? organizations.withName(draft.getName()) : Optional.empty();
        return checked(
                row, draft, null, match, named.map(Organization::getId).orElse(null), named.map(Organization::getName));
    }

    /**
     * A row of contacts: updates the one with its e-mail address, else creates one — a possible duplicate when its
     * company has a contact of that name. The company is named by its organization number or its name.
     */
    private Line contact(ImportTable.Row row, Map<ImportField, String> cells, Long match, boolean likeness) {
        ContactDraft draft = match == null ? new ContactDraft() : contacts.draftOf(match);
        cells.forEach((field, value) -> {
            switch (field) {
                case FIRST_NAME -> draft.setFirstName(value);
                case LAST_NAME -> draft.setLastName(value);
                case EMAIL -> draft.setEmail(value);
                case PHONE -> draft.setPhone(value);
                default -> {}
            }
        });
        personName(cells, draft::setFirstName, draft::setLastName);
        String number = cells.get(ImportField.ORG_NUMBER);
        String company = cells.get(ImportField.COMPANY_NAME);
        Optional<Organization> at = !blank(number)
                ? organizations.withOrgNumber(number)
                : blank(company) ? Optional.empty() : organizations.withName(company);
        if (at.isEmpty() && (!blank(number) || !blank(company))) {
            return error(
                    row,
                    List.of(
                            blank(number)
                                    ? new FieldValidationException("company", "import.unknown-company", company)
                                    : new FieldValidationException(
                                            "company", "import.unknown-company-number", number)));
        }
        at.ifPresent(o -> draft.setCompany(new Choice(o.getId(), o.getName(), o.getOrgNumber())));
        Optional<Contact> named = likeness && match == null ? contacts.sameName(draft) : Optional.empty();
        return checked(
                row,
                draft,
                address(cells, OwnerType.CONTACT, match),
                match,
                named.map(Contact::getId).orElse(null),
                named.map(Contact::getDisplayName));
    }

    /**
     * A filled draft of an organization or contact (and a contact's address): an error, an update of its match, a
     * possible duplicate or new.
     */
    private Line checked(
            ImportTable.Row row, Object draft, Postal address, Long match, Long likely, Optional<String> likelyName) {
        List<FieldValidationException> errors = new ArrayList<>(
                draft instanceof OrganizationDraft o
                        ? organizations.problems(o, match)
                        : contacts.problems((ContactDraft) draft));
        if (address != null) {
            errors.addAll(addresses.problems(address.draft()));
        }
        if (!errors.isEmpty()) {
            return error(row, errors);
        }
        if (match != null) {
            return new Line(row, Disposition.UPDATE, match, null, draft, null, address, List.of(), List.of());
        }
        return likely == null
                ? new Line(row, Disposition.CREATE, null, null, draft, null, address, List.of(), List.of())
                : new Line(
                        row,
                        Disposition.DUPLICATE,
                        likely,
                        likelyName.orElse(""),
                        draft,
                        null,
                        address,
                        List.of(),
                        List.of());
    }

    /**
     * A row's problem as the preview and the failed rows' report say it: a generic one ("Required", "At most 200
     * characters") names the field it is about, since a row holds many.
     */
    public static String message(FieldValidationException e, Locale locale) {
        String text = Messages.text(locale, e.getMessage(), e.args());
        String key = e.getMessage();
        boolean generic = key.equals("validation.required")
                || key.startsWith("validation.max")
                || key.equals("validation.digits-only");
        ImportField field = generic ? FORM_FIELDS.get(e.field()) : null;
        return field == null ? text : Messages.text(locale, "import.field." + field) + ": " + text;
    }

    /** The import field each form field of a customer, organization, contact or address is filled from. */
    private static final Map<String, ImportField> FORM_FIELDS = Map.ofEntries(
            Map.entry("firstName", ImportField.FIRST_NAME),
            Map.entry("lastName", ImportField.LAST_NAME),
            Map.entry("companyName", ImportField.COMPANY_NAME),
            Map.entry("company", ImportField.COMPANY_NAME),
            Map.entry("name", ImportField.NAME),
            Map.entry("email", ImportField.EMAIL),
            Map.entry("phone", ImportField.PHONE),
            Map.entry("orgNumber", ImportField.ORG_NUMBER),
            Map.entry("legalForm", ImportField.LEGAL_FORM),
            Map.entry("website", ImportField.WEBSITE),
            Map.entry("address", ImportField.ADDRESS),
            Map.entry("line1", ImportField.ADDRESS),
            Map.entry("postCode", ImportField.POST_CODE),
            Map.entry("city", ImportField.CITY),
            Map.entry("country", ImportField.COUNTRY));

    /** The customer with this ID; none when no customer has it (another system's ID: the row creates one). */
    private Optional<Long> byId(String key) {
        try {
            long id = Long.parseLong(key);
            return customers.exists(id) ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Line error(ImportTable.Row row, List<FieldValidationException> errors) {
        return new Line(row, Disposition.ERROR, null, null, null, null, null, List.copyOf(errors), List.of());
    }

    /** The mapped cells written over the draft: a new customer's defaults or the matched customer's values. */
    private static void fill(
            CustomerDraft d, Map<ImportField, String> cells, Values values, List<FieldValidationException> errors) {
        cells.forEach((field, value) -> {
            if (value.isEmpty() && (field == ImportField.TYPE || field == ImportField.STATUS)) {
                // No type or status given: a new customer's default, a matched customer's own.
                return;
            }
            switch (field) {
                case TYPE -> values.type(value).ifPresentOrElse(d::setType, () -> errors.add(bad("type", value)));
                case STATUS ->
                    values.status(value).ifPresentOrElse(d::setStatus, () -> errors.add(bad("status", value)));
                case FIRST_NAME -> d.setFirstName(value);
                case LAST_NAME -> d.setLastName(value);
                case COMPANY_NAME -> d.setCompanyName(value);
                case EMAIL -> d.setEmail(value);
                case PHONE -> d.setPhone(value);
                case TEAMS -> values.teams(value, d, errors);
                // The name below; the ID matched the row; groups are set apart from the draft.
                default -> {}
            }
        });
        // One name column, where the row has no other name: a business's company name, else a person's first
        // names and last name (a vCard with only a formatted name).
        String name = cells.get(ImportField.NAME);
        if (d.getType() != CustomerType.BUSINESS) {
            personName(cells, d::setFirstName, d::setLastName);
        } else if (!blank(name) && blank(cells.get(ImportField.COMPANY_NAME))) {
            d.setCompanyName(name);
        }
    }

    /**
     * A person's one name column, where the row has no first or last name: the last word is the last name, the words
     * before it the first names ("Kari Nordmann-Berg").
     */
    private static void personName(Map<ImportField, String> cells, Consumer<String> first, Consumer<String> last) {
        String name = cells.get(ImportField.NAME);
        if (!blank(name) && blank(cells.get(ImportField.FIRST_NAME)) && blank(cells.get(ImportField.LAST_NAME))) {
            int space = name.lastIndexOf(' ');
            first.accept(space < 0 ? name : name.substring(0, space));
            last.accept(space < 0 ? "" : name.substring(space + 1));
        }
    }

    private static boolean blank(String cell) {
        return cell == null || cell.isEmpty();
    }

    private static FieldValidationException bad(String field, String value) {
        return new FieldValidationException(field, "import.unknown-" + field, value);
    }

    /**
     * A cell as typed. The formula guard of a Clientele export (an apostrophe before = + - @) is taken off again, so an
     * exported file imports as what was stored; the export puts it back.
     */
    static String text(String cell) {
        String value = cell == null ? "" : cell.strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && Csv.FORMULA_START.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    /** The values a cell may name: types, statuses and teams by their name or their label in either language. */
    private static final class Values {
        private final Map<String, CustomerType> types = new HashMap<>();
        private final Map<String, CustomerStatus> statuses = new HashMap<>();
        private final Map<String, Team> teams = new HashMap<>();
        private final Map<String, CustomerGroup> groups = new HashMap<>();
        private final Set<String> allTeams = new HashSet<>();
        private final Map<Integer, ImportConsents.Column> consents;

        Values(List<Team> all, List<CustomerGroup> allGroups, Map<Integer, ImportConsents.Column> consents) {
            this.consents = consents;
            for (CustomerType t : CustomerType.values()) types.put(key(t.name()), t);
            for (CustomerStatus s : CustomerStatus.values()) statuses.put(key(s.name()), s);
            for (String language : Languages.CHOICES) {
                Locale locale = Languages.locale(language);
                for (CustomerType t : CustomerType.values())
                    types.putIfAbsent(key(Messages.text(locale, "customer.type." + t)), t);
                for (CustomerStatus s : CustomerStatus.values())
                    statuses.putIfAbsent(key(Messages.text(locale, "customer.status." + s)), s);
                allTeams.add(key(Messages.text(locale, "customer.all-teams")));
            }
            all.forEach(t -> teams.put(key(t.getName()), t));
            allGroups.forEach(g -> groups.put(key(g.getName()), g));
        }

        /** Group names, each an existing group; none when blank. */
        Set<CustomerGroup> groups(String value, List<FieldValidationException> errors) {
            Set<CustomerGroup> chosen = new HashSet<>();
            for (String name : names(value)) {
                CustomerGroup g = groups.get(key(name));
                if (g == null) {
                    errors.add(new FieldValidationException("groups", "import.unknown-group", name));
                } else {
                    chosen.add(g);
                }
            }
            return chosen;
        }

        Optional<CustomerType> type(String value) {
            return Optional.ofNullable(types.get(key(value)));
        }

        Optional<CustomerStatus> status(String value) {
            return Optional.ofNullable(statuses.get(key(value)));
        }

        /** "All teams" (in either language) or blank: every team; else team names, each an existing team. */
        void teams(String value, CustomerDraft d, List<FieldValidationException> errors) {
            if (value.isEmpty() || allTeams.contains(key(value))) {
                d.setAllTeams(true);
                d.setTeams(new HashSet<>());
                return;
            }
            Set<Team> chosen = new HashSet<>();
            for (String name : names(value)) {
                Team t = teams.get(key(name));
                if (t == null) {
                    errors.add(new FieldValidationException("teams", "import.unknown-team", name));
                } else {
                    chosen.add(t);
                }
            }
            d.setAllTeams(false);
            d.setTeams(chosen);
        }

        /** "Gold, VIP" as the export writes a list. */
        static List<String> names(String value) {
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return java.util.Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        private static String key(String text) {
            return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        }
    }
}
