package io.clientele.directory;

/** A line of the Contacts (B2B) tab. */
public record ContactRow(long id, String name, String email, String company, String phone, boolean hasPhoto) {}
