package io.clientele.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver on loopback that answers with the statuses it is told (200 once they run out) and checks each
 * delivery's signature with its own implementation of the Standard Webhooks scheme — not the library Clientele signs
 * with: HMAC-SHA256 over "id.timestamp.body" with the secret's base64 key, sent as "v1,<base64>".
 */
final class WebhookReceiver implements AutoCloseable {
    record Delivery(String id, long timestamp, String signature, String body, String path) {}

    private final HttpServer server;
    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    private volatile int fallback = 200;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            received.add(new Delivery(
                    h.getFirst("webhook-id"),
                    Long.parseLong(h.getFirst("webhook-timestamp")),
                    h.getFirst("webhook-signature"),
                    body,
                    exchange.getRequestURI().getPath()));
            Integer status = statuses.poll();
            byte[] answer = (status == null ? fallback : status) < 300 ? "ok".getBytes() : "receiver broke".getBytes();
            exchange.sendResponseHeaders(status == null ? fallback : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers, in order. */
    void answer(Integer... codes) {
        statuses.addAll(List.of(codes));
    }

    /** What every later call gets once the queued answers are used up. */
    void answerAlways(int code) {
        fallback = code;
    }

    Delivery next(Duration wait) throws InterruptedException {
        Delivery d = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (d == null) {
            throw new AssertionError("No delivery within " + wait);
        }
        return d;
    }

    /**
     * Deliveries that arrive within {@code wait}, none expected: watches the whole window (a little longer when one
     * arrives) and returns what came.
     */
    List<Delivery> drain(Duration wait) {
        try {
            org.awaitility.Awaitility.await()
                    .during(wait)
                    .atMost(wait.plusSeconds(1))
                    .until(received::isEmpty);
        } catch (org.awaitility.core.ConditionTimeoutException arrived) {
            // Something was delivered in the window: the caller's assertion shows what.
        }
        List<Delivery> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    /** True if the signature is the secret's HMAC of this delivery and the timestamp is within five minutes. */
    static boolean signedWith(String secret, Delivery d) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1,"
                + Base64.getEncoder()
                        .encodeToString(mac.doFinal(
                                (d.id() + "." + d.timestamp() + "." + d.body()).getBytes(StandardCharsets.UTF_8)));
        boolean fresh = Math.abs(Instant.now().getEpochSecond() - d.timestamp()) < 300;
        return fresh && Arrays.asList(d.signature().split(" ")).contains(expected);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
