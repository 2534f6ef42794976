package io.clientele.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How many "Forgot password?" links may be asked for: three an address and ten a browser's IP address per quarter of
 * an hour, so the form can neither flood a mailbox nor be used to mail every address of a list. Each node counts its
 * own; the buckets are forgotten when there are too many to keep.
 */
@Component
class ResetRequestLimits {
    static final int PER_ADDRESS = 3;
    static final int PER_IP = 10;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int KEEP = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from both the address's and the IP address's allowance; false when either is used up. */
    boolean allow(String address, String ip) {
        if (buckets.size() > KEEP) {
            buckets.clear();
        }
        boolean forIp = bucket("ip:" + ip, PER_IP).tryConsume(1);
        return bucket("to:" + address, PER_ADDRESS).tryConsume(1) && forIp;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillIntervally(capacity, WINDOW)
                                .build())
                        .build());
    }
}
