package io.clientele.directory;

/** Whose address or price sheet: a company (organization), a contact or a B2C customer. */
public enum OwnerType { ORGANIZATION, CONTACT, CUSTOMER }
