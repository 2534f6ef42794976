package io.clientele.messaging;

import io.clientele.base.FieldErrors;
import io.clientele.base.mail.MailService;
import io.clientele.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to customers by e-mail: a subject and body with placeholders such as {firstName}, filled per recipient.
 * Every recipient's outcome is stored (sent, failed with the reason, or skipped for want of an address).
 */
@Service
@Transactional(readOnly = true)
public class MessageService {
    public static final List<String> PLACEHOLDERS =
            List.of("firstName", "lastName", "name", "email", "company", "customerNumber");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final MessageRepository messages;
    private final MessageRecipientRepository recipients;
    private final MailService mail;

    MessageService(MessageRepository messages, MessageRecipientRepository recipients, MailService mail) {
        this.messages = messages;
        this.recipients = recipients;
        this.mail = mail;
    }

    /** A customer to write to and the values of the placeholders for them. */
    public record Recipient(long customerId, String email, Map<String, String> values) {}

    /** Checks subject and body (required, lengths, only known placeholders) and stores the message. */
    @Transactional
    public long create(String subject, String body) {
        FieldErrors errors = new FieldErrors();
        errors.require(subject != null && !subject.isBlank(), "subject", "validation.required");
        errors.require(subject == null || subject.length() <= 200, "subject", "message.subject-too-long");
        errors.require(body != null && !body.isBlank(), "body", "validation.required");
        errors.require(body == null || body.length() <= 20_000, "body", "message.body-too-long");
        errors.plain("subject", subject);
        errors.plain("body", body);
        String unknown = unknownPlaceholder(Objects.toString(subject, "") + "\n" + Objects.toString(body, ""));
        errors.require(
                unknown == null,
                "body",
                "message.unknown-placeholder",
                unknown,
                String.join(", ", PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList()));
        errors.throwIfAny();
        return messages.save(
                        new Message(subject.strip(), body, CurrentUser.require().getUsername()))
                .getId();
    }

    /** Sends message {@code messageId} to a chunk of recipients, recording each outcome in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<MessageRecipient.Status> deliver(long messageId, List<Recipient> chunk) {
        Message m = messages.findById(messageId).orElseThrow();
        List<MessageRecipient> outcomes = new ArrayList<>();
        for (Recipient r : chunk) {
            String subject = render(m.getSubject(), r.values());
            if (r.email() == null || r.email().isBlank()) {
                outcomes.add(new MessageRecipient(
                        messageId,
                        r.customerId(),
                        null,
                        subject,
                        MessageRecipient.Status.SKIPPED,
                        "No e-mail address"));
                continue;
            }
            try {
                mail.send(r.email(), subject, render(m.getBody(), r.values()));
                outcomes.add(new MessageRecipient(
                        messageId, r.customerId(), r.email(), subject, MessageRecipient.Status.SENT, null));
            } catch (MailException e) {
                outcomes.add(new MessageRecipient(
                        messageId, r.customerId(), r.email(), subject, MessageRecipient.Status.FAILED, e.getMessage()));
            }
        }
        recipients.saveAll(outcomes);
        return outcomes.stream().map(MessageRecipient::getStatus).toList();
    }

    /** The messages one customer was sent, newest first. */
    public List<MessageRecipient> sentTo(long customerId, Pageable page) {
        return recipients.findByCustomerIdOrderByIdDesc(
                customerId, PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    public long countSentTo(long customerId) {
        return recipients.countByCustomerId(customerId);
    }

    /** {firstName} and friends replaced by the recipient's values; a missing value becomes empty text. */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = PLACEHOLDERS.contains(m.group(1)) ? values.getOrDefault(m.group(1), "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The first {name} in {@code text} that is not a placeholder, or null. */
    public static String unknownPlaceholder(String text) {
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                return m.group();
            }
        }
        return null;
    }
}
