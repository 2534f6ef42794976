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
    /** Held by everyone but a read-only support session: portal writes demand it on top of CUSTOMER. */
    public static final String PORTAL_WRITE = "PORTAL_WRITE";
    /** The rule of a customer's own writes: refused while support looks at the portal read-only. */
    public static final String CUSTOMER_WRITES = "hasRole('" + CUSTOMER + "') and hasAuthority('" + PORTAL_WRITE + "')";
    /** A business customer's admin in the portal (its own API keys). */
    public static final String CUSTOMER_ADMIN = "CUSTOMER_ADMIN";

    public static final String CUSTOMER_ADMIN_WRITES =
            "hasRole('" + CUSTOMER_ADMIN + "') and hasAuthority('" + PORTAL_WRITE + "')";

    private Roles() {}
}
