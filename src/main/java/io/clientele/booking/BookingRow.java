package io.clientele.booking;

import java.time.Instant;

/** One line of a customer's Bookings tab. */
public record BookingRow(long id, Instant startsAt, long minutes, String service, String staff, BookingStatus status) {}
