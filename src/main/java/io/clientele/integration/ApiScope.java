package io.clientele.integration;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** What an API key may do. Tenant keys manage the tenant's customers; a business customer's key only its own data. */
public enum ApiScope {
    CUSTOMERS_READ("customers:read", false),
    CUSTOMERS_WRITE("customers:write", false),
    PROFILE_READ("profile:read", true),
    PROFILE_WRITE("profile:write", true),
    BOOKINGS_READ("bookings:read", true),
    PAYMENTS_READ("payments:read", true),
    SUBSCRIPTION_READ("subscription:read", true);

    private final String code;
    private final boolean customerKey;

    ApiScope(String code, boolean customerKey) {
        this.code = code;
        this.customerKey = customerKey;
    }

    /** As the API and the OpenAPI document name it. */
    public String code() {
        return code;
    }

    /** The scopes a tenant key ({@code forCustomer} false) or a business customer's key can hold. */
    public static Set<ApiScope> offered(boolean forCustomer) {
        EnumSet<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(values()).filter(s -> s.customerKey == forCustomer).forEach(set::add);
        return set;
    }

    static ApiScope ofCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown scope " + code));
    }
}
