package io.clientele.integration.api;

import io.clientele.base.FieldValidationException;
import io.clientele.bulk.BulkJobService;
import io.clientele.customer.CustomerBulkService;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerFilter;
import io.clientele.customer.CustomerSelection;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerSource;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's customers, for tenant keys: the Customers list's filters, paging with the total, and its actions. */
@RestController
@RequestMapping(path = "/api/v1/customers", produces = "application/json")
@Tag(name = "Customers", description = "The tenant's customers (tenant API keys)")
@SecurityRequirement(name = "apiKey")
class CustomersApi {
    private static final String READ = "hasAuthority('SCOPE_customers:read')";
    private static final String WRITE = "hasAuthority('SCOPE_customers:write')";
    /** The list's sort keys, as the Customers grid names its columns in the URL. */
    private static final Map<String, String> SORTS = Map.of(
            "id",
            "id",
            "name",
            "displayName",
            "firstName",
            "firstName",
            "lastName",
            "lastName",
            "status",
            "status",
            "email",
            "email",
            "type",
            "type",
            "createdAt",
            "createdAt",
            "lastLoginAt",
            "lastLoginAt",
            "nextVisit",
            "nextVisitAt");

    static final List<String> SORT_KEYS = List.copyOf(new TreeSet<>(SORTS.keySet()));
    private static final Duration ONE_CUSTOMER = Duration.ofSeconds(30);

    private final CustomerService customers;
    private final CustomerBulkService bulk;

    CustomersApi(CustomerService customers, CustomerBulkService bulk) {
        this.customers = customers;
        this.bulk = bulk;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(
            summary = "List customers",
            description = "Filters as on the Customers list; dates are whole UTC days. "
                    + "sort is a column key, descending with a leading '-'.")
    ApiPage<ApiCustomer> list(
            @RequestParam(required = false) @Parameter(description = "Name, e-mail or phone contains") String q,
            @RequestParam(required = false) Set<CustomerStatus> status,
            @RequestParam(required = false) Set<CustomerType> type,
            @RequestParam(required = false) @Parameter(description = "Group ids (any of)") Set<Long> group,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastLoginFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastLoginTo,
            @RequestParam(defaultValue = "false") boolean includeDeleted,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "name") String sort) {
        boolean descending = sort.startsWith("-");
        String property = SORTS.get(descending ? sort.substring(1) : sort);
        if (property == null) {
            throw new FieldValidationException("sort", "api.sort-unknown");
        }
        var request = ApiPage.request(
                page,
                size,
                Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property)
                        .and(Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, "id")));
        CustomerFilter filter = new CustomerFilter(
                q,
                null,
                null,
                null,
                orEmpty(type),
                orEmpty(status),
                orEmpty(group),
                Map.of(),
                createdFrom,
                createdTo,
                lastLoginFrom,
                lastLoginTo,
                includeDeleted,
                ZoneOffset.UTC);
        return new ApiPage<>(
                customers.list(filter, request).stream().map(ApiCustomer::of).toList(),
                page,
                size,
                customers.count(filter));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "Get a customer", description = "The ETag header is what an update sends back as If-Match.")
    @ApiResponse(
            responseCode = "200",
            description = "The customer",
            headers = @Header(name = "ETag", description = "The version an update sends back as If-Match"))
    ResponseEntity<ApiCustomer> get(@PathVariable long id) {
        return one(id, ResponseEntity.ok());
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize(WRITE)
    @Operation(summary = "Create a customer")
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "Location", description = "The new customer's address"),
                @Header(name = "ETag", description = "The version an update sends back as If-Match")
            })
    ResponseEntity<ApiCustomer> create(@RequestBody CustomerInput input) {
        long id = customers.create(input.onto(new CustomerDraft()), CustomerSource.API);
        return one(id, ResponseEntity.created(URI.create("/api/v1/customers/" + id)));
    }

    @PatchMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize(WRITE)
    @Operation(
            summary = "Change a customer",
            description = "Fields left out keep their value. If-Match must carry "
                    + "the ETag read last: 412 if someone changed the customer since, 428 without it.")
    @ApiResponse(
            responseCode = "200",
            description = "The changed customer",
            headers = @Header(name = "ETag", description = "The new version"))
    ResponseEntity<ApiCustomer> update(
            @PathVariable long id, @RequestHeader("If-Match") String ifMatch, @RequestBody CustomerInput input) {
        live(id);
        CustomerDraft draft = input.onto(customers.draftOf(id));
        draft.setVersion(ETags.version(ifMatch));
        customers.update(id, draft);
        return one(id, ResponseEntity.ok());
    }

    @PostMapping("/{id}/block")
    @PreAuthorize(WRITE)
    @Operation(
            summary = "Block a customer",
            description = "A blocked customer cannot log in; unblock restores the " + "status it had.")
    ResponseEntity<ApiCustomer> block(@PathVariable long id) {
        return once(id, bulk::block);
    }

    @PostMapping("/{id}/unblock")
    @PreAuthorize(WRITE)
    @Operation(summary = "Unblock a customer")
    ResponseEntity<ApiCustomer> unblock(@PathVariable long id) {
        return once(id, bulk::unblock);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(WRITE)
    @Operation(
            summary = "Delete a customer",
            description = "Soft delete: the customer goes to the Trash, from where "
                    + "staff can restore it. Customer accounts are deleted from the Customer accounts list.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (live(id).isAccount()) {
            throw new io.clientele.base.ActionRefusedException("api.account-delete");
        }
        bulk.delete(CustomerSelection.of(Set.of(id)), p -> {}).await(ONE_CUSTOMER);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ApiCustomer> once(
            long id, BiFunction<CustomerSelection, Consumer<BulkJobService.Progress>, BulkJobService.Handle> action) {
        live(id);
        action.apply(CustomerSelection.of(Set.of(id)), p -> {}).await(ONE_CUSTOMER);
        return one(id, ResponseEntity.ok());
    }

    /** A customer that is not in the Trash; a deleted one can only be read. */
    private CustomerDetails live(long id) {
        CustomerDetails d = customers.details(id).orElseThrow(() -> new NoSuchElementException("Customer " + id));
        if (d.row().deleted()) {
            throw new io.clientele.base.ActionRefusedException("api.customer-deleted");
        }
        return d;
    }

    /** The customer as it is now, with its ETag, in the response {@code answer} has begun. */
    private ResponseEntity<ApiCustomer> one(long id, ResponseEntity.BodyBuilder answer) {
        CustomerDetails d = customers.details(id).orElseThrow(() -> new NoSuchElementException("Customer " + id));
        return answer.eTag(ETags.of(d.version())).body(ApiCustomer.of(d));
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
