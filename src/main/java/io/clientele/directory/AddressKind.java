package io.clientele.directory;

public enum AddressKind {
    BILLING,
    SHIPPING,
    VISITING
}
