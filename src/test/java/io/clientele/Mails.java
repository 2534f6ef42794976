package io.clientele;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The mails one address received, waited for: mail goes out after commit on another thread, so a test picks its own
 * by recipient instead of by arrival order (a late mail of an earlier test may arrive first).
 */
public final class Mails {
    private Mails() {}

    /** At least {@code count} mails to {@code address}, in arrival order, within ten seconds. */
    public static List<MimeMessage> to(GreenMailOperations mail, String address, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> Arrays.stream(mail.getReceivedMessages())
                                .filter(m -> addressedTo(m, address))
                                .toList(),
                        received -> received.size() >= count);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
