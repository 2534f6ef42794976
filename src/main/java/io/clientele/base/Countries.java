package io.clientele.base;

import java.util.Locale;
import java.util.Set;

/** ISO 3166 two-letter country codes, as forms offer and services accept them. */
public final class Countries {
    public static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    /** The code in upper case; a {@link FieldValidationException} on field "country" when it is not an ISO code. */
    public static String require(String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODES.contains(upper)) {
            throw new FieldValidationException("country", "organization.country-invalid");
        }
        return upper;
    }
}
