package io.clientele.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's translations for server-side text (e-mails, notifications, exports) outside a Vaadin request. */
public final class Messages {
    private static final String BUNDLE = "vaadin-i18n.translations";

    private Messages() {}

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = bundle(locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Every text of one language, for lookups by key prefix. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale(String language) {
        return Languages.locale(language);
    }
}
