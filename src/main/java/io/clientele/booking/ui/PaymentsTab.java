package io.clientele.booking.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.ui.*;
import io.clientele.booking.BookingService;
import io.clientele.booking.Payment;

/** A customer's Payments tab: what was paid, how, for which booking, with the totals per currency. */
public class PaymentsTab extends VerticalLayout {
    public PaymentsTab(BookingService bookings, long customerId) {
        setPadding(false);
        setId("payments-tab");
        var totals = bookings.paidTotals(customerId);
        // One line per currency, e.g. "NOK  kr 2 600,00"; a dash when nothing is paid yet.
        Div summary = DetailBlocks.block(getTranslation("payment.totals"), totals.isEmpty()
                ? new com.vaadin.flow.component.Component[] {new com.vaadin.flow.component.html.Span("—")}
                : totals.entrySet().stream().map(e -> DetailBlocks.field(e.getKey(), Formats.money(e.getValue(), e.getKey())))
                        .toArray(com.vaadin.flow.component.Component[]::new));
        summary.setId("payment-totals");
        summary.getStyle().set("flex", "0 0 auto");
        PagedGrid<Payment> paged = new PagedGrid<>(new Grid<>());
        Grid<Payment> grid = paged.getGrid();
        grid.setId("payment-grid");
        grid.addColumn(p -> Formats.money(p.getAmount(), p.getCurrency())).setKey("amount")
                .setHeader(getTranslation("payment.amount")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(p -> Formats.date(p.getPaidAt())).setKey("date").setHeader(getTranslation("payment.date"));
        grid.addColumn(p -> getTranslation("payment.method." + p.getMethod())).setKey("method")
                .setHeader(getTranslation("payment.method"));
        grid.addComponentColumn(p -> new Badge(getTranslation("payment.status." + p.getStatus()), switch (p.getStatus()) {
            case PAID -> Badge.Tone.SUCCESS;
            case PENDING -> Badge.Tone.NEUTRAL;
            case REFUNDED, FAILED -> Badge.Tone.ERROR;
        })).setKey("status").setHeader(getTranslation("payment.status"));
        grid.addColumn(p -> p.getBookingId() == null ? "—" : "#" + p.getBookingId()).setKey("booking")
                .setHeader(getTranslation("payment.booking"));
        grid.setEmptyStateText(getTranslation("payment.none"));
        paged.setSource(page -> bookings.payments(customerId, page), () -> bookings.countPayments(customerId));
        paged.setHeight("24rem");
        add(summary, paged);
        paged.refresh();
    }
}
