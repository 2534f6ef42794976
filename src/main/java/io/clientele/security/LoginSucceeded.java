package io.clientele.security;

import java.time.Instant;

/** Published inside the login's transaction, so features that mirror the last login stay in step. */
public record LoginSucceeded(Long tenantId, long userAccountId, Instant at) {}
