package io.clientele.booking;

public enum BookingStatus {
    BOOKED,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
