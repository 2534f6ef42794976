package io.clientele.messaging;

import io.clientele.base.Messages;
import io.clientele.base.mail.MailService;
import io.clientele.security.CurrentUser;
import io.clientele.security.UserAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tells a login about a change: an in-app notification and an e-mail, in the recipient's language. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final MailService mail;

    private final Clock clock;

    NotificationService(NotificationRepository notifications, MailService mail, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.mail = mail;
    }

    /**
     * Stores the notification in the caller's transaction; the e-mail goes after commit, so a rolled-back
     * change sends nothing and a mail server that is down does not undo the change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(UserAccount recipient, String messageKey, Object... args) {
        Locale locale = Messages.locale(recipient.getLanguage());
        String text = Messages.text(locale, messageKey, args);
        notifications.save(new Notification(recipient.getId(), text));
        String subject = Messages.text(locale, "notification.mail-subject");
        String body = Messages.text(locale, "notification.mail-body", recipient.displayName(), text);
        mail.sendAfterCommit(recipient.getEmail(), subject, body);
    }

    /** The signed-in user's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> mine(int max) {
        return notifications.findByUserAccountIdOrderByCreatedAtDesc(
                CurrentUser.require().userId(), PageRequest.of(0, max));
    }

    @Transactional
    public void markAllRead() {
        Instant now = Instant.now(clock);
        notifications
                .findByUserAccountIdAndReadAtIsNull(CurrentUser.require().userId())
                .forEach(n -> n.markRead(now));
    }
}
