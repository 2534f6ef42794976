package io.clientele.booking;

import io.clientele.base.CustomerRows;
import io.clientele.base.CustomerRows.Ref;
import io.clientele.base.FollowingCustomerData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Bookings and payments: they follow the person on a merge and stay, anonymous, after an erasure (bookkeeping). */
@Component
class BookingData extends FollowingCustomerData {
    BookingData(CustomerRows rows) {
        super(rows, Ref.of("booking", "customer_id"), Ref.of("payment", "customer_id"));
    }

    @Override
    public void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections) {
        sections.put(
                "bookings",
                rows.section(
                        "SELECT id, service, starts_at, ends_at, status, created_at FROM booking "
                                + "WHERE tenant_id = ? AND customer_id = ? ORDER BY starts_at",
                        tenant,
                        customerId));
        sections.put(
                "payments",
                rows.section(
                        "SELECT id, booking_id, amount, currency, paid_at, method, status FROM payment "
                                + "WHERE tenant_id = ? AND customer_id = ? ORDER BY paid_at",
                        tenant,
                        customerId));
    }

    @Override
    public void erase(long tenant, long customerId, Map<String, Integer> done) {
        // Kept: once the customer row is erased they name nobody.
    }
}
