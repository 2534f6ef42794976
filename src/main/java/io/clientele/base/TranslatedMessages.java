package io.clientele.base;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation messages ("{validation.max-length}") read from the one translation bundle the UI uses, in the
 * form's locale, with the constraint's {@code max} as {0}; other templates are Hibernate Validator's own. Set for the
 * forms' validators in META-INF/validation.xml.
 */
public class TranslatedMessages implements MessageInterpolator {
    private static final Pattern KEY = Pattern.compile("\\{(validation\\.[a-z0-9.-]+)}");
    private final MessageInterpolator others = new ResourceBundleMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Languages.locale(Languages.UK));
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Matcher key = KEY.matcher(template);
        if (key.matches()) {
            String text = Messages.text(locale, key.group(1));
            Object max = context.getConstraintDescriptor().getAttributes().get("max");
            if (!text.equals(key.group(1))) {
                return text.contains("{0") && max != null ? Messages.text(locale, key.group(1), max) : text;
            }
        }
        return others.interpolate(template, context, locale);
    }
}
