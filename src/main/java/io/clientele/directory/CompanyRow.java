package io.clientele.directory;

import java.util.List;

/** A line of the Companies (B2B) tab; {@code contacts} is counted in the page's query. */
public record CompanyRow(long id, String name, String city, List<String> sources, long contacts) {}
