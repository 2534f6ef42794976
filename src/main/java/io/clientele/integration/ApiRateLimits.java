package io.clientele.integration;

import io.clientele.base.ClienteleProperties;
import io.clientele.base.Databases;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * A bucket per API key that holds the configured requests and fills up again all at once a minute after it was
 * made, and every minute after: no minute of a key's calls has more than the limit (a smooth refill let a paced
 * client make nearly twice as many). On PostgreSQL the buckets are rows of {@code api_rate_bucket}, read and written
 * under a row lock, so every node sharing the database counts against the same limit; the embedded database has one
 * node, which keeps them in memory.
 */
@Component
class ApiRateLimits {
    private final int perMinute;
    private final BucketConfiguration configuration;
    private final LongFunction<Bucket> buckets;

    ApiRateLimits(ClienteleProperties properties, DataSource dataSource) {
        this.perMinute = properties.api().requestsPerMinute();
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillIntervally(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
        this.buckets = Databases.postgres(dataSource) ? shared(dataSource) : inMemory();
    }

    int limit() {
        return perMinute;
    }

    ConsumptionProbe take(long keyId) {
        return buckets.apply(keyId).tryConsumeAndReturnRemaining(1);
    }

    private LongFunction<Bucket> shared(DataSource dataSource) {
        ProxyManager<Long> rows = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .table("api_rate_bucket")
                .idColumn("id")
                .stateColumn("state")
                .build();
        return keyId -> rows.builder().build(keyId, () -> configuration);
    }

    private LongFunction<Bucket> inMemory() {
        Map<Long, Bucket> local = new ConcurrentHashMap<>();
        return keyId -> local.computeIfAbsent(
                keyId,
                k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }
}
