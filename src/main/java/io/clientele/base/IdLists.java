package io.clientele.base;

import java.util.LinkedHashSet;
import java.util.Set;

/** Record ids pasted by a user: separated by commas, spaces or new lines. */
public final class IdLists {
    public static final int MAX = 1000;

    private IdLists() {}

    /** Empty text means no id filter; anything that is not a positive number is refused by name. */
    public static Set<Long> parse(String text, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        if (text == null) {
            return ids;
        }
        for (String token : text.split("[,;\\s]+")) {
            if (token.isBlank()) {
                continue;
            }
            if (!token.matches("\\d{1,18}") || Long.parseLong(token) == 0) {
                throw new FieldValidationException(field, "filter.ids-invalid", token);
            }
            ids.add(Long.parseLong(token));
        }
        if (ids.size() > MAX) {
            throw new FieldValidationException(field, "filter.ids-too-many", MAX);
        }
        return ids;
    }
}
