package io.clientele.booking;

import io.clientele.customer.NamedLabel;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A service the tenant books customers for, such as "Consultation" (Settings → Booking services). */
@Entity
@Table(name = "booking_service")
public class BookableService extends NamedLabel {
    protected BookableService() {}

    BookableService(String name) {
        super(name);
    }
}
