package io.clientele.booking;

import io.clientele.audit.AuditService;
import io.clientele.customer.LabelCatalog;
import io.clientele.customer.LabelRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Service;

/**
 * Settings → Booking services: what the Bookings tab offers to book. A booking keeps the name it was made with, so
 * renaming or deleting a service changes no booking; the list counts the bookings made with each name.
 */
@Service
public class BookableServices extends LabelCatalog<BookableService> {
    private final BookableServiceRepository services;

    BookableServices(BookableServiceRepository services, AuditService audit) {
        super(
                services,
                audit,
                "BOOKING_SERVICE",
                "booking service",
                "booking-services.name-taken",
                BookableService::new);
        this.services = services;
    }

    @Override
    public Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        services.countBookings().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}

interface BookableServiceRepository extends LabelRepository<BookableService> {
    /** [service id, bookings made with its name] for the services that have any. */
    @Query("SELECT s.id, count(b) FROM BookableService s, Booking b WHERE b.service = s.name GROUP BY s.id")
    List<Object[]> countBookings();
}
