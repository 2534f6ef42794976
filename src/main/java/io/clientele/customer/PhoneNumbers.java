package io.clientele.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.clientele.base.FieldValidationException;
import java.util.Optional;

/**
 * Phones are stored twice: as entered-and-formatted for display, and as E.164 digits so that
 * "+47 912 34 567" and "91234567" find the same customer.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    public record Normalized(String display, String digits) {}

    /** Empty when the text is not a valid number for the region. */
    public static Optional<Normalized> normalize(String text, String defaultRegion) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            String e164 = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            return Optional.of(new Normalized(
                    UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL), e164.substring(1)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A form's optional phone field: null when blank, the normalized number when valid, otherwise a
     * {@link FieldValidationException} on field "phone" with {@code messageKey}.
     */
    public static Normalized optional(String text, String region, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return normalize(text, region).orElseThrow(() -> new FieldValidationException("phone", messageKey));
    }

    /**
     * A stored number as every screen shows it: libphonenumber's international format ("+47 912 34 567"), whatever
     * style it was stored in (imported rows, call records); text that is not a number shows as it is.
     */
    public static String display(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(stored, null);
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return stored;
        }
    }

    /** The digits of a search text, for matching against stored digits. */
    public static String digitsOf(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }
}
