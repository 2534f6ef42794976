package io.clientele.base.mail;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the mail server answers, shown as its own component of /actuator/health. Mail is not a readiness
 * dependency (the console works without it; mails wait in the outbox of the server that sends them), so an
 * unreachable server is UNREACHABLE, which the status order ranks below UP: the application stays UP and ready.
 * Replaces Boot's mail indicator, whose DOWN took the whole application down.
 */
@Component("mail")
class MailHealth implements HealthIndicator {
    static final Status UNREACHABLE = new Status("UNREACHABLE", "The mail server does not answer");

    private final JavaMailSenderImpl sender;

    MailHealth(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("location", sender.getHost() + ":" + sender.getPort());
        try {
            sender.testConnection();
            return health.build();
        } catch (Exception e) {
            return health.status(UNREACHABLE)
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
