package io.clientele.directory;

import io.clientele.base.DateRange;
import io.clientele.customer.Gender;
import java.time.ZoneId;
import java.util.Set;

/**
 * The Users page's filters. Companies use search, created/modified and the contact ranges; contacts and
 * B2C customers use the rest. Empty values mean "any".
 */
public record DirectoryFilter(
        String search,
        String email,
        String firstName,
        String lastName,
        Set<Long> ids,
        Set<Gender> genders,
        DateRange created,
        DateRange modified,
        DateRange contactCreated,
        DateRange contactModified,
        ZoneId zone) {
    public static DirectoryFilter empty() {
        return new DirectoryFilter(
                "",
                "",
                "",
                "",
                Set.of(),
                Set.of(),
                DateRange.ANY,
                DateRange.ANY,
                DateRange.ANY,
                DateRange.ANY,
                ZoneId.systemDefault());
    }

    public DirectoryFilter withSearch(String text) {
        return new DirectoryFilter(
                text,
                email,
                firstName,
                lastName,
                ids,
                genders,
                created,
                modified,
                contactCreated,
                contactModified,
                zone);
    }

    public DirectoryFilter withIds(Set<Long> newIds) {
        return new DirectoryFilter(
                search,
                email,
                firstName,
                lastName,
                newIds,
                genders,
                created,
                modified,
                contactCreated,
                contactModified,
                zone);
    }
}
