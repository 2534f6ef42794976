package io.clientele.customer;

public enum CustomerType {
    INDIVIDUAL,
    BUSINESS
}
