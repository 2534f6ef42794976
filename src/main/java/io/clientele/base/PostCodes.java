package io.clientele.base;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Country-aware post code rules; countries without a rule accept a short alphanumeric code. */
public final class PostCodes {
    private static final Map<String, Pattern> RULES = Map.of(
            "NO", Pattern.compile("\\d{4}"),
            "DK", Pattern.compile("\\d{4}"),
            "SE", Pattern.compile("\\d{3} ?\\d{2}"),
            "DE", Pattern.compile("\\d{5}"),
            "US", Pattern.compile("\\d{5}(-\\d{4})?"),
            "GB", Pattern.compile("(GIR 0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})"));
    private static final Pattern ANY = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,11}");

    private PostCodes() {}

    public static boolean isValid(String code, String country) {
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        return RULES.getOrDefault(country == null ? "" : country.toUpperCase(Locale.ROOT), ANY)
                .matcher(normalized)
                .matches();
    }

    /** An example shown in the error message, e.g. "0150" for Norway. */
    public static String example(String country) {
        return switch (country == null ? "" : country.toUpperCase(Locale.ROOT)) {
            case "NO", "DK" -> "0150";
            case "SE" -> "114 55";
            case "DE" -> "10115";
            case "US" -> "94105";
            case "GB" -> "SW1A 1AA";
            default -> "12345";
        };
    }
}
