package io.clientele.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.clientele.audit.AuditEvent;
import io.clientele.base.ui.Formats;
import java.util.List;
import java.util.Objects;

/** A record page's Activity tab: the record's history from the audit trail, newest first. */
public final class ActivityBlock {
    private ActivityBlock() {}

    public static Component of(List<AuditEvent> events) {
        UI ui = UI.getCurrent();
        Div block = new Div(new H3(ui.getTranslation("detail.activity")));
        block.addClassName("detail-block");
        block.setId("activity");
        if (events.isEmpty()) {
            block.add(new Paragraph(ui.getTranslation("detail.no-activity")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("activity-list");
        for (AuditEvent e : events) {
            list.add(new ListItem(
                    new Span(Formats.dateTime(e.getOccurredAt())),
                    new Span(Objects.toString(e.getActorEmail(), "")),
                    new Span(e.summary(ui.getLocale()))));
        }
        block.add(list);
        return block;
    }
}
