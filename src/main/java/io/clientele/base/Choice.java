package io.clientele.base;

/** An item of a searchable picker: an organization, a login or an account. */
public record Choice(long id, String label, String detail) {}
