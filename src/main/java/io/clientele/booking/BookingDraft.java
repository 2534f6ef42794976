package io.clientele.booking;

import java.time.LocalDateTime;

/** The Add booking form: what, with whom, when (the user's local time) and for how long. */
public record BookingDraft(String service, Long staffId, LocalDateTime start, Integer minutes) {}
