package io.clientele.audit;

import io.clientele.base.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an audit event says, as values for its action's message {@code audit.summary.<ACTION>}: stored with the event
 * and rendered in each reader's language. Numbers stay numbers (the messages count with plural rules); anything else is
 * kept as its text.
 */
public record Summary(Object[] args) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MESSAGE = "audit.summary.";

    public static Summary of(Object... args) {
        return new Summary(Arrays.stream(args)
                .map(a -> a instanceof Number || a == null ? a : String.valueOf(a))
                .toArray());
    }

    /** The values as stored in {@code audit_event.summary_args}. */
    public String json() {
        return JSON.writeValueAsString(args);
    }

    /** The values stored by {@link #json()}. */
    static Summary parse(String json) {
        return new Summary(JSON.readValue(json, List.class).toArray());
    }

    /** {@code action}'s message filled with these values, in {@code locale}. */
    public String render(Locale locale, String action) {
        return Messages.text(locale, MESSAGE + action, args);
    }

    /** The stored English text, for search and the CSV. */
    public String english(String action) {
        return render(Locale.UK, action);
    }

    /**
     * A stored line in the reader's language: its values ({@code json}) read into {@code action}'s message; a line
     * written before lines had values shows its stored text.
     */
    public static String read(Locale locale, String action, String json, String stored) {
        return json == null
                ? java.util.Objects.toString(stored, "")
                : parse(json).render(locale, action);
    }
}
