package io.clientele.booking;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.BusinessEvent;
import io.clientele.base.Choice;
import io.clientele.base.FieldErrors;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerService;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.CurrentUser;
import io.clientele.security.Roles;
import io.clientele.security.StaffService;
import io.clientele.security.UserAccount;
import io.clientele.security.UserAccountService;
import io.clientele.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's bookings and payments (BACKOFFICE and above). A booking is refused for blocked or deleted customers
 * and when the staff member already has one at that time. The customer's Next visit follows every change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.BACKOFFICE + "')")
public class BookingService {
    private static final int MAX_MINUTES = 8 * 60;
    /** Keeps customer.next_visit_at equal to the earliest BOOKED start still ahead. */
    static final String NEXT_VISIT = "UPDATE customer SET next_visit_at = (SELECT MIN(b.starts_at) FROM booking b "
            + "WHERE b.tenant_id = customer.tenant_id AND b.customer_id = customer.id AND b.status = 'BOOKED' "
            + "AND b.starts_at > :now) ";

    private final BookingRepository bookings;
    private final PaymentRepository payments;
    private final CustomerService customers;
    private final UserAccountService users;
    private final StaffService staffMembers;
    private final AuditService audit;
    private final EntityManager em;
    private final ApplicationEventPublisher events;
    private final BookableServices services;

    private final Clock clock;

    BookingService(
            BookingRepository bookings,
            PaymentRepository payments,
            CustomerService customers,
            UserAccountService users,
            StaffService staffMembers,
            AuditService audit,
            EntityManager em,
            ApplicationEventPublisher events,
            BookableServices services,
            Clock clock) {
        this.services = services;
        this.clock = clock;
        this.events = events;
        this.bookings = bookings;
        this.payments = payments;
        this.customers = customers;
        this.users = users;
        this.staffMembers = staffMembers;
        this.audit = audit;
        this.em = em;
    }

    public List<BookingRow> bookings(long customerId, Pageable page) {
        List<Booking> list = bookings.findByCustomerId(
                customerId,
                PageRequest.of(
                        page.getPageNumber(),
                        page.getPageSize(),
                        page.getSort().isSorted() ? page.getSort() : Sort.by(Sort.Direction.DESC, "startsAt")));
        Map<Long, UserAccount> staff = users.findAllInTenant(
                list.stream().map(Booking::getStaffId).distinct().toList());
        return list.stream()
                .map(b -> new BookingRow(
                        b.getId(),
                        b.getStartsAt(),
                        Duration.between(b.getStartsAt(), b.getEndsAt()).toMinutes(),
                        b.getService(),
                        Optional.ofNullable(staff.get(b.getStaffId()))
                                .map(UserAccount::displayName)
                                .orElse("—"),
                        b.getStatus()))
                .toList();
    }

    public long countBookings(long customerId) {
        return bookings.countByCustomerId(customerId);
    }

    /** What a booking can be for: the tenant's booking services, by name (another can be typed). */
    public List<String> serviceNames() {
        return services.all().stream().map(BookableService::getName).toList();
    }

    /** Who a booking can be with: the tenant's active staff offered for bookings (Settings → Staff). */
    public List<Choice> staff() {
        return staffMembers.bookable().stream()
                .map(u -> new Choice(u.getId(), u.displayName(), u.getEmail()))
                .toList();
    }

    @Transactional
    public long add(long customerId, BookingDraft d, ZoneId zone) {
        CustomerDetails customer =
                customers.details(customerId).orElseThrow(() -> new NoSuchElementException("Customer " + customerId));
        if (customer.row().deleted()) {
            throw new ActionRefusedException("booking.refused-deleted");
        }
        if (customer.row().status() == CustomerStatus.BLOCKED) {
            throw new ActionRefusedException("booking.refused-blocked");
        }
        FieldErrors errors = new FieldErrors();
        String service = d.service() == null ? "" : d.service().strip();
        errors.require(!service.isEmpty(), "service", "validation.required");
        errors.require(service.length() <= 100, "service", "validation.max-100");
        errors.plain("service", service);
        errors.require(
                d.staffId() != null && staff().stream().anyMatch(c -> c.id() == d.staffId()),
                "staff",
                "validation.required");
        errors.require(d.start() != null, "start", "validation.required");
        errors.require(
                d.minutes() != null && d.minutes() >= 5 && d.minutes() <= MAX_MINUTES,
                "minutes",
                "booking.minutes-range");
        errors.throwIfAny();
        Instant start = d.start().atZone(zone).toInstant();
        Instant end = start.plus(Duration.ofMinutes(d.minutes()));
        List<Booking> clash = bookings.overlapping(d.staffId(), start, end);
        if (!clash.isEmpty()) {
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
            Booking other = clash.getFirst();
            throw new FieldValidationException(
                    "start",
                    "booking.staff-busy",
                    time.format(other.getStartsAt().atZone(zone)),
                    time.format(other.getEndsAt().atZone(zone)));
        }
        Booking b = bookings.save(new Booking(customerId, service, d.staffId(), start, end));
        refreshNextVisit(customerId);
        audit.record(
                "BOOKING_CREATED",
                "CUSTOMER",
                customerId,
                Summary.of(service, customer.row().displayName(), start),
                null,
                Map.of("service", service, "start", start, "minutes", d.minutes()));
        events.publishEvent(BusinessEvent.of(BusinessEvent.BOOKING_CREATED, customerId, eventData(b)));
        return b.getId();
    }

    @Transactional
    public void cancel(long bookingId) {
        Booking b = bookings.findById(bookingId).orElseThrow(() -> new NoSuchElementException("Booking " + bookingId));
        if (b.getStatus() != BookingStatus.BOOKED) {
            throw new ActionRefusedException("booking.not-cancellable");
        }
        b.setStatus(BookingStatus.CANCELLED);
        bookings.flush();
        refreshNextVisit(b.getCustomerId());
        audit.record(
                "BOOKING_CANCELLED",
                "CUSTOMER",
                b.getCustomerId(),
                Summary.of(b.getService(), b.getStartsAt()),
                Map.of("status", BookingStatus.BOOKED),
                Map.of("status", BookingStatus.CANCELLED));
        events.publishEvent(BusinessEvent.of(BusinessEvent.BOOKING_CANCELLED, b.getCustomerId(), eventData(b)));
    }

    /** Money received now (card terminal, cash, Vipps, invoice paid): audited and announced as payment.received. */
    @Transactional
    public long recordPayment(long customerId, BigDecimal amount, String currency, Payment.Method method) {
        customers
                .details(customerId)
                .filter(c -> !c.row().deleted())
                .orElseThrow(() -> new NoSuchElementException("Customer " + customerId));
        FieldErrors errors = new FieldErrors();
        errors.require(
                amount != null
                        && amount.signum() > 0
                        && amount.scale() <= 2
                        && amount.compareTo(new BigDecimal("100000000")) < 0,
                "amount",
                "payment.amount-invalid");
        errors.require(currency != null && currency.matches("[A-Z]{3}"), "currency", "payment.currency-invalid");
        errors.require(method != null, "method", "validation.required");
        errors.throwIfAny();
        Payment p = payments.save(new Payment(customerId, amount, currency, method));
        audit.record(
                "PAYMENT_RECORDED",
                "CUSTOMER",
                customerId,
                Summary.of(amount, currency, method),
                null,
                Map.of("amount", amount, "currency", currency, "method", method));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", p.getId());
        data.put("customerId", customerId);
        data.put("amount", amount);
        data.put("currency", currency);
        data.put("method", method);
        data.put("paidAt", p.getPaidAt());
        events.publishEvent(BusinessEvent.of(BusinessEvent.PAYMENT_RECEIVED, customerId, data));
        return p.getId();
    }

    /** A booking as webhooks and the API show it. */
    static Map<String, Object> eventData(Booking b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.getId());
        m.put("customerId", b.getCustomerId());
        m.put("service", b.getService());
        m.put("startsAt", b.getStartsAt());
        m.put("endsAt", b.getEndsAt());
        m.put("status", b.getStatus());
        return m;
    }

    public List<Payment> payments(long customerId, Pageable page) {
        return payments.findByCustomerId(
                customerId,
                PageRequest.of(
                        page.getPageNumber(),
                        page.getPageSize(),
                        page.getSort().isSorted() ? page.getSort() : Sort.by(Sort.Direction.DESC, "paidAt")));
    }

    public long countPayments(long customerId) {
        return payments.countByCustomerId(customerId);
    }

    /** The calling customer's own bookings (a business customer's API key). */
    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public List<BookingRow> ownBookings(Pageable page) {
        return bookings(CurrentUser.requireCustomerScope(), page);
    }

    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public long countOwnBookings() {
        return countBookings(CurrentUser.requireCustomerScope());
    }

    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public List<Payment> ownPayments(Pageable page) {
        return payments(CurrentUser.requireCustomerScope(), page);
    }

    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public long countOwnPayments() {
        return countPayments(CurrentUser.requireCustomerScope());
    }

    /** What the customer has paid, per currency (PAID payments only). */
    public Map<String, BigDecimal> paidTotals(long customerId) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        payments.paidTotals(customerId).forEach(r -> totals.put((String) r[0], (BigDecimal) r[1]));
        return totals;
    }

    /** Every customer's Next visit from the bookings (after an import or the demo data). */
    @Transactional
    public void recomputeNextVisits() {
        em.createNativeQuery(NEXT_VISIT + "WHERE tenant_id = :tenant")
                .setParameter("now", Instant.now(clock))
                .setParameter("tenant", TenantContext.require())
                .executeUpdate();
    }

    private void refreshNextVisit(long customerId) {
        em.createNativeQuery(NEXT_VISIT + "WHERE tenant_id = :tenant AND id = :id")
                .setParameter("now", Instant.now(clock))
                .setParameter("tenant", TenantContext.require())
                .setParameter("id", customerId)
                .executeUpdate();
    }
}
