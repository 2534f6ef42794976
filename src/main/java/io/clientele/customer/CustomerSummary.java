package io.clientele.customer;

/** The four summary cards; "recent" means created in the last {@link CustomerService#RECENT_DAYS} days. */
public record CustomerSummary(long total, long active, long pending, long recent) {}
