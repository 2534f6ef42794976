package io.clientele.customer;

/** The system a customer record came from. */
public enum CustomerSource {
    ADMIN,
    INVITE,
    ORDER,
    IMPORT,
    API,
    WORKFLOW,
    SIGNUP
}
