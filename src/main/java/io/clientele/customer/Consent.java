package io.clientele.customer;

import java.time.Instant;

/** An answer to a consent field: given or refused, when the customer answered, and where it was recorded. */
public record Consent(boolean granted, Instant recordedAt, String source) {
    /** Where answers usually come from; the detail page offers them and accepts any other text. */
    public static final java.util.List<String> SOURCES = java.util.List.of(
            "Admin console", "Customer portal", "Web form", "Phone", "In person", "Paper form", "Import");
}
