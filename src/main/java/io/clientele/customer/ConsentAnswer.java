package io.clientele.customer;

/** What the Customers list can filter a consent field by. */
public enum ConsentAnswer {
    YES,
    NO,
    UNRECORDED
}
