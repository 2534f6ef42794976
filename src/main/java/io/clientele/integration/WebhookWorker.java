package io.clientele.integration;

import com.standardwebhooks.Webhook;
import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.ClienteleProperties;
import io.clientele.messaging.NotificationService;
import io.clientele.security.Role;
import io.clientele.security.SystemAuthentication;
import io.clientele.security.UserAccountService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox rows, on any node: a batch is claimed with {@code FOR UPDATE SKIP LOCKED} and leased (its next
 * attempt moved ahead) before the calls, so a node that dies mid-call leaves the rows to be sent again when the lease
 * runs out — at least once, with the same webhook-id for the receiver to recognise. A failed attempt waits the next
 * retry delay; after the last one the delivery is FAILED. An endpoint that fails too many attempts in a row is
 * switched off, audited and its tenant's admins notified.
 */
@Component
class WebhookWorker {
    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int EXCERPT = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ClienteleProperties properties;
    private final AuditService audit;
    private final NotificationService notifications;
    private final UserAccountService users;
    private final HttpClient http;

    private final Clock clock;

    WebhookWorker(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            ClienteleProperties properties,
            AuditService audit,
            NotificationService notifications,
            UserAccountService users,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.audit = audit;
        this.notifications = notifications;
        this.users = users;
        // Redirects are not followed: a redirect could point anywhere, past the address check.
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private record Due(
            long id,
            long tenantId,
            long endpointId,
            String messageId,
            String payload,
            int attempts,
            String url,
            String secret) {}

    @Scheduled(
            fixedDelayString = "${clientele.webhooks.poll-interval:2s}",
            initialDelayString = "${clientele.webhooks.poll-interval:2s}")
    void deliverDue() {
        if (properties.webhooks().worker()) {
            deliverNow();
        }
    }

    /** Delivers every due event, a batch at a time, until none is due. */
    void deliverNow() {
        List<Due> due;
        do {
            due = claim();
            due.forEach(this::deliver);
        } while (due.size() == BATCH);
    }

    /** Takes up to a batch of due deliveries of enabled endpoints and leases them to this node. */
    List<Due> claim() {
        return tx.execute(s -> {
            Timestamp now = Timestamp.from(Instant.now(clock));
            List<Long> ids = jdbc.queryForList(
                    "SELECT id FROM webhook_delivery WHERE status = 'PENDING' "
                            + "AND next_attempt_at <= ? AND endpoint_id IN (SELECT id FROM webhook_endpoint WHERE enabled = TRUE) "
                            + "ORDER BY next_attempt_at, id FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED",
                    Long.class,
                    now);
            if (ids.isEmpty()) {
                return List.<Due>of();
            }
            String in = String.join(",", Collections.nCopies(ids.size(), "?"));
            Timestamp leased = Timestamp.from(Instant.now(clock).plus(LEASE));
            jdbc.update(
                    "UPDATE webhook_delivery SET attempts = attempts + 1, next_attempt_at = ? WHERE id IN (" + in + ")",
                    Stream.concat(Stream.of(leased), ids.stream()).toArray());
            List<Due> claimed = jdbc.query(
                    "SELECT d.id, d.tenant_id, d.endpoint_id, d.message_id, d.payload, "
                            + "d.attempts, e.url, e.secret FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id "
                            + "WHERE d.id IN (" + in + ") ORDER BY d.next_attempt_at, d.id",
                    (rs, n) -> new Due(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6),
                            rs.getString(7),
                            rs.getString(8)),
                    ids.toArray());
            return claimed;
        });
    }

    private void deliver(Due d) {
        long started = System.nanoTime();
        Integer status = null;
        String excerpt;
        try {
            if (OutboundAddresses.check(d.url(), properties.webhooks().allowPrivateAddresses())
                    == OutboundAddresses.Verdict.PRIVATE) {
                throw new IllegalStateException("Refused: the address is on a private, loopback or link-local network");
            }
            long timestamp = Instant.now(clock).getEpochSecond();
            String signature = new Webhook(d.secret()).sign(d.messageId(), timestamp, d.payload());
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(properties.webhooks().timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Clientele-Webhooks/1")
                    .header("webhook-id", d.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            excerpt = response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            excerpt = "Interrupted";
        } catch (Exception e) {
            excerpt = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        boolean ok = status != null && status >= 200 && status < 300;
        record(
                d,
                ok,
                status,
                latency,
                excerpt == null ? "" : excerpt.substring(0, Math.min(EXCERPT, excerpt.length())));
    }

    private void record(Due d, boolean ok, Integer status, int latency, String excerpt) {
        List<Duration> delays = properties.webhooks().retryDelays();
        boolean retry = !ok && d.attempts() <= delays.size();
        Instant now = Instant.now(clock);
        // In the delivery's tenant from the start: Hibernate fixes a session's tenant when the transaction opens it.
        SystemAuthentication.run(
                d.tenantId(),
                () -> tx.executeWithoutResult(s -> {
                    jdbc.update(
                            "UPDATE webhook_delivery SET status = ?, status_code = ?, latency_ms = ?, response_excerpt = ?, "
                                    + "last_attempt_at = ?, next_attempt_at = ? WHERE id = ?",
                            ok ? "DELIVERED" : retry ? "PENDING" : "FAILED",
                            status,
                            latency,
                            excerpt,
                            Timestamp.from(now),
                            retry ? Timestamp.from(now.plus(delays.get(d.attempts() - 1))) : null,
                            d.id());
                    if (ok) {
                        jdbc.update("UPDATE webhook_endpoint SET failures_in_row = 0 WHERE id = ?", d.endpointId());
                        return;
                    }
                    jdbc.update(
                            "UPDATE webhook_endpoint SET failures_in_row = failures_in_row + 1 WHERE id = ?",
                            d.endpointId());
                    int limit = properties.webhooks().disableAfter();
                    String reason = "Switched off after " + limit + " failed attempts in a row (last: "
                            + (status == null ? excerpt : "HTTP " + status) + ")";
                    int disabled = jdbc.update(
                            "UPDATE webhook_endpoint SET enabled = FALSE, version = version + 1, "
                                    + "disabled_reason = ? WHERE id = ? AND enabled = TRUE AND failures_in_row >= ?",
                            reason.substring(0, Math.min(300, reason.length())),
                            d.endpointId(),
                            limit);
                    if (disabled == 1) {
                        disabledNotice(d, limit);
                    }
                }));
    }

    private void disabledNotice(Due d, int limit) {
        log.warn(
                "Webhook endpoint {} of tenant {} switched off after {} failed attempts",
                d.endpointId(),
                d.tenantId(),
                limit);
        audit.record("WEBHOOK_DISABLED", "WEBHOOK_ENDPOINT", d.endpointId(), Summary.of(d.url(), limit), null, null);
        users.staffMembers().stream()
                .filter(u -> u.getStaffRole() != null && !Role.ADMIN.outranks(u.getStaffRole()))
                .forEach(u -> notifications.notify(u, "webhook.disabled-notice", d.url(), limit));
    }
}
