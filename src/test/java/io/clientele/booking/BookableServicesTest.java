package io.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.DatabaseTest;
import io.clientele.TestData;
import io.clientele.audit.AuditEvent;
import io.clientele.audit.AuditEvents;
import io.clientele.base.FieldValidationException;
import io.clientele.customer.CustomerStatus;
import io.clientele.security.Role;
import io.clientele.security.UserAccount;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** Settings → Booking services: the tenant's own list on the Bookings tab; bookings keep the name they were made with. */
class BookableServicesTest extends DatabaseTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    BookableServices services;

    @Autowired
    BookingService bookings;

    @Autowired
    ApplicationContext ctx;

    @Test
    void theBookingsTabOffersTheTenantsServicesAndABookingKeepsItsName() {
        long tenant = data.tenant();
        UserAccount admin = data.staff(tenant, Role.ADMIN);
        data.loginAs(admin);
        assertThat(bookings.serviceNames()).as("a new tenant starts with none").isEmpty();
        long consultation = services.create("Consultation").getId();
        long followUp = services.create(" Follow-up ").getId();
        assertThatThrownBy(() -> services.create("consultation"))
                .isInstanceOfSatisfying(
                        FieldValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("booking-services.name-taken"));
        assertThat(bookings.serviceNames()).containsExactly("Consultation", "Follow-up");

        long customer =
                data.customer(tenant, "Bea", "Booked", TestData.uniqueEmail("booked"), null, CustomerStatus.ACTIVE);
        bookings.add(
                customer,
                new BookingDraft(
                        "Consultation",
                        admin.getId(),
                        LocalDateTime.now(OSLO).plusDays(2).withHour(10),
                        60),
                OSLO);
        assertThat(services.memberCounts()).containsExactly(java.util.Map.entry(consultation, 1L));

        services.rename(consultation, "First consultation");
        assertThat(bookings.bookings(customer, PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(b -> assertThat(b.service()).isEqualTo("Consultation"));
        services.delete(followUp);
        assertThat(bookings.serviceNames()).containsExactly("First consultation");
        assertThat(AuditEvents.byActor(ctx, admin.getEmail(), 10))
                .extracting(AuditEvent::getAction)
                .contains("BOOKING_SERVICE_CREATED", "BOOKING_SERVICE_RENAMED", "BOOKING_SERVICE_DELETED");
    }
}
