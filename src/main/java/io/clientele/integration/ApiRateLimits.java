package io.clientele.integration;

import io.clientele.base.ClienteleProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per API key: the configured requests per minute, refilled smoothly. Each node counts its own. */
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
        return buckets.computeIfAbsent(keyId, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build()).tryConsumeAndReturnRemaining(1);
    }
}
