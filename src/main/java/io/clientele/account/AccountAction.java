package io.clientele.account;

import java.util.EnumSet;
import java.util.Set;

/** Row actions of a customer account and the state each needs (product page 4's table). */
public enum AccountAction {
    VIEW,
    EDIT,
    MANAGE_SHARED,
    RECOVER,
    DELETE,
    PERMANENTLY_DELETE;

    public static Set<AccountAction> allowed(boolean deleted, boolean allowSharedBilling) {
        if (deleted) {
            return EnumSet.of(VIEW, RECOVER, PERMANENTLY_DELETE);
        }
        Set<AccountAction> actions = EnumSet.of(VIEW, EDIT, DELETE);
        if (allowSharedBilling) {
            actions.add(MANAGE_SHARED);
        }
        return actions;
    }
}
