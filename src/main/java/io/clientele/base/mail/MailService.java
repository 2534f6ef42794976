package io.clientele.base.mail;

import io.clientele.base.ClienteleProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/** Outgoing e-mail through Spring Mail (SMTP settings in README). */
@Service
public class MailService {
    private final JavaMailSender sender;
    private final ClienteleProperties properties;

    MailService(JavaMailSender sender, ClienteleProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * Sends once the caller's transaction has committed: a rolled-back change mails nothing, and a mail server that
     * is down does not undo the change (the failure is logged).
     */
    public void sendAfterCommit(String to, String subject, String body) {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        try {
                            send(to, subject, body);
                        } catch (RuntimeException e) {
                            org.slf4j.LoggerFactory.getLogger(MailService.class)
                                    .warn("Could not mail {}: {}", to, e.getMessage());
                        }
                    }
                });
    }

    public void send(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }
}
