package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.clientele.base.Seek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The list pattern every entity uses: a grid that shows one page at a time from a lazy source, with
 * "Showing X–Y of Z results", a page-size choice and page buttons. Only the rows of the visible page
 * are ever fetched. Rows come first: the total is counted once per refresh, after the rows are on screen
 * ({@link ListCounts}), and "of Z" follows by server push; until then the list says "of …".
 */
public class PagedGrid<T> extends Composite<VerticalLayout> implements HasSize {
    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    private final Grid<T> grid;
    private final Span showing = new Span();
    private final Span pageOf = new Span();
    private final Button first = iconButton(VaadinIcon.ANGLE_DOUBLE_LEFT, "pager.first");
    private final Button previous = iconButton(VaadinIcon.ANGLE_LEFT, "pager.previous");
    private final Button next = iconButton(VaadinIcon.ANGLE_RIGHT, "pager.next");
    private final Button last = iconButton(VaadinIcon.ANGLE_DOUBLE_RIGHT, "pager.last");
    private final Select<Integer> pageSize = new Select<>();

    /** The filters as the view's components hold them, read on the UI thread at each refresh. */
    private Supplier<?> filter;

    private BiFunction<Object, Pageable, List<T>> fetch;
    private ToLongFunction<Object> count;
    /** The filters of the last refresh: the rows and the count (on its own thread) both use these. */
    private Object filtered;
    /** The rows of the page on screen and the page, size and sort they were read for. */
    private List<T> rows = List.of();

    private String rowsFor;
    /** The page, size, sort and filters {@link #rows} were read for: the page next to it is sought from them. */
    private int rowsPage;

    private int rowsSize;
    private Sort rowsSort;
    private Object rowsFilter;
    /** The row's id, when the source reads its pages by {@link Seek}. */
    private ToLongFunction<T> seekId;
    /** Which refresh a count belongs to: the answer of an older one is dropped. */
    private int counting;

    private boolean counted;
    private Runnable stateListener = () -> {};
    private Consumer<T> opener;
    private T focused;
    private String defaultSort = "";
    private Set<String> defaultColumns;
    private Function<T, Object> selectionId;
    private final Set<String> buttonColumns = new java.util.HashSet<>();
    /** Columns offered but hidden until shown, by key: made on first use, each placed after the column it follows. */
    private final LinkedHashMap<String, Hidden<T>> hidden = new LinkedHashMap<>();

    private Supplier<Optional<String>> savedColumns = Optional::empty;
    private Consumer<String> saveColumns = v -> {};
    private int page;
    private long total;
    /** What an empty list says; the grid gets it when the list is first empty (it is a server component there). */
    private String emptyStateText;

    /** Who counts the totals; the application's {@link ListCounts} unless given. */
    private ListCounts counts;

    public PagedGrid(Grid<T> grid) {
        this(grid, null);
    }

    PagedGrid(Grid<T> grid, ListCounts counts) {
        this.grid = grid;
        this.counts = counts;
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setPageSize(PAGE_SIZES.getFirst());
        emptyStateText = getTranslation("list.empty");
        grid.setSizeFull();
        grid.addSortListener(e -> {
            // A new order keeps the total: back to page 1 without counting again (the grid refetches the rows).
            page = 0;
            showPager();
            if (e.isFromClient()) {
                stateListener.run();
            }
        });
        // Enter opens the focused row; focus on a header cell (its filter fields) clears it.
        // A cell of a button column (⋮, message) keeps Enter for its button.
        grid.addCellFocusListener(e -> focused = e.getColumn()
                .map(c -> java.util.Objects.requireNonNullElse(c.getKey(), ""))
                .filter(key -> !RowActions.KEY.equals(key) && !buttonColumns.contains(key))
                .flatMap(key -> e.getItem())
                .orElse(null));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (opener != null && focused != null) {
                                opener.accept(focused);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
        grid.addItemClickListener(e -> {
            if (opener != null
                    && e.getColumn() != null
                    && !RowActions.KEY.equals(e.getColumn().getKey())
                    && !buttonColumns.contains(e.getColumn().getKey())) {
                opener.accept(e.getItem());
            }
        });

        pageSize.setItems(PAGE_SIZES);
        pageSize.setValue(PAGE_SIZES.getFirst());
        pageSize.setWidth("6em");
        pageSize.setAriaLabel(getTranslation("pager.page-size"));
        pageSize.addValueChangeListener(e -> {
            grid.setPageSize(e.getValue());
            page = 0;
            if (e.isFromClient()) {
                refreshPage();
                stateListener.run();
            }
        });
        first.addClickListener(e -> goTo(0));
        previous.addClickListener(e -> goTo(page - 1));
        next.addClickListener(e -> goTo(page + 1));
        last.addClickListener(e -> goTo(lastPage()));

        showing.addClassName("showing");
        showing.setId("showing");
        Span perPage = new Span(getTranslation("pager.per-page"));
        perPage.addClassName("per-page");
        HorizontalLayout pager = new HorizontalLayout(showing, perPage, pageSize, first, previous, pageOf, next, last);
        pager.addClassName("pager");
        pager.setWidthFull();
        pager.setAlignItems(FlexComponent.Alignment.CENTER);

        VerticalLayout root = getContent();
        root.addClassName("paged-grid");
        root.setPadding(false);
        root.setSpacing(false);
        root.setSizeFull();
        root.add(grid, pager);
        root.setFlexGrow(1, grid);
    }

    /**
     * Keeps each user's columns (which are shown, in which order) on the server: a URL without "cols" shows the
     * remembered choice, and every change in the column chooser or by dragging a header is remembered.
     */
    public void rememberColumns(Supplier<Optional<String>> load, Consumer<String> save) {
        this.savedColumns = load;
        this.saveColumns = save;
        grid.setColumnReorderingAllowed(true);
        grid.addColumnReorderListener(e -> {
            if (e.isFromClient()) {
                save.accept(columnChoice());
            }
        });
    }

    private String columnChoice() {
        return String.join(",", visibleColumnKeys());
    }

    /** The keys of the data columns shown, in the grid's order (what an export of the list carries). */
    public List<String> visibleColumnKeys() {
        return dataColumns()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }

    /**
     * Check boxes for some rows or the whole page (the grid's header box: the page is all the grid holds); rows
     * are told apart by {@code id}, so a ticked row stays ticked when it is fetched again. A new filter clears it.
     */
    public void enableSelection(Function<T, Object> id) {
        // Vaadin hides the header box for lazy data; here the grid only ever holds one page, so the box ticks that
        // page.
        ((com.vaadin.flow.component.grid.GridMultiSelectionModel<T>) grid.setSelectionMode(Grid.SelectionMode.MULTI))
                .setSelectAllCheckboxVisibility(
                        com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        selectionId = id;
        if (fetch != null) {
            grid.getLazyDataView().setIdentifierProvider(id::apply);
        }
    }

    /**
     * A list column in one call: {@code key} is its key and sort property (the name the address, the column chooser
     * and saved views use), its header the translation of {@code headerKey}. Sizing and tooltips chain on the result;
     * a column the list cannot sort by chains {@code setSortable(false)}.
     */
    public Grid.Column<T> addColumn(String key, ValueProvider<T, ?> value, String headerKey) {
        return declared(grid.addColumn(value), key, headerKey);
    }

    /** The same, for a column drawn by a renderer (a badge, an avatar with a name). */
    public Grid.Column<T> addColumn(String key, Renderer<T> renderer, String headerKey) {
        return declared(grid.addColumn(renderer), key, headerKey);
    }

    /** The same, {@code width} wide, taking {@code flexGrow} shares of the room left. */
    public Grid.Column<T> addColumn(
            String key, ValueProvider<T, ?> value, String headerKey, String width, int flexGrow) {
        return addColumn(key, value, headerKey).setWidth(width).setFlexGrow(flexGrow);
    }

    public Grid.Column<T> addColumn(String key, Renderer<T> renderer, String headerKey, String width, int flexGrow) {
        return addColumn(key, renderer, headerKey).setWidth(width).setFlexGrow(flexGrow);
    }

    private Grid.Column<T> declared(Grid.Column<T> column, String key, String headerKey) {
        return column.setKey(key).setSortProperty(key).setHeader(getTranslation(headerKey));
    }

    /** A column of buttons (e.g. Send message): a click there does not open the row. */
    public void buttonColumn(String key) {
        buttonColumns.add(key);
    }

    /** {@code after}: the column it follows; {@code lastInGrid}: the grid's last column when it was added. */
    private record Hidden<T>(String after, String lastInGrid, Supplier<Grid.Column<T>> make) {}

    /**
     * A column the list offers but does not show until asked to (by the Columns menu, the URL, a remembered choice
     * or a sort): {@code make} adds it to the grid the first time. Until then it holds no grid column, renderer or
     * header filter, which every open list would otherwise keep on the server. It takes its place after the column
     * added before this call.
     */
    public void addHiddenColumn(String key, Supplier<Grid.Column<T>> make) {
        List<Grid.Column<T>> columns = grid.getColumns();
        String last = columns.isEmpty() ? null : columns.getLast().getKey();
        Map.Entry<String, Hidden<T>> previous =
                hidden.isEmpty() ? null : hidden.sequencedEntrySet().getLast();
        // Right after another hidden column (nothing added to the grid in between): it follows that one.
        boolean afterHidden =
                previous != null && java.util.Objects.equals(previous.getValue().lastInGrid(), last);
        hidden.put(key, new Hidden<>(afterHidden ? previous.getKey() : last, last, make));
    }

    /** The column of {@code key}, made (hidden) if it was waiting; null for an unknown key. */
    private Grid.Column<T> column(String key) {
        Hidden<T> waiting = hidden.remove(key);
        if (waiting == null) {
            return grid.getColumnByKey(key);
        }
        Grid.Column<T> made = waiting.make().get();
        made.setVisible(false);
        List<Grid.Column<T>> order = new ArrayList<>(grid.getColumns());
        order.remove(made);
        String after = waiting.after();
        while (hidden.containsKey(after)) {
            after = hidden.get(after).after();
        }
        Grid.Column<T> before = after == null ? null : grid.getColumnByKey(after);
        order.add(before == null ? 0 : order.indexOf(before) + 1, made);
        grid.setColumnOrder(order);
        return made;
    }

    /** A bar between the rows and the pager (the bulk bar). */
    public void setFooter(Component footer) {
        getContent().addComponentAtIndex(1, footer);
    }

    /**
     * Wires the source: {@code fetch} gets the page and the grid's sort; {@code count} the filtered total.
     * Nothing is queried until the view calls {@link #refresh()} with its filters in place.
     */
    public void setSource(Function<Pageable, List<T>> fetch, LongSupplier count) {
        setSource(() -> null, (none, page) -> fetch.apply(page), none -> count.getAsLong());
    }

    /**
     * Wires a filtered source: {@code filter} reads the view's filters (on the UI thread, at each refresh);
     * {@code fetch} gets them with the page and the grid's sort, {@code count} the filtered total, on a thread of its
     * own after the rows are shown. Neither may read components.
     */
    @SuppressWarnings("unchecked")
    public <F> void setSource(Supplier<F> filter, BiFunction<F, Pageable, List<T>> fetch, ToLongFunction<F> count) {
        this.filter = filter;
        this.fetch = (BiFunction<Object, Pageable, List<T>>) fetch;
        this.count = (ToLongFunction<Object>) count;
        grid.setItems(
                query -> rows(query).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> rows(query).size());
        // Whoever asks the grid for fresh data (refreshAll) gets it read again.
        grid.getDataProvider().addDataProviderListener(e -> rowsFor = null);
        if (selectionId != null) {
            grid.getLazyDataView().setIdentifierProvider(selectionId::apply);
        }
    }

    /** The page's rows for the grid's query (its count and its fetch ask the same): read once per page and sort. */
    private List<T> rows(com.vaadin.flow.data.provider.Query<T, ?> query) {
        int size = pageSize.getValue();
        Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
        String key = page + "/" + size + "/" + sort;
        if (!key.equals(rowsFor)) {
            rows = fetch.apply(filtered, pageRequest(size, sort));
            rowsFor = key;
            rowsPage = page;
            rowsSize = size;
            rowsSort = sort;
            rowsFilter = filtered;
            if (!counted) {
                showPager();
            }
        }
        return rows;
    }

    /**
     * The page to read: after the last row on screen for Next, before its first for Previous, from the end for a
     * page in the second half; else by number. Deep pages then cost what the first does.
     */
    private Pageable pageRequest(int size, Sort sort) {
        if (seekId != null) {
            boolean sameList = !rows.isEmpty()
                    && size == rowsSize
                    && sort.equals(rowsSort)
                    && Objects.equals(filtered, rowsFilter);
            if (sameList && page == rowsPage + 1) {
                return Seek.after(page, size, sort, seekId.applyAsLong(rows.getLast()));
            }
            if (sameList && page == rowsPage - 1) {
                return Seek.before(page, size, sort, seekId.applyAsLong(rows.getFirst()));
            }
            if (counted && page > lastPage() / 2) {
                return Seek.fromEnd(page, size, sort, total);
            }
        }
        return PageRequest.of(page, size, sort);
    }

    /**
     * The source reads its pages through {@code SpecificationQueries}, which seeks a {@link Seek}; {@code id} is a
     * row's id in the table it reads.
     */
    public void seekBy(ToLongFunction<T> id) {
        this.seekId = id;
    }

    /** Called after the user changes the page, page size, sort or columns, so the URL can follow. */
    void onStateChange(Runnable listener) {
        this.stateListener = listener;
    }

    /** A click on a row (outside its ⋮ menu) or Enter on a focused row opens the record. */
    public void onOpen(Consumer<T> opener) {
        this.opener = opener;
    }

    /** The order the list has when the URL names none; it is then left out of the URL. */
    public void setDefaultSort(String columnKey, SortDirection direction) {
        defaultSort = sortText(columnKey, direction);
    }

    public void setEmptyStateText(String text) {
        emptyStateText = text;
        showEmptyState();
    }

    private void showEmptyState() {
        if (total == 0 || grid.getEmptyStateComponent() != null) {
            grid.setEmptyStateText(emptyStateText);
        }
    }

    /** A "Columns" menu to show or hide columns, named by {@code label} of their keys; the choice is in the URL. */
    public Component columnChooser(Function<String, String> label) {
        List<String> keys =
                new ArrayList<>(dataColumns().map(Grid.Column::getKey).toList());
        // A waiting column is listed where it will appear; one that follows another waiting one, after that one.
        hidden.forEach((k, h) -> keys.add(keys.indexOf(h.after()) + 1, k));
        Map<String, String> columns = new LinkedHashMap<>();
        keys.forEach(k -> columns.put(k, label.apply(k)));
        return ColumnChooser.create(grid, columns, this::column, () -> {
            saveColumns.accept(columnChoice());
            stateListener.run();
        });
    }

    void resetPage() {
        page = 0;
    }

    /** Applies the URL's sort ("key,desc"), visible columns ("a,b") and page size; blank means the default. */
    void applyState(String sort, String columns, String size) {
        if (defaultColumns == null) {
            defaultColumns = visibleColumns();
        }
        String[] parts = (sort.isBlank() ? defaultSort : sort).split(",");
        Grid.Column<T> column = parts[0].isBlank() ? null : column(parts[0]);
        if (column != null && column.isSortable()) {
            applySort(
                    parts[0],
                    parts.length > 1 && "desc".equals(parts[1]) ? SortDirection.DESCENDING : SortDirection.ASCENDING);
        } else {
            grid.sort(List.of());
        }
        String remembered = columns.isBlank() ? savedColumns.get().orElse("") : "";
        String chosen = columns.isBlank() ? remembered : columns;
        // Set.copyOf: a hand-edited "cols=name,name" is the same choice, not an error.
        Set<String> shown = chosen.isBlank() ? defaultColumns : Set.copyOf(List.of(chosen.split(",")));
        shown.stream().filter(hidden::containsKey).toList().forEach(this::column);
        if (!remembered.isBlank()) {
            order(List.of(remembered.split(",")));
        }
        dataColumns().forEach(c -> c.setVisible(shown.contains(c.getKey())));
        if (grid.getColumns().stream().noneMatch(Grid.Column::isVisible)) {
            grid.getColumns()
                    .forEach(c ->
                            c.setVisible(defaultColumns.contains(c.getKey()) || RowActions.KEY.equals(c.getKey())));
        }
        int rows = PAGE_SIZES.contains(parseInt(size)) ? parseInt(size) : PAGE_SIZES.getFirst();
        pageSize.setValue(rows);
    }

    /** The remembered order first, then the other columns as they were; the ⋮ column stays last. */
    private void order(List<String> keys) {
        List<Grid.Column<T>> ordered = new ArrayList<>();
        keys.forEach(k -> {
            Grid.Column<T> c = grid.getColumnByKey(k);
            if (c != null && !RowActions.KEY.equals(k)) ordered.add(c);
        });
        grid.getColumns().stream()
                .filter(c -> !ordered.contains(c) && !RowActions.KEY.equals(c.getKey()))
                .forEach(ordered::add);
        Grid.Column<T> actions = grid.getColumnByKey(RowActions.KEY);
        if (actions != null) ordered.add(actions);
        grid.setColumnOrder(ordered);
    }

    /** page, size, sort and cols as the URL shows them; defaults are left out. */
    Map<String, String> stateParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (page > 0) p.put("page", String.valueOf(page + 1));
        if (!PAGE_SIZES.getFirst().equals(pageSize.getValue())) p.put("size", String.valueOf(pageSize.getValue()));
        String sort = grid.getSortOrder().isEmpty()
                ? ""
                : sortText(
                        grid.getSortOrder().getFirst().getSorted().getKey(),
                        grid.getSortOrder().getFirst().getDirection());
        if (!sort.equals(defaultSort)) p.put("sort", sort.isEmpty() ? "none" : sort);
        Set<String> visible = visibleColumns();
        if (defaultColumns != null && !visible.equals(defaultColumns))
            p.put("cols", String.join(",", new TreeSet<>(visible)));
        return p;
    }

    private Set<String> visibleColumns() {
        return dataColumns()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .collect(Collectors.toSet());
    }

    /** The columns a user can show, hide and name in the URL: keyed ones, without the ⋮ column. */
    private Stream<Grid.Column<T>> dataColumns() {
        return grid.getColumns().stream().filter(c -> c.getKey() != null && !RowActions.KEY.equals(c.getKey()));
    }

    private static String sortText(String key, SortDirection direction) {
        return key + "," + (direction == SortDirection.DESCENDING ? "desc" : "asc");
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** After a filter change: back to the first page and a fresh total. */
    public void refresh() {
        page = 0;
        if (grid.getSelectionModel() instanceof com.vaadin.flow.component.grid.GridMultiSelectionModel<T>) {
            grid.deselectAll();
        }
        refreshPage();
    }

    /** After an edit: same page, fresh rows and total. */
    public void refreshPage() {
        if (fetch == null) {
            return;
        }
        filtered = filter.get();
        reloadRows();
        recount();
    }

    private void reloadRows() {
        // The grid would keep the instance it already holds for a row equal to a fetched one (e.g. the same id):
        // forget them, so clicks and actions get the fresh row after an edit.
        grid.getDataCommunicator().getKeyMapper().removeAll();
        // Its refresh listener forgets the rows read, so the page is read again.
        grid.getDataProvider().refreshAll();
    }

    /** The user chose an order (for example from a header menu). */
    public void sortBy(String key, SortDirection direction) {
        applySort(key, direction);
        stateListener.run();
    }

    private void applySort(String key, SortDirection direction) {
        Optional.ofNullable(column(key))
                .ifPresent(c -> grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(c, direction))));
    }

    /** The list's order as a Spring Data sort (for exports that follow it). */
    public Sort currentSort() {
        return Sort.by(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .map(q -> q.getDirection() == SortDirection.DESCENDING
                        ? Sort.Order.desc(q.getSorted())
                        : Sort.Order.asc(q.getSorted()))
                .toList());
    }

    /** The filtered total as last counted (the previous one while a count is on its way). */
    public long total() {
        return total;
    }

    public Grid<T> getGrid() {
        return grid;
    }

    public void goTo(int target) {
        int before = page;
        // Before the count is in, a page past the end (a deep link) is brought back when the count arrives.
        page = Math.max(0, counted ? Math.min(target, lastPage()) : target);
        if (fetch != null && counted && Objects.equals(filter.get(), filtered)) {
            // Another page of the same rows: the total stands.
            reloadRows();
            showPager();
        } else {
            refreshPage();
        }
        if (page != before) {
            stateListener.run();
        }
    }

    private void recount() {
        int mine = ++counting;
        counted = false;
        Object of = filtered;
        if (counts == null) {
            counts = ListCounts.current();
        }
        counts.count(UI.getCurrent(), () -> count.applyAsLong(of), n -> {
            if (mine == counting) {
                counted(n);
            }
        });
    }

    private void counted(long n) {
        total = n;
        counted = true;
        boolean pastTheEnd = page > lastPage();
        if (pastTheEnd) {
            page = lastPage();
            reloadRows();
        }
        showEmptyState();
        showPager();
        if (pastTheEnd) {
            // ?page=20 of a 3-page list shows page 3, and the address says so.
            stateListener.run();
        }
    }

    private void showPager() {
        int size = pageSize.getValue();
        first.setEnabled(page > 0);
        previous.setEnabled(page > 0);
        if (!counted) {
            // The rows are in, the total is on its way.
            long from = rows.isEmpty() ? 0 : (long) page * size + 1;
            long to = rows.isEmpty() ? 0 : (long) page * size + rows.size();
            showing.setText(getTranslation("pager.showing-counting", Formats.number(from), Formats.number(to)));
            pageOf.setText(getTranslation("pager.page-of-counting", Formats.number(page + 1L)));
            next.setEnabled(rows.size() == size);
            last.setEnabled(false);
            return;
        }
        long from = total == 0 ? 0 : (long) page * size + 1;
        long to = Math.min(total, (long) (page + 1) * size);
        showing.setText(getTranslation("pager.showing", Formats.number(from), Formats.number(to), total));
        pageOf.setText(getTranslation("pager.page-of", Formats.number(page + 1L), Formats.number(lastPage() + 1L)));
        next.setEnabled(page < lastPage());
        last.setEnabled(page < lastPage());
    }

    private int lastPage() {
        int size = pageSize.getValue();
        return (int) Math.max(0, (total - 1) / size);
    }

    /**
     * An icon-only pager button whose icon and tooltip are markup for the browser (the native title), not server
     * components: three fewer per button for as long as the list stays open.
     */
    private Button iconButton(VaadinIcon icon, String labelKey) {
        Button b = new Button();
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.getElement()
                .setProperty(
                        "innerHTML",
                        "<vaadin-icon icon=\"vaadin:"
                                + icon.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                                + "\"></vaadin-icon>");
        String label = getTranslation(labelKey);
        b.setAriaLabel(label);
        b.getElement().setAttribute("title", label);
        return b;
    }
}
