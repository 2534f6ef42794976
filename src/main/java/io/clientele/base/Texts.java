package io.clientele.base;

/** Blank-or-trimmed handling of form input, shared by the services. */
public final class Texts {
    private Texts() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static boolean present(String s) {
        return !blank(s);
    }

    public static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
