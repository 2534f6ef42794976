package io.clientele.base;

import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who moved a record to the trash: stamped when a record is saved deleted, cleared when it is restored. */
public final class Trash {
    private Trash() {}

    /** The record's deleted-by after a save: kept while deleted, the signed-in user on a fresh delete, else none. */
    public static String deletedBy(Instant deletedAt, String deletedBy) {
        if (deletedAt == null) {
            return null;
        }
        if (deletedBy != null) {
            return deletedBy;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "system" : who.getName();
    }
}
