package io.clientele.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import io.clientele.base.DateRange;

/**
 * A compact header filter: a button naming the range, opening a popover with From and To. The popover and its two
 * date pickers are made on the first click: a list has several of these filters and most are never opened.
 */
public class DateRangeFilter extends CustomField<DateRange> {
    private final Button summary = new Button();
    private Popover popover;
    private DatePicker from;
    private DatePicker to;

    public DateRangeFilter() {
        super(DateRange.ANY);
        summary.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        summary.setIcon(VaadinIcon.CALENDAR.create());
        summary.addClassName("date-range-summary");
        // Later clicks open the popover in the browser: it targets the button.
        summary.addClickListener(e -> {
            if (popover == null) {
                popover().open();
            }
        });
        add(summary);
        setWidthFull();
        summary.setWidthFull();
        render(DateRange.ANY);
    }

    /** The popover with the pickers, made on first use. */
    Popover popover() {
        if (popover == null) {
            popover = new Popover();
            popover.setTarget(summary);
            popover.setModal(false);
            popover.setAutofocus(true);
            pickers();
        }
        return popover;
    }

    private void pickers() {
        DateRange range = getValue();
        from = new DatePicker(getTranslation("filter.from"), range.from());
        to = new DatePicker(getTranslation("filter.to"), range.to());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        to.setMin(range.from());
        from.setMax(range.to());
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        from.addValueChangeListener(e -> updateValue());
        to.addValueChangeListener(e -> updateValue());
        Button clear = new Button(getTranslation("filter.clear"), e -> {
            from.clear();
            to.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        VerticalLayout content = new VerticalLayout(new HorizontalLayout(from, to), clear);
        content.setPadding(false);
        popover.add(content);
    }

    @Override
    protected DateRange generateModelValue() {
        return from == null ? getValue() : new DateRange(from.getValue(), to.getValue());
    }

    @Override
    protected void setPresentationValue(DateRange value) {
        DateRange range = value == null ? DateRange.ANY : value;
        if (from != null) {
            from.setValue(range.from());
            to.setValue(range.to());
        }
        render(range);
    }

    @Override
    public DateRange getEmptyValue() {
        return DateRange.ANY;
    }

    @Override
    protected void updateValue() {
        super.updateValue();
        render(generateModelValue());
    }

    private void render(DateRange range) {
        if (range.isAny()) {
            summary.setText(getTranslation("filter.any-time"));
            return;
        }
        summary.setText((range.from() == null ? "…" : Formats.date(range.from())) + " – "
                + (range.to() == null ? "…" : Formats.date(range.to())));
    }
}
