package io.clientele.base;

/** Who may own addresses, price sheets and other rows keyed by (owner type, owner id): a company (organization), a contact or a customer. */
public enum OwnerType {
    ORGANIZATION,
    CONTACT,
    CUSTOMER
}
