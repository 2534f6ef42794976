package io.clientele.security;

/** Role names as compile-time constants for @RolesAllowed and @PreAuthorize. */
public final class Roles {
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String OWNER = "OWNER";
    public static final String BACKOFFICE = "BACKOFFICE";
    public static final String ADMIN = "ADMIN";
    public static final String SUPPORT = "SUPPORT";
    public static final String VIEWER = "VIEWER";
    /** A customer acting on its own data (a business customer's API key). */
    public static final String CUSTOMER = "CUSTOMER";

    private Roles() {
    }
}
