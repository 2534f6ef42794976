package io.clientele.base;

/** Blank-or-trimmed handling of form input, shared by the services. */
public final class Texts {
    private Texts() {}

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static boolean present(String s) {
        return !blank(s);
    }

    /** A search box's text as a query can take it: trimmed, stray control characters left out (never null). */
    public static String searchText(String s) {
        return blank(s) ? "" : xmlSafe(s.trim());
    }

    public static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    /**
     * The text without the characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone
     * surrogates, U+FFFE/U+FFFF), so a stray one in imported data cannot make a spreadsheet or page unreadable.
     */
    public static String xmlSafe(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean allowed = pair
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
            if (pair) {
                if (out != null) out.append(s.charAt(i + 1));
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    /** Text for an HTML page: markup characters escaped, so data always shows as text and never runs. */
    public static String html(String raw) {
        String s = xmlSafe(raw == null ? "" : raw);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
