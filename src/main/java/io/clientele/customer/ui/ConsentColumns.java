package io.clientele.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Filters;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.ListState;
import io.clientele.customer.Consent;
import io.clientele.customer.ConsentAnswer;
import io.clientele.customer.ConsentField;
import io.clientele.customer.CustomerRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant's GDPR consent fields on the Customers list: a column each (the answer, with when and where in its
 * tooltip) and a Yes / No / Not recorded filter in its header, kept in the URL as {@code consent-<id>=yes}.
 */
final class ConsentColumns {
    private static final String PREFIX = ConsentField.COLUMN_PREFIX;

    private final Component host;
    private final Map<ConsentField, Select<ConsentAnswer>> filters = new LinkedHashMap<>();

    ConsentColumns(Component host, List<ConsentField> fields) {
        this.host = host;
        fields.forEach(f -> filters.put(f, filter(f)));
    }

    void addTo(Grid<CustomerRow> grid) {
        filters.keySet()
                .forEach(f -> grid.addColumn(Cells.badge(
                                r -> answer(r.consents().get(f.getId())),
                                r -> tone(r.consents().get(f.getId()))))
                        .setKey(PREFIX + f.getId())
                        .setHeader(f.getName())
                        .setSortable(false)
                        .setWidth("9rem")
                        .setFlexGrow(0)
                        .setTooltipGenerator(r -> tooltip(r.consents().get(f.getId()))));
    }

    void addFilters(Grid<CustomerRow> grid) {
        filters.forEach((f, select) -> Filters.inHeader(grid.getColumnByKey(PREFIX + f.getId()), select));
    }

    void bind(ListState state) {
        filters.forEach((f, select) -> state.bind(
                PREFIX + f.getId(),
                f.getName(),
                select,
                v -> v == null ? "" : v.name().toLowerCase(Locale.ROOT),
                ConsentColumns::parse,
                this::caption));
    }

    /** The answer wanted per consent field id, for the fields that filter. */
    Map<Long, ConsentAnswer> answers() {
        Map<Long, ConsentAnswer> wanted = new LinkedHashMap<>();
        filters.forEach((f, select) -> {
            if (select.getValue() != null) {
                wanted.put(f.getId(), select.getValue());
            }
        });
        return wanted;
    }

    /** The field's name for its column key, or null for any other column. */
    String label(String key) {
        return filters.keySet().stream()
                .filter(f -> (PREFIX + f.getId()).equals(key))
                .map(ConsentField::getName)
                .findFirst()
                .orElse(null);
    }

    private Select<ConsentAnswer> filter(ConsentField f) {
        Select<ConsentAnswer> select =
                Filters.single(host.getTranslation("filter.any"), this::caption, ConsentAnswer.values());
        select.setAriaLabel(f.getName());
        select.setId("filter-" + PREFIX + f.getId());
        return select;
    }

    private String caption(ConsentAnswer a) {
        return a == null ? "" : host.getTranslation("consent.answer." + a);
    }

    /** The list leaves a consent never recorded empty. */
    private String answer(Consent c) {
        return c == null ? null : host.getTranslation(answerKey(c));
    }

    /** Yes, No or Not recorded, as the list and the customer's Consents tab show an answer. */
    static Span badge(Component host, Consent c) {
        return new Badge(host.getTranslation(answerKey(c)), tone(c));
    }

    private static String answerKey(Consent c) {
        return "consent.answer." + (c == null ? "UNRECORDED" : c.granted() ? "YES" : "NO");
    }

    private static Badge.Tone tone(Consent c) {
        return c == null ? Badge.Tone.CONTRAST : c.granted() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL;
    }

    private String tooltip(Consent c) {
        return c == null
                ? host.getTranslation("consent.answer.UNRECORDED")
                : host.getTranslation("consent.recorded", Formats.dateTime(c.recordedAt()), c.source());
    }

    private static ConsentAnswer parse(String text) {
        try {
            return ConsentAnswer.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
