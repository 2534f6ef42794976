package io.clientele.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bulk bar under a list's rows (product page 3): how many rows are selected, "Select all Z matching" to take
 * every row of the filter across pages (never loaded: the action gets the filter), and the list's actions. While a
 * job runs it shows a progress bar with Cancel, updated from the job's thread through server push.
 */
public class BulkBar<T> extends Composite<HorizontalLayout> {
    /** Ticked rows' ids, or every row matching the filter ({@code allMatching}, {@code count} rows). */
    public record Selection(Set<Long> ids, boolean allMatching, long count) {}

    private final PagedGrid<T> paged;
    private final Function<T, Long> id;
    private final Span count = new Span();
    private final Button selectAll = new Button();
    private final Button clear = new Button();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final HorizontalLayout progress = new HorizontalLayout();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel = new Button();
    private boolean allMatching;
    private Runnable cancelJob = () -> {};
    /**
     * The bar's parts and actions, made when it first shows: most views of a list never select a row, and server
     * components that are never shown would cost memory for as long as the view stays open.
     */
    private final List<Runnable> unbuilt = new ArrayList<>();

    /** Turns on the list's check boxes and puts the bar under its rows. */
    public BulkBar(PagedGrid<T> paged, Function<T, Long> id) {
        this.paged = paged;
        this.id = id;
        // Before listening: a new selection mode brings a new selection model, which would not hear this bar.
        paged.enableSelection(id::apply);
        paged.setFooter(this);
        HorizontalLayout root = getContent();
        root.addClassName("bulk-bar");
        root.setId("bulk-bar");
        root.setWidthFull();
        root.setAlignItems(FlexComponent.Alignment.CENTER);
        root.setVisible(false);
        unbuilt.add(this::build);
        paged.getGrid().addSelectionListener(e -> {
            if (e.isFromClient()) {
                allMatching = false;
            }
            show();
        });
    }

    /** The bar's own parts, made with its actions when it first shows. */
    private void build() {
        count.setId("selection-count");
        count.addClassName("selection-count");
        selectAll.setId("select-all-matching");
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        selectAll.addClickListener(e -> {
            allMatching = true;
            paged.getGrid()
                    .asMultiSelect()
                    .select(paged.getGrid().getLazyDataView().getItems().toList());
            show();
        });
        clear.setText(getTranslation("bulk.clear"));
        clear.setId("clear-selection");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clear.addClickListener(e -> clear());
        actions.setSpacing(false);
        actions.addClassName("bulk-actions");
        Span spacer = new Span();
        bar.setWidth("12rem");
        progressText.setId("job-progress-text");
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("cancel-job");
        cancel.addClickListener(e -> {
            cancel.setEnabled(false);
            cancelJob.run();
        });
        progress.add(bar, progressText, cancel);
        progress.setAlignItems(FlexComponent.Alignment.CENTER);
        progress.setId("job-progress");
        progress.setVisible(false);
        getContent().add(count, selectAll, clear, spacer, actions, progress);
        getContent().expand(spacer);
    }

    /** A button of the bar; {@code run} gets the selection as it is at the click. */
    public void action(String key, String caption, VaadinIcon icon, Consumer<Selection> run) {
        unbuilt.add(() -> {
            Button b = new Button(caption, icon.create(), e -> run.accept(selection()));
            b.setId("bulk-" + key);
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(b);
        });
    }

    /** A drop-down of the bar (e.g. Download → formats); add items with {@link #item}. */
    public Menu menu(String key, String caption, VaadinIcon icon) {
        Menu items = new Menu(new ArrayList<>());
        unbuilt.add(() -> {
            MenuBar menu = new MenuBar();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
            menu.setId("bulk-" + key);
            MenuItem top = menu.addItem(new HorizontalLayout(icon.create(), new Span(caption)));
            items.entries().forEach(entry -> entry.accept(top));
            actions.add(menu);
        });
        return items;
    }

    /** The items of a drop-down, added to it when the bar is first shown. */
    public record Menu(List<Consumer<MenuItem>> entries) {}

    public void item(Menu menu, String key, String caption, Consumer<Selection> run) {
        menu.entries()
                .add(top -> top.getSubMenu()
                        .addItem(caption, e -> run.accept(selection()))
                        .setId("bulk-item-" + key));
    }

    public Selection selection() {
        if (allMatching) {
            return new Selection(Set.of(), true, paged.total());
        }
        Set<Long> ids = paged.getGrid().getSelectedItems().stream().map(id).collect(Collectors.toSet());
        return new Selection(ids, false, ids.size());
    }

    public void clear() {
        allMatching = false;
        paged.getGrid().deselectAll();
        show();
    }

    /**
     * Shows a job's progress in the bar; the returned callback may be called from any thread with (done, total,
     * finished). {@code cancel} stops the job.
     */
    public Progress track(String caption, Runnable cancel) {
        UI ui = UI.getCurrent();
        built();
        this.cancelJob = cancel;
        this.cancel.setEnabled(true);
        progress.setVisible(true);
        getContent().setVisible(true);
        actions.setEnabled(false);
        bar.setValue(0);
        progressText.setText(caption);
        return (done, total, finished) -> ui.access(() -> {
            bar.setValue(total == 0 ? 1 : Math.min(1, (double) done / total));
            progressText.setText(
                    caption + " " + getTranslation("bulk.progress", Formats.number(done), Formats.number(total)));
            if (finished) {
                progress.setVisible(false);
                actions.setEnabled(true);
                show();
            }
        });
    }

    /** Progress of a running job, callable from the job's thread. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total, boolean finished);
    }

    private void built() {
        unbuilt.forEach(Runnable::run);
        unbuilt.clear();
    }

    private void show() {
        Selection s = selection();
        boolean visible = s.count() > 0 || progress.isVisible();
        getContent().setVisible(visible);
        if (!visible) {
            return;
        }
        built();
        count.setText(
                allMatching
                        ? getTranslation("bulk.all-selected", s.count())
                        : getTranslation("bulk.selected", Formats.number(s.count())));
        long total = allMatching ? s.count() : paged.total();
        selectAll.setText(getTranslation("bulk.select-all-matching", Formats.number(total)));
        selectAll.setVisible(!allMatching && s.count() > 0 && total > s.count());
    }
}
