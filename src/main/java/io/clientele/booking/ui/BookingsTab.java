package io.clientele.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import io.clientele.base.ActionRefusedException;
import io.clientele.base.Choice;
import io.clientele.base.FieldValidationException;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Confirm;
import io.clientele.base.ui.FieldMessages;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.RowActions;
import io.clientele.booking.BookingDraft;
import io.clientele.booking.BookingRow;
import io.clientele.booking.BookingService;
import io.clientele.booking.BookingStatus;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A customer's Bookings tab: the list (newest first) and, for those who may, Add booking and Cancel. */
public class BookingsTab extends VerticalLayout {
    private final BookingService bookings;
    private final long customerId;
    private final PagedGrid<BookingRow> paged = new PagedGrid<>(new Grid<>());
    final ComboBox<String> service = new ComboBox<>();
    final ComboBox<Choice> staff = new ComboBox<>();
    final DateTimePicker start = new DateTimePicker();
    final IntegerField minutes = new IntegerField();

    public BookingsTab(BookingService bookings, long customerId, boolean canAdd) {
        this.bookings = bookings;
        this.customerId = customerId;
        setPadding(false);
        setId("bookings-tab");
        Grid<BookingRow> grid = paged.getGrid();
        grid.setId("booking-grid");
        grid.addColumn(b -> Formats.date(b.startsAt())).setKey("date").setHeader(getTranslation("booking.date"));
        grid.addColumn(b -> Formats.time(b.startsAt())).setKey("time").setHeader(getTranslation("booking.time"));
        grid.addColumn(b -> b.minutes() + " min").setKey("duration").setHeader(getTranslation("booking.duration"));
        grid.addColumn(BookingRow::service).setKey("service").setHeader(getTranslation("booking.service"));
        grid.addColumn(BookingRow::staff).setKey("staff").setHeader(getTranslation("booking.staff"));
        grid.addColumn(Cells.badge(b -> getTranslation("booking.status." + b.status()), b -> switch (b.status()) {
                    case BOOKED -> Badge.Tone.SUCCESS;
                    case CANCELLED, NO_SHOW -> Badge.Tone.ERROR;
                    case COMPLETED -> Badge.Tone.NEUTRAL;
                }))
                .setKey("status")
                .setHeader(getTranslation("booking.status"));
        if (canAdd) {
            RowActions.addTo(
                    grid,
                    b -> b.status() != BookingStatus.BOOKED
                            ? List.of()
                            : List.of(
                                    new RowActions.Action(getTranslation("booking.cancel"), () -> cancel(b), "cancel")),
                    b -> b.service());
            add(form());
        }
        paged.setEmptyStateText(getTranslation("booking.none"));
        paged.setSource(page -> bookings.bookings(customerId, page), () -> bookings.countBookings(customerId));
        paged.setHeight("24rem");
        add(paged);
        paged.refresh();
    }

    private FormLayout form() {
        service.setLabel(getTranslation("booking.service"));
        service.setItems(bookings.serviceNames());
        service.setAllowCustomValue(true);
        service.addCustomValueSetListener(e -> service.setValue(e.getDetail()));
        service.setId("booking-service");
        staff.setLabel(getTranslation("booking.staff"));
        staff.setItems(bookings.staff());
        staff.setItemLabelGenerator(Choice::label);
        staff.setId("booking-staff");
        start.setLabel(getTranslation("booking.start"));
        start.setStep(java.time.Duration.ofMinutes(15));
        start.setValue(LocalDateTime.now(Formats.zone())
                .plusDays(1)
                .truncatedTo(ChronoUnit.HOURS)
                .withHour(10));
        start.setId("booking-start");
        minutes.setLabel(getTranslation("booking.minutes"));
        minutes.setValue(60);
        minutes.setMin(5);
        minutes.setMax(480);
        minutes.setStepButtonsVisible(true);
        minutes.setId("booking-minutes");
        // No icon: "Ny bestilling" must fit one column at 1280 px.
        Button add = new Button(getTranslation("booking.add"), e -> addBooking());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-booking");
        FormLayout form = new FormLayout(service, staff, start, minutes, add);
        // The date and time picker needs two columns' room to show a whole date.
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 6));
        form.setColspan(start, 2);
        return form;
    }

    void addBooking() {
        service.setInvalid(false);
        staff.setInvalid(false);
        minutes.setInvalid(false);
        start.setInvalid(false);
        try {
            bookings.add(
                    customerId,
                    new BookingDraft(
                            service.getValue(),
                            staff.getValue() == null ? null : staff.getValue().id(),
                            start.getValue(),
                            minutes.getValue()),
                    Formats.zone());
            Notifications.success(getTranslation("booking.created"));
            paged.refresh();
        } catch (FieldValidationException ex) {
            FieldMessages.show(
                    ex,
                    java.util.Map.<String, com.vaadin.flow.component.HasValidation>of(
                            "service", service, "staff", staff, "start", start, "minutes", minutes),
                    start);
        } catch (ActionRefusedException ex) {
            Notifications.refused(ex);
        }
    }

    private void cancel(BookingRow b) {
        Confirm.dangerous(
                getTranslation("booking.cancel") + "?",
                b.service() + " · " + Formats.dateTime(b.startsAt()),
                getTranslation("booking.cancel"),
                () -> {
                    bookings.cancel(b.id());
                    Notifications.success(getTranslation("booking.cancelled"));
                    paged.refreshPage();
                });
    }
}
