package io.clientele.integration.ui;

import io.clientele.integration.ApiKey;
import io.clientele.integration.ApiKeyService;
import io.clientele.integration.ApiScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Pageable;

/**
 * Whose keys the API keys panel shows and makes: staff looking at the tenant's or one customer's keys, or a business
 * customer's admin at its own in the portal. Each call goes through the service's own rule for that caller.
 */
public record KeySource(
        Function<Pageable, List<ApiKey>> list,
        LongSupplier count,
        Creator create,
        LongConsumer revoke,
        boolean forCustomer) {
    public interface Creator {
        ApiKeyService.NewKey create(String name, Set<ApiScope> scopes, LocalDate expiresOn, ZoneId zone);
    }

    public static KeySource staff(ApiKeyService keys, Long customerId) {
        return new KeySource(
                page -> keys.list(customerId, page),
                () -> keys.count(customerId),
                (name, scopes, expires, zone) -> keys.create(customerId, name, scopes, expires, zone),
                keys::revoke,
                customerId != null);
    }

    public static KeySource mine(ApiKeyService keys) {
        return new KeySource(keys::listMine, keys::countMine, keys::createMine, keys::revokeMine, true);
    }
}
