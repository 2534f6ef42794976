package io.clientele.customer;

/** As the person states it; unknown when not given. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
