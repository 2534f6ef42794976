package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.clientele.base.DateRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The URL half of the list pattern: every filter a view binds here, plus the page, page size, sort and visible
 * columns of its {@link PagedGrid}, lives in the query string. A change pushes a history entry, reload and Back
 * restore it, active filters show as removable chips with a count and "Clear filters", and the empty state says
 * whether filters hide rows. A detail page's back link returns to the list as it was left ({@link #lastLocation}).
 */
public class ListState {
    private static final String LAST = ListState.class.getName() + ".last.";

    private final String path;
    private final PagedGrid<?> paged;
    private final Runnable refresh;
    private final List<Param<?>> params = new ArrayList<>();
    private final HorizontalLayout chips = new HorizontalLayout();
    private final HorizontalLayout filters = new HorizontalLayout();
    private String emptyKey = "list.empty";
    private String filteredKey = "list.no-results-filtered";
    private boolean applying;

    /** One filter: its URL key, its chip label, the field and how its value reads and writes as text. */
    private record Param<V>(
            String key,
            String label,
            HasValue<?, V> field,
            Function<V, String> write,
            Function<String, V> read,
            Function<V, String> caption) {
        String text() {
            return Objects.toString(write.apply(field.getValue()), "");
        }

        void set(String text) {
            field.setValue(read.apply(text));
        }

        void clear() {
            field.clear();
        }
    }

    /**
     * {@code path} is the list's route (with its tab, if any); {@code refresh} reloads the rows and anything that
     * depends on the filters, such as summary cards.
     */
    public ListState(String path, PagedGrid<?> paged, Runnable refresh) {
        this.path = path;
        this.paged = paged;
        this.refresh = refresh;
        chips.addClassName("filter-chips");
        chips.setId("filter-chips");
        chips.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.setPadding(false);
        chips.add(presets().menu(path, this::parameters), filters);
        paged.onStateChange(this::push);
    }

    /** The list's own "nothing here yet" text (a translation key); the filtered variant is shared. */
    public ListState emptyText(String key) {
        this.emptyKey = key;
        return this;
    }

    /** The list's own "nothing matches" text, when the shared one does not fit. */
    public ListState noMatchText(String key) {
        this.filteredKey = key;
        return this;
    }

    public ListState text(String key, String label, HasValue<?, String> field) {
        return bind(key, label, field, v -> v == null ? "" : v.trim(), s -> s, v -> v);
    }

    public ListState flag(String key, String label, HasValue<?, Boolean> field) {
        return bind(key, label, field, v -> Boolean.TRUE.equals(v) ? "true" : "", "true"::equals, v -> "");
    }

    public ListState dates(String key, String label, HasValue<?, DateRange> field) {
        return bind(
                key,
                label,
                field,
                v -> v == null || v.isAny() ? "" : v.toParameter(),
                DateRange::parse,
                v -> (v.from() == null ? "…" : Formats.date(v.from())) + " – "
                        + (v.to() == null ? "…" : Formats.date(v.to())));
    }

    /** A multi-select of enum constants; unknown names in a hand-edited URL are dropped. */
    public <E extends Enum<E>> ListState enums(
            String key, String label, HasValue<?, Set<E>> field, Class<E> type, Function<E, String> caption) {
        return bind(
                key,
                label,
                field,
                v -> v.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                s -> Arrays.stream(s.split(","))
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .flatMap(x -> Arrays.stream(type.getEnumConstants())
                                .filter(c -> c.name().equals(x.toUpperCase(Locale.ROOT))))
                        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(type))),
                v -> v.stream().map(caption).sorted().collect(Collectors.joining(", ")));
    }

    /** A multi-select of records named in the URL by id; ids that no longer exist are dropped. */
    public <T> ListState choices(
            String key,
            String label,
            HasValue<?, Set<T>> field,
            List<T> all,
            Function<T, Long> id,
            Function<T, String> caption) {
        return bind(
                key,
                label,
                field,
                v -> v.stream().map(id).sorted().map(String::valueOf).collect(Collectors.joining(",")),
                s -> {
                    Set<String> wanted = Set.copyOf(List.of(s.split(",")));
                    return all.stream()
                            .filter(t -> wanted.contains(String.valueOf(id.apply(t))))
                            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
                },
                v -> v.stream().map(caption).sorted().collect(Collectors.joining(", ")));
    }

    /** Any other filter, with its own text form; {@code caption} is what its chip shows. */
    public <V> ListState bind(
            String key,
            String label,
            HasValue<?, V> field,
            Function<V, String> write,
            Function<String, V> read,
            Function<V, String> caption) {
        Param<V> p = new Param<>(key, label, field, write, read, caption);
        params.add(p);
        field.addValueChangeListener(e -> {
            if (!applying) {
                changed();
            }
        });
        return this;
    }

    /**
     * Puts the filter bound last in the header of the list's column {@code columnKey}, under its title, named
     * "filter-" and its key: a header filter is declared in one place, with its address parameter.
     */
    public ListState inHeader(String columnKey) {
        Param<?> last = params.getLast();
        Component filter = (Component) last.field();
        filter.setId("filter-" + last.key());
        Filters.inHeader(paged.getGrid().getColumnByKey(columnKey), filter);
        return this;
    }

    /** Call from beforeEnter: the URL decides every filter, the sort, the columns and the page, then one refresh. */
    public void apply(Location location) {
        Map<String, List<String>> q =
                withDefaultView(location.getQueryParameters()).getParameters();
        applying = true;
        try {
            params.forEach(p -> p.set(first(q, p.key())));
            paged.applyState(first(q, "sort"), first(q, "cols"), first(q, "size"));
        } finally {
            applying = false;
        }
        int page = parsePage(first(q, "page"));
        remember();
        showChips();
        refresh.run();
        if (page > 0) {
            applying = true;
            try {
                paged.goTo(page);
            } finally {
                applying = false;
            }
            // A page past the end (?page=20 of 3) shows the last one; the address is corrected in place.
            QueryParameters shown = parameters();
            if (!first(shown.getParameters(), "page").equals(String.valueOf(page + 1))) {
                UI.getCurrent()
                        .getPage()
                        .getHistory()
                        .replaceState(JsonNodeFactory.instance.objectNode(), new Location(path, shown));
            }
            // A record opened from here leads back to this page.
            remember();
        }
    }

    /**
     * A list opened without a query (menu, a bookmark of the bare list) opens with the user's default view, if they
     * chose one; the address bar then shows it.
     */
    private QueryParameters withDefaultView(QueryParameters asked) {
        if (!asked.getParameters().isEmpty()) {
            return asked;
        }
        return presets()
                .defaultQuery(path)
                .map(query -> {
                    QueryParameters preferred = QueryParameters.fromString(query);
                    UI.getCurrent()
                            .getPage()
                            .getHistory()
                            .replaceState(JsonNodeFactory.instance.objectNode(), new Location(path, preferred));
                    return preferred;
                })
                .orElse(asked);
    }

    /** The query string of the current state; empty values are left out. */
    public QueryParameters parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        params.forEach(x -> {
            String text = x.text();
            if (!text.isBlank()) {
                p.put(x.key(), text);
            }
        });
        p.putAll(paged.stateParameters());
        return QueryParameters.simple(p);
    }

    public boolean filtersActive() {
        return params.stream().anyMatch(p -> !p.text().isBlank());
    }

    public void clearFilters() {
        change(() -> params.forEach(Param::clear));
    }

    /** Several filter edits as one change: one history entry, one refresh. */
    public void change(Runnable edits) {
        applying = true;
        try {
            edits.run();
        } finally {
            applying = false;
        }
        changed();
    }

    /** Active filters as chips, their count and "Clear filters"; hidden when none is active. */
    public Component chips() {
        return chips;
    }

    /** A detail page's link back to the list at {@code path}, as the user left it. */
    public static Anchor backLink(String path, String text) {
        Anchor back = new Anchor(lastLocation(path), text);
        back.addClassName("back-link");
        back.setId("back-link");
        return back;
    }

    /** Where the back link of a record opened from this list leads: the list as the user left it. */
    public static String lastLocation(String path) {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getAttribute(LAST + path);
        return last == null ? path : last.toString();
    }

    private void changed() {
        paged.resetPage();
        push();
        showChips();
        refresh.run();
    }

    private void push() {
        if (applying) {
            return;
        }
        // A non-null state lets Flow's client route the history entry, so Back re-enters through beforeEnter.
        UI.getCurrent()
                .getPage()
                .getHistory()
                .pushState(JsonNodeFactory.instance.objectNode(), new Location(path, parameters()));
        remember();
    }

    private void remember() {
        VaadinSession.getCurrent()
                .setAttribute(LAST + path, new Location(path, parameters()).getPathWithQueryParameters());
    }

    private static ListPresets presets() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ListPresets.class);
    }

    private void showChips() {
        filters.removeAll();
        List<Param<?>> active = params.stream().filter(p -> !p.text().isBlank()).toList();
        paged.setEmptyStateText(active.isEmpty() ? chips.getTranslation(emptyKey) : chips.getTranslation(filteredKey));
        if (active.isEmpty()) {
            return;
        }
        Span count = new Span(chips.getTranslation("list.filters-on", active.size()));
        count.addClassName("filter-count");
        filters.add(count);
        for (Param<?> p : active) {
            filters.add(chip(p));
        }
        Button clear = new Button(
                chips.getTranslation("filter.clear-all"), VaadinIcon.CLOSE_SMALL.create(), e -> clearFilters());
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        filters.add(clear);
    }

    private <V> Component chip(Param<V> p) {
        String value = p.caption().apply(p.field().getValue());
        Span text = new Span(value.isBlank() ? p.label() : p.label() + ": " + value);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> p.clear());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(chips.getTranslation("filter.remove", p.label()));
        Span chip = new Span(text, remove);
        chip.addClassName("filter-chip");
        chip.getElement().setAttribute("data-key", p.key());
        return chip;
    }

    private static int parsePage(String text) {
        try {
            return Math.max(0, Integer.parseInt(text) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String first(Map<String, List<String>> q, String key) {
        List<String> values = q.get(key);
        // An address bar can carry what no field would (%00): such characters never reach a query.
        return values == null || values.isEmpty() ? "" : io.clientele.base.Texts.xmlSafe(values.getFirst());
    }
}
