package io.clientele.integration;

import io.clientele.base.ClienteleProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A bucket per API key that holds the configured requests and fills up again all at once a minute after it was
 * made, and every minute after: no minute of a key's calls has more than the limit (a smooth refill let a paced
 * client make nearly twice as many). Each node counts its own.
 */
@Component
class ApiRateLimits {
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    ApiRateLimits(ClienteleProperties properties) {
        this.perMinute = properties.api().requestsPerMinute();
    }

    int limit() {
        return perMinute;
    }

    ConsumptionProbe take(long keyId) {
        return buckets.computeIfAbsent(
                        keyId,
                        k -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(perMinute)
                                        .refillIntervally(perMinute, Duration.ofMinutes(1))
                                        .build())
                                .build())
                .tryConsumeAndReturnRemaining(1);
    }
}
