package io.clientele.portal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.PagedGrid;
import io.clientele.booking.BookingRow;
import io.clientele.booking.BookingService;
import io.clientele.booking.Payment;
import jakarta.annotation.security.RolesAllowed;

/** Portal → Bookings and payments (in the menu only when the customer has any). */
@Route(value = "portal/bookings", layout = PortalLayout.class)
@RolesAllowed({"CUSTOMER_ADMIN", "CUSTOMER"})
public class PortalBookingsView extends VerticalLayout implements HasDynamicTitle {
    public PortalBookingsView(BookingService bookings) {
        addClassName("portal-view");
        PagedGrid<BookingRow> visits = new PagedGrid<>(new Grid<>());
        visits.getGrid().setId("portal-bookings");
        visits.getGrid()
                .addColumn(b -> Formats.dateTime(b.startsAt()))
                .setKey("when")
                .setHeader(getTranslation("booking.date"));
        visits.getGrid().addColumn(BookingRow::service).setKey("service").setHeader(getTranslation("booking.service"));
        visits.getGrid()
                .addColumn(b -> getTranslation("booking.status." + b.status()))
                .setKey("status")
                .setHeader(getTranslation("booking.status"));
        visits.setEmptyStateText(getTranslation("booking.none"));
        visits.setSource(bookings::ownBookings, bookings::countOwnBookings);
        visits.setHeight("18rem");
        visits.refresh();
        PagedGrid<Payment> paid = new PagedGrid<>(new Grid<>());
        paid.getGrid().setId("portal-payments");
        paid.getGrid()
                .addColumn(p -> Formats.dateTime(p.getPaidAt()))
                .setKey("when")
                .setHeader(getTranslation("booking.date"));
        paid.getGrid()
                .addColumn(p -> Formats.money(p.getAmount(), p.getCurrency()))
                .setKey("amount")
                .setHeader(getTranslation("billing.amount"));
        paid.getGrid()
                .addColumn(p -> p.getStatus().name())
                .setKey("status")
                .setHeader(getTranslation("booking.status"));
        paid.setSource(bookings::ownPayments, bookings::countOwnPayments);
        paid.setHeight("18rem");
        paid.refresh();
        add(new H2(getTranslation("portal.nav.bookings")), visits, new H3(getTranslation("portal.payments")), paid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.nav.bookings") + " · " + getTranslation("portal.title");
    }
}
