package io.clientele.base;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Something a business integration may want to hear about, published inside the transaction that made it happen so
 * the webhook outbox row commits (or rolls back) with the change. One event may cover many customers (a bulk chunk);
 * {@code data} gives each customer's payload, read only when some endpoint listens for the type.
 */
public record BusinessEvent(String type, Supplier<Map<Long, Map<String, Object>>> data) {
    public static final String CUSTOMER_CREATED = "customer.created";
    public static final String CUSTOMER_UPDATED = "customer.updated";
    public static final String CUSTOMER_BLOCKED = "customer.blocked";
    public static final String CUSTOMER_DELETED = "customer.deleted";
    public static final String BOOKING_CREATED = "booking.created";
    public static final String BOOKING_CANCELLED = "booking.cancelled";
    public static final String PAYMENT_RECEIVED = "payment.received";
    public static final String SUBSCRIPTION_CHANGED = "subscription.changed";
    /** What a webhook endpoint can subscribe to, in the order the form lists them. */
    public static final List<String> TYPES = List.of(
            CUSTOMER_CREATED,
            CUSTOMER_UPDATED,
            CUSTOMER_BLOCKED,
            CUSTOMER_DELETED,
            BOOKING_CREATED,
            BOOKING_CANCELLED,
            PAYMENT_RECEIVED,
            SUBSCRIPTION_CHANGED);

    public static BusinessEvent of(String type, long customerId, Map<String, Object> data) {
        return new BusinessEvent(type, () -> Map.of(customerId, data));
    }
}
