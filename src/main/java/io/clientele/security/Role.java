package io.clientele.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Staff roles form a chain — each includes those after it — so a check names the least role
 * that may act. The order is docs/architecture.md's role table: ADMIN manages the tenant's customers and so
 * includes BACKOFFICE (SUPPORT plus B2C customers, bookings and payments); opening a customer's app
 * with full access is ADMIN and above. Portal roles are separate and grant no console access.
 */
public enum Role {
    SYSTEM_ADMIN,
    OWNER,
    ADMIN,
    BACKOFFICE,
    SUPPORT,
    VIEWER,
    CUSTOMER_ADMIN,
    CUSTOMER,
    GUEST;

    private static final Set<Role> STAFF = EnumSet.range(SYSTEM_ADMIN, VIEWER);

    public boolean isStaff() {
        return STAFF.contains(this);
    }

    /** A staff role above {@code other} in the chain; a portal role outranks nothing. */
    public boolean outranks(Role other) {
        return isStaff() && other.isStaff() && ordinal() < other.ordinal();
    }

    /** This role and every role it includes. */
    public Set<Role> granted() {
        if (isStaff()) {
            return EnumSet.range(this, VIEWER);
        }
        return this == CUSTOMER_ADMIN ? EnumSet.of(CUSTOMER_ADMIN, CUSTOMER) : EnumSet.of(this);
    }

    /** Staff roles an OWNER may hand out inside a tenant. */
    public static Set<Role> assignableStaffRoles() {
        return EnumSet.range(OWNER, VIEWER);
    }

    public static Set<Role> portalRoles() {
        return EnumSet.of(CUSTOMER_ADMIN, CUSTOMER, GUEST);
    }
}
