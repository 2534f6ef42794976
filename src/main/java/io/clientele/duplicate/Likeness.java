package io.clientele.duplicate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How two customers are compared, the same on every database: e-mail addresses as a mailbox would deliver them
 * (case, and Gmail's dots and +tags, ignored), names without case, accents and word order, and name similarity as
 * the share of common trigrams (the measure PostgreSQL's pg_trgm uses).
 */
final class Likeness {
    static final double SIMILAR_NAMES = 0.6;

    private Likeness() {}

    /** "Kari.Nordmann+shop@GMail.com" and "karinordmann@gmail.com" are one mailbox. */
    static String mailbox(String email) {
        if (email == null || !email.contains("@")) {
            return null;
        }
        String lower = email.trim().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        String local = lower.substring(0, at);
        String domain = lower.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** Lower case, accents and punctuation gone, words sorted: "Østby-Hansen, Kári" = "kari hansen ostby". */
    static String name(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String plain = Normalizer.normalize(
                        text.toLowerCase(Locale.ROOT)
                                .replace("ø", "o")
                                .replace("æ", "ae")
                                .replace("å", "a"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return String.join(
                " ",
                java.util.Arrays.stream(plain.split(" "))
                        .filter(w -> !w.isEmpty())
                        .sorted()
                        .toList());
    }

    /** Shared trigrams over all trigrams of the two names (0 … 1), each word padded as pg_trgm pads it. */
    static double similarity(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / (x.size() + y.size() - common.size());
    }

    private static Set<String> trigrams(String name) {
        Set<String> out = new HashSet<>();
        for (String word : name.split(" ")) {
            if (word.isEmpty()) continue;
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                out.add(padded.substring(i, i + 3));
            }
        }
        return out;
    }
}
