package io.clientele.directory;

import java.util.List;

/** A line of the Customers (B2C) tab. */
public record PersonRow(long id, String name, List<String> groups, String email, List<String> sources) {}
