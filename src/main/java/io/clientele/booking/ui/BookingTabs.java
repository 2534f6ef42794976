package io.clientele.booking.ui;

import io.clientele.base.ui.DetailPage;
import io.clientele.booking.BookingService;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.ui.CustomerTab;
import io.clientele.security.CurrentUser;
import io.clientele.security.Role;
import org.springframework.stereotype.Component;

/** A customer's bookings and payments: BACKOFFICE and above. */
@Component
class BookingTabs implements CustomerTab {
    private final BookingService bookings;

    BookingTabs(BookingService bookings) {
        this.bookings = bookings;
    }

    @Override
    public int order() {
        return WORK;
    }

    @Override
    public void addTo(DetailPage page, CustomerRow customer, Runnable changed) {
        if (CurrentUser.require().has(Role.BACKOFFICE)) {
            long id = customer.id();
            page.tab(
                    "bookings",
                    page.getTranslation("tab.bookings"),
                    () -> new BookingsTab(bookings, id, !customer.deleted()));
            page.tab(
                    "payments",
                    page.getTranslation("tab.payments"),
                    () -> new PaymentsTab(bookings, id, !customer.deleted()));
        }
    }
}
