package io.clientele.base;

import java.util.List;
import java.util.Locale;

/**
 * The languages a login can choose, stored as language tags: English (UK) — the default for English, so dates read
 * 13/07/2025 — English (US) and Norwegian Bokmål. Older logins stored "en", which reads as English (UK).
 */
public final class Languages {
    public static final String UK = "en-GB";
    public static final String US = "en-US";
    public static final String NORWEGIAN = "nb";
    public static final List<String> CHOICES = List.of(UK, US, NORWEGIAN);

    private Languages() {}

    public static Locale locale(String tag) {
        if (NORWEGIAN.equals(tag)) {
            return Locale.forLanguageTag(NORWEGIAN);
        }
        return US.equals(tag) ? Locale.US : Locale.UK;
    }

    /** A stored tag in its canonical form ("en" → "en-GB"); anything unknown is refused by {@link #check}. */
    public static String tag(String stored) {
        return "en".equals(stored) ? UK : stored;
    }

    public static String check(String tag) {
        if (!CHOICES.contains(tag)) {
            throw new ActionRefusedException("profile.language-unknown");
        }
        return tag;
    }

    /** The browser's choice before sign-in: Norwegian for any Norwegian, US English for en-US, else English (UK). */
    public static Locale fromBrowser(Locale browser) {
        if (browser == null) {
            return Locale.UK;
        }
        if (List.of("nb", "no", "nn").contains(browser.getLanguage())) {
            return locale(NORWEGIAN);
        }
        return "en".equals(browser.getLanguage()) && "US".equals(browser.getCountry()) ? Locale.US : Locale.UK;
    }
}
