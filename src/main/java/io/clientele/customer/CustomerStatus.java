package io.clientele.customer;

public enum CustomerStatus {
    PENDING,
    ACTIVE,
    INACTIVE,
    BLOCKED
}
