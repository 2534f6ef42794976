package io.clientele.customer.ui;

import io.clientele.base.ui.DetailPage;
import io.clientele.customer.CustomerRow;

/**
 * Tabs a feature adds to every customer's page (the customer page, and the account page of a business customer that
 * is also an account), each for the roles that may see it. The page puts them in {@link #order()} among its own tabs.
 */
public interface CustomerTab {
    /** After the profile, before the customer's addresses: the customer's work (bookings, groups, messages…). */
    int WORK = 10;
    /** After the activity: the business customer's integrations and the privacy tools. */
    int AFTER_ACTIVITY = 80;

    int order();

    /** Adds this feature's tabs for {@code customer}; {@code changed} shows the page again after a change. */
    void addTo(DetailPage page, CustomerRow customer, Runnable changed);
}
