package io.clientele.customer;

import static io.clientele.base.Texts.present;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * Everything the Customers list can filter on. Dates are whole days in {@code zone}; null means open.
 * {@code groups}: customers in any of these group ids; {@code consents}: the answer wanted per consent field id.
 */
public record CustomerFilter(
        String search,
        String name,
        String email,
        String phone,
        Set<CustomerType> types,
        Set<CustomerStatus> statuses,
        Set<Long> groups,
        Map<Long, ConsentAnswer> consents,
        LocalDate createdFrom,
        LocalDate createdTo,
        LocalDate lastLoginFrom,
        LocalDate lastLoginTo,
        boolean includeDeleted,
        ZoneId zone) {

    public static CustomerFilter empty() {
        return new CustomerFilter(
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Map.of(),
                null,
                null,
                null,
                null,
                false,
                ZoneId.systemDefault());
    }

    public CustomerFilter withSearch(String value) {
        return new CustomerFilter(
                value,
                name,
                email,
                phone,
                types,
                statuses,
                groups,
                consents,
                createdFrom,
                createdTo,
                lastLoginFrom,
                lastLoginTo,
                includeDeleted,
                zone);
    }

    public CustomerFilter withStatuses(Set<CustomerStatus> value) {
        return new CustomerFilter(
                search,
                name,
                email,
                phone,
                types,
                value,
                groups,
                consents,
                createdFrom,
                createdTo,
                lastLoginFrom,
                lastLoginTo,
                includeDeleted,
                zone);
    }

    public CustomerFilter withCreated(LocalDate from, LocalDate to) {
        return new CustomerFilter(
                search,
                name,
                email,
                phone,
                types,
                statuses,
                groups,
                consents,
                from,
                to,
                lastLoginFrom,
                lastLoginTo,
                includeDeleted,
                zone);
    }

    public CustomerFilter withTypes(Set<CustomerType> value) {
        return new CustomerFilter(
                search,
                name,
                email,
                phone,
                value,
                statuses,
                groups,
                consents,
                createdFrom,
                createdTo,
                lastLoginFrom,
                lastLoginTo,
                includeDeleted,
                zone);
    }

    public CustomerFilter withConsents(Map<Long, ConsentAnswer> value) {
        return new CustomerFilter(
                search,
                name,
                email,
                phone,
                types,
                statuses,
                groups,
                value,
                createdFrom,
                createdTo,
                lastLoginFrom,
                lastLoginTo,
                includeDeleted,
                zone);
    }

    public CustomerFilter withGroups(Set<Long> value) {
        return new CustomerFilter(
                search,
                name,
                email,
                phone,
                types,
                statuses,
                value,
                consents,
                createdFrom,
                createdTo,
                lastLoginFrom,
                lastLoginTo,
                includeDeleted,
                zone);
    }

    /** Nothing narrows it but statuses and whether deleted ones count: a counter answers how many match. */
    boolean byStatusAlone() {
        return !present(search)
                && !present(name)
                && !present(email)
                && !present(phone)
                && (types == null || types.isEmpty())
                && (groups == null || groups.isEmpty())
                && (consents == null || consents.isEmpty())
                && createdFrom == null
                && createdTo == null
                && lastLoginFrom == null
                && lastLoginTo == null;
    }
}
