package io.clientele.customer.ui;

import io.clientele.base.ui.DetailPage;
import io.clientele.customer.CustomerRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every feature's {@link CustomerTab}, put in order among a page's own tabs. */
@Component
public class CustomerTabs {
    /** One of the page's own tabs, at its place among the features' tabs. */
    public record Own(int order, Runnable add) {}

    private final List<CustomerTab> features;

    CustomerTabs(List<CustomerTab> features) {
        this.features = features;
    }

    /** Adds the page's own tabs and the features' tabs for {@code customer}, in their order. */
    public void add(DetailPage page, CustomerRow customer, Runnable changed, List<Own> own) {
        List<Own> all = new ArrayList<>(own);
        features.forEach(f -> all.add(new Own(f.order(), () -> f.addTo(page, customer, changed))));
        all.sort(Comparator.comparingInt(Own::order));
        all.forEach(tab -> tab.add().run());
    }
}
