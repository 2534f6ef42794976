package io.clientele.integration.api;

import io.clientele.booking.BookingRow;
import io.clientele.booking.BookingService;
import io.clientele.booking.Payment;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerService;
import io.clientele.subscription.SubscriptionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A business customer's own data, for that customer's keys: nothing here takes a customer id — the key decides whose
 * data it is, so one customer's key cannot reach another's.
 */
@RestController
@RequestMapping(path = "/api/v1/me", produces = "application/json")
@Tag(
        name = "My data",
        description = "The calling business customer's own profile, bookings, payments and subscription "
                + "(business customers' API keys)")
@SecurityRequirement(name = "apiKey")
class MeApi {
    private final CustomerService customers;
    private final BookingService bookings;
    private final SubscriptionService subscriptions;

    MeApi(CustomerService customers, BookingService bookings, SubscriptionService subscriptions) {
        this.customers = customers;
        this.bookings = bookings;
        this.subscriptions = subscriptions;
    }

    /** The current period of my subscription; minutes are billed by the tenant's billing rule. */
    record ApiSubscription(
            String plan,
            int minutesIncluded,
            int extraMinutes,
            double minutesUsed,
            double minutesRemaining,
            Instant periodStart,
            Instant renewsAt,
            boolean cancelAtPeriodEnd,
            BigDecimal price,
            String currency) {}

    /** What a customer may change about itself. */
    record ProfileInput(String firstName, String lastName, String companyName, String phone) {}

    record ApiPayment(
            long id,
            Long bookingId,
            BigDecimal amount,
            String currency,
            Instant paidAt,
            String method,
            String status) {}

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_profile:read')")
    @Operation(summary = "My profile")
    ResponseEntity<ApiCustomer> profile() {
        CustomerDetails d = customers.own();
        return ResponseEntity.ok().eTag(ETags.of(d.version())).body(ApiCustomer.of(d));
    }

    @PatchMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('SCOPE_profile:write')")
    @Operation(summary = "Change my name, company or phone", description = "If-Match must carry the profile's ETag.")
    ResponseEntity<ApiCustomer> update(@RequestHeader("If-Match") String ifMatch, @RequestBody ProfileInput input) {
        customers.updateOwn(
                input.firstName(), input.lastName(), input.companyName(), input.phone(), ETags.version(ifMatch));
        return profile();
    }

    @GetMapping("/bookings")
    @PreAuthorize("hasAuthority('SCOPE_bookings:read')")
    @Operation(summary = "My bookings, latest first")
    ApiPage<BookingRow> bookings(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return new ApiPage<>(
                bookings.ownBookings(ApiPage.request(page, size, Sort.unsorted())),
                page,
                size,
                bookings.countOwnBookings());
    }

    @GetMapping("/payments")
    @PreAuthorize("hasAuthority('SCOPE_payments:read')")
    @Operation(summary = "My payments, latest first")
    ApiPage<ApiPayment> payments(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return new ApiPage<>(
                bookings.ownPayments(ApiPage.request(page, size, Sort.unsorted())).stream()
                        .map(MeApi::payment)
                        .toList(),
                page,
                size,
                bookings.countOwnPayments());
    }

    @GetMapping("/subscription")
    @PreAuthorize("hasAuthority('SCOPE_subscription:read')")
    @Operation(
            summary = "My subscription and minute usage in the current period",
            description = "404 when there is no active subscription.")
    ApiSubscription subscription() {
        SubscriptionService.Usage u = subscriptions
                .ownUsage(java.time.ZoneOffset.UTC)
                .orElseThrow(() -> new java.util.NoSuchElementException("No active subscription"));
        return new ApiSubscription(
                u.planName(),
                u.minutesIncluded(),
                u.extraMinutes(),
                u.minutesUsed(),
                u.minutesRemaining(),
                u.periodStart(),
                u.renewsAt(),
                u.cancelAtPeriodEnd(),
                BigDecimal.valueOf(u.priceCents(), 2),
                u.currency());
    }

    private static ApiPayment payment(Payment p) {
        return new ApiPayment(
                p.getId(),
                p.getBookingId(),
                p.getAmount(),
                p.getCurrency(),
                p.getPaidAt(),
                p.getMethod().name(),
                p.getStatus().name());
    }
}
