package io.clientele.booking.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.booking.BookingService;
import io.clientele.booking.Payment;

/** A customer's Payments tab: what was paid, how, for which booking, with the totals per currency. */
public class PaymentsTab extends VerticalLayout {
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<String> currency = new ComboBox<>();
    final Select<Payment.Method> method = new Select<>();

    public PaymentsTab(BookingService bookings, long customerId, boolean canRecord) {
        setPadding(false);
        setId("payments-tab");
        var totals = bookings.paidTotals(customerId);
        // One line per currency, e.g. "NOK  kr 2 600,00"; a dash when nothing is paid yet.
        Div summary = DetailBlocks.block(
                getTranslation("payment.totals"),
                totals.isEmpty()
                        ? new com.vaadin.flow.component.Component[] {new com.vaadin.flow.component.html.Span("—")}
                        : totals.entrySet().stream()
                                .map(e -> DetailBlocks.field(e.getKey(), Formats.money(e.getValue(), e.getKey())))
                                .toArray(com.vaadin.flow.component.Component[]::new));
        summary.setId("payment-totals");
        summary.getStyle().set("flex", "0 0 auto");
        PagedGrid<Payment> paged = new PagedGrid<>(new Grid<>());
        Grid<Payment> grid = paged.getGrid();
        grid.setId("payment-grid");
        grid.addColumn(p -> Formats.money(p.getAmount(), p.getCurrency()))
                .setKey("amount")
                .setHeader(getTranslation("payment.amount"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(p -> Formats.date(p.getPaidAt())).setKey("date").setHeader(getTranslation("payment.date"));
        grid.addColumn(p -> getTranslation("payment.method." + p.getMethod()))
                .setKey("method")
                .setHeader(getTranslation("payment.method"));
        grid.addColumn(Cells.badge(p -> getTranslation("payment.status." + p.getStatus()), p -> switch (p.getStatus()) {
                    case PAID -> Badge.Tone.SUCCESS;
                    case PENDING -> Badge.Tone.NEUTRAL;
                    case REFUNDED, FAILED -> Badge.Tone.ERROR;
                }))
                .setKey("status")
                .setHeader(getTranslation("payment.status"));
        grid.addColumn(p -> p.getBookingId() == null ? "—" : "#" + p.getBookingId())
                .setKey("booking")
                .setHeader(getTranslation("payment.booking"));
        paged.setEmptyStateText(getTranslation("payment.none"));
        paged.setSource(page -> bookings.payments(customerId, page), () -> bookings.countPayments(customerId));
        paged.setHeight("24rem");
        add(summary);
        if (canRecord) {
            add(recordForm(bookings, customerId, paged));
        }
        add(paged);
        paged.refresh();
    }

    /** Record payment: amount, currency and method; the service checks them again and announces payment.received. */
    private FormLayout recordForm(BookingService bookings, long customerId, PagedGrid<Payment> paged) {
        amount.setLabel(getTranslation("payment.amount"));
        amount.setId("payment-amount");
        currency.setLabel(getTranslation("payment.currency"));
        currency.setItems("NOK", "EUR", "SEK", "DKK", "USD");
        currency.setValue("NOK");
        currency.setId("payment-currency");
        method.setLabel(getTranslation("payment.method"));
        method.setItems(Payment.Method.values());
        method.setItemLabelGenerator(m -> getTranslation("payment.method." + m));
        method.setValue(Payment.Method.CARD);
        method.setId("payment-method");
        Button record = new Button(getTranslation("payment.record"), e -> {
            amount.setInvalid(false);
            try {
                bookings.recordPayment(customerId, amount.getValue(), currency.getValue(), method.getValue());
                Notifications.success(getTranslation("payment.recorded"));
                amount.clear();
                paged.refresh();
            } catch (FieldValidationException ex) {
                FieldMessages.show(
                        ex,
                        java.util.Map.<String, HasValidation>of(
                                "amount", amount, "currency", currency, "method", method),
                        amount);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-payment");
        FormLayout form = new FormLayout(amount, currency, method, record);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 4));
        return form;
    }
}
