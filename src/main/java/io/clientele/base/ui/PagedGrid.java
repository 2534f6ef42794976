package io.clientele.base.ui;

import com.vaadin.flow.component.Composite;
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
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The list pattern every entity uses: a grid that shows one page at a time from a lazy source, with
 * "Showing X–Y of Z results", a page-size choice and page buttons. Only the rows of the visible page
 * are ever fetched; the total is counted once per refresh.
 */
public class PagedGrid<T> extends Composite<VerticalLayout> {
    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    private final Grid<T> grid;
    private final Span showing = new Span();
    private final Span pageOf = new Span();
    private final Button first = iconButton(VaadinIcon.ANGLE_DOUBLE_LEFT, "pager.first");
    private final Button previous = iconButton(VaadinIcon.ANGLE_LEFT, "pager.previous");
    private final Button next = iconButton(VaadinIcon.ANGLE_RIGHT, "pager.next");
    private final Button last = iconButton(VaadinIcon.ANGLE_DOUBLE_RIGHT, "pager.last");
    private final Select<Integer> pageSize = new Select<>();

    private Function<Pageable, List<T>> fetch;
    private LongSupplier count;
    private Consumer<List<QuerySortOrder>> sortListener = s -> { };
    private int page;
    private long total;

    public PagedGrid(Grid<T> grid) {
        this.grid = grid;
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setPageSize(PAGE_SIZES.getFirst());
        grid.setEmptyStateText(getTranslation("list.no-results"));
        grid.setSizeFull();
        grid.addSortListener(e -> {
            // A new order keeps the total: back to page 1 without counting again (the grid refetches the rows).
            page = 0;
            showPager();
            if (e.isFromClient()) {
                sortListener.accept(grid.getSortOrder().stream().map(o -> new QuerySortOrder(
                        o.getSorted().getKey(), o.getDirection())).toList());
            }
        });

        pageSize.setItems(PAGE_SIZES);
        pageSize.setValue(PAGE_SIZES.getFirst());
        pageSize.setWidth("6em");
        pageSize.setAriaLabel(getTranslation("pager.page-size"));
        pageSize.addValueChangeListener(e -> {
            grid.setPageSize(e.getValue());
            page = 0;
            refreshPage();
        });
        first.addClickListener(e -> goTo(0));
        previous.addClickListener(e -> goTo(page - 1));
        next.addClickListener(e -> goTo(page + 1));
        last.addClickListener(e -> goTo(lastPage()));

        showing.addClassName("showing");
        showing.setId("showing");
        Span perPage = new Span(getTranslation("pager.per-page"));
        HorizontalLayout pager = new HorizontalLayout(showing, new Span(), perPage, pageSize, first, previous, pageOf,
                next, last);
        pager.addClassName("pager");
        pager.setWidthFull();
        pager.setAlignItems(FlexComponent.Alignment.CENTER);
        pager.expand(pager.getComponentAt(1));

        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        root.setSizeFull();
        root.add(grid, pager);
        root.setFlexGrow(1, grid);
    }

    /**
     * Wires the source: {@code fetch} gets the page and the grid's sort; {@code count} the filtered total.
     * Nothing is queried until the view calls {@link #refresh()} with its filters in place.
     */
    public void setSource(Function<Pageable, List<T>> fetch, LongSupplier count) {
        this.fetch = fetch;
        this.count = count;
        grid.setItems(query -> {
            int size = pageSize.getValue();
            Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
            List<T> rows = fetch.apply(PageRequest.of(page, size, sort));
            return rows.stream().skip(query.getOffset()).limit(query.getLimit());
        }, query -> rowsOnPage());
    }

    /** Called when the sort changes in the grid, so the view can put it into the URL. */
    public void onSortChange(Consumer<List<QuerySortOrder>> listener) {
        this.sortListener = listener;
    }

    /** After a filter change: back to the first page and a fresh total. */
    public void refresh() {
        page = 0;
        refreshPage();
    }

    /** After an edit: same page, fresh rows and total. */
    public void refreshPage() {
        if (fetch == null) {
            return;
        }
        recount();
        grid.getDataProvider().refreshAll();
    }

    public void sortBy(String key, SortDirection direction) {
        grid.getColumns().stream().filter(c -> key.equals(c.getKey())).findFirst()
                .ifPresent(c -> grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(c, direction))));
    }

    public Grid<T> getGrid() {
        return grid;
    }

    public void goTo(int target) {
        page = Math.max(0, Math.min(target, lastPage()));
        refreshPage();
    }

    private void recount() {
        total = count.getAsLong();
        if (page > lastPage()) {
            page = lastPage();
        }
        showPager();
    }

    private void showPager() {
        int size = pageSize.getValue();
        long from = total == 0 ? 0 : (long) page * size + 1;
        long to = Math.min(total, (long) (page + 1) * size);
        showing.setText(getTranslation("pager.showing", Formats.number(from), Formats.number(to), Formats.number(total)));
        pageOf.setText(getTranslation("pager.page-of", Formats.number(page + 1L), Formats.number(lastPage() + 1L)));
        first.setEnabled(page > 0);
        previous.setEnabled(page > 0);
        next.setEnabled(page < lastPage());
        last.setEnabled(page < lastPage());
    }

    private int rowsOnPage() {
        int size = pageSize.getValue();
        return (int) Math.max(0, Math.min(size, total - (long) page * size));
    }

    private int lastPage() {
        int size = pageSize.getValue();
        return (int) Math.max(0, (total - 1) / size);
    }

    private Button iconButton(VaadinIcon icon, String labelKey) {
        Button b = new Button(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        return b;
    }
}
