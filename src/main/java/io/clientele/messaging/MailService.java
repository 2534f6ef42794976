package io.clientele.messaging;

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

    public void send(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }
}
