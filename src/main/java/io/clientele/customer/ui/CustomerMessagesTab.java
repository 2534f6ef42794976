package io.clientele.customer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.ui.Badge;
import io.clientele.base.ui.Cells;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.PagedGrid;
import io.clientele.customer.CustomerMessaging;
import io.clientele.messaging.MessageRecipient;

/** The messages a customer was sent and what became of each (sent, failed with the reason, skipped). */
public class CustomerMessagesTab extends VerticalLayout {
    public CustomerMessagesTab(CustomerMessaging messaging, long customerId) {
        setPadding(false);
        setId("messages-tab");
        PagedGrid<MessageRecipient> paged = new PagedGrid<>(new Grid<>());
        Grid<MessageRecipient> grid = paged.getGrid();
        grid.setId("message-grid");
        grid.addColumn(MessageRecipient::getSubject)
                .setKey("subject")
                .setHeader(getTranslation("messages.subject"))
                .setFlexGrow(3)
                .setTooltipGenerator(MessageRecipient::getSubject);
        grid.addColumn(m -> Formats.dateTime(m.getSentAt()))
                .setKey("sentAt")
                .setHeader(getTranslation("messages.sent-at"));
        grid.addColumn(Cells.badge(
                        m -> getTranslation("message.status." + m.getStatus()),
                        m -> m.getStatus() == MessageRecipient.Status.SENT
                                ? Badge.Tone.SUCCESS
                                : m.getStatus() == MessageRecipient.Status.FAILED
                                        ? Badge.Tone.ERROR
                                        : Badge.Tone.NEUTRAL))
                .setKey("status")
                .setHeader(getTranslation("messages.status"))
                .setTooltipGenerator(MessageRecipient::getError);
        paged.setEmptyStateText(getTranslation("messages.none"));
        paged.setSource(page -> messaging.sentTo(customerId, page), () -> messaging.countSentTo(customerId));
        paged.setHeight("24rem");
        add(paged);
        paged.refresh();
    }
}
