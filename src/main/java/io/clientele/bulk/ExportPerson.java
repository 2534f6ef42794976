package io.clientele.bulk;

/** What a vCard holds of a row; the table formats ignore it. */
public record ExportPerson(
        String firstName, String lastName, String fullName, String email, String phone, String company) {}
