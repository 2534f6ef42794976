package io.clientele.security;

import java.util.Optional;

/**
 * Whether a portal login may sign in now. The customer feature answers from the state of the customer
 * the login belongs to, so this package needs no knowledge of customers.
 */
public interface PortalLoginPolicy {
    /** A message key saying why the login is refused, or empty when it may sign in. */
    Optional<String> refusal(long tenantId, long userAccountId);

    /** The customer a portal login belongs to, if any. */
    Optional<Long> customerOf(long tenantId, long userAccountId);
}
