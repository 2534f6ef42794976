package io.clientele.customer;

import io.clientele.bulk.BulkJobService;
import io.clientele.messaging.MessageRecipient;
import io.clientele.messaging.MessageService;
import io.clientele.security.Roles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Send message" from the Customers list (one row or the bulk bar): e-mail with placeholders filled per customer,
 * sent as a background job; customers without an e-mail are listed as skipped, not failed.
 */
@Service
@PreAuthorize("hasRole('" + Roles.SUPPORT + "')")
public class CustomerMessaging {
    private final MessageService messages;
    private final CustomerChunks chunks;
    private final CustomerRepository customers;
    private final TransactionTemplate tx;

    CustomerMessaging(
            MessageService messages, CustomerChunks chunks, CustomerRepository customers, TransactionTemplate tx) {
        this.messages = messages;
        this.chunks = chunks;
        this.customers = customers;
        this.tx = tx;
    }

    public record Preview(String to, String subject, String body) {}

    /** The message as the selection's first customer (lowest id) would get it; empty when nobody is selected. */
    public Optional<Preview> preview(CustomerSelection s, String subject, String body) {
        return tx.execute(st -> customers
                .findAll(
                        s.where(),
                        org.springframework.data.domain.PageRequest.of(
                                0, 1, org.springframework.data.domain.Sort.by("id")))
                .stream()
                .findFirst()
                .map(c -> new Preview(
                        c.getDisplayName() + (c.getEmail() == null ? "" : " <" + c.getEmail() + ">"),
                        MessageService.render(subject, values(c)),
                        MessageService.render(body, values(c)))));
    }

    /** Customers of the selection without an e-mail address: they will be skipped. */
    public long countWithoutEmail(CustomerSelection s) {
        return tx.execute(st -> customers.count(s.where()
                .and((root, q, cb) -> cb.or(cb.isNull(root.get("email")), cb.equal(root.get("email"), "")))));
    }

    /** Validates and stores the message, then sends it to the live customers of the selection in the background. */
    public BulkJobService.Handle send(
            CustomerSelection s, String subject, String body, Consumer<BulkJobService.Progress> listener) {
        long messageId = messages.create(subject, body);
        return chunks.start("MESSAGE_SENT", "#" + messageId + " \"" + subject.strip() + "\"", s, listener, ids -> {
            List<Customer> batch = customers.findByIdIn(ids).stream()
                    .filter(c -> !c.isDeleted())
                    .sorted(Comparator.comparing(Customer::getId))
                    .toList();
            List<MessageRecipient.Status> outcomes = messages.deliver(
                    messageId,
                    batch.stream()
                            .map(c -> new MessageService.Recipient(c.getId(), c.getEmail(), values(c)))
                            .toList());
            List<Long> sent = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (outcomes.get(i) == MessageRecipient.Status.SENT)
                    sent.add(batch.get(i).getId());
            }
            return sent;
        });
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public List<MessageRecipient> sentTo(long customerId, Pageable page) {
        return messages.sentTo(customerId, page);
    }

    @PreAuthorize("hasRole('" + Roles.VIEWER + "')")
    public long countSentTo(long customerId) {
        return messages.countSentTo(customerId);
    }

    private static Map<String, String> values(Customer c) {
        Map<String, String> v = new HashMap<>();
        v.put("firstName", Objects.toString(c.getFirstName(), ""));
        v.put("lastName", Objects.toString(c.getLastName(), ""));
        v.put("name", c.getDisplayName());
        v.put("email", Objects.toString(c.getEmail(), ""));
        v.put("company", Objects.toString(c.getCompanyName(), ""));
        v.put("customerNumber", Objects.toString(c.getCustomerNumber(), ""));
        return v;
    }
}
