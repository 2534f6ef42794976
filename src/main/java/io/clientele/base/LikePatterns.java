package io.clientele.base;

import java.util.Locale;

/** LIKE patterns for search boxes: lower-cased, the user's % and _ taken literally (escape character '\'). */
public final class LikePatterns {
    public static final char ESCAPE = '\\';

    private LikePatterns() {}

    public static String contains(String text) {
        String escaped = Texts.searchText(text)
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
