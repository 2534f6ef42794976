package io.clientele.base.ui;

/** A list's search text and its "Show deleted" switch, read together on the UI thread for the rows and the count. */
public record ListFilter(String text, boolean includeDeleted) {}
