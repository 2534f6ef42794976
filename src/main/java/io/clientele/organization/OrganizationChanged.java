package io.clientele.organization;

/**
 * Published inside the organization's transaction so that records built on it (customer accounts)
 * follow in the same transaction: a rename relabels them, a soft delete deletes them too.
 */
public record OrganizationChanged(long organizationId, String name, Kind kind) {
    public enum Kind {
        RENAMED,
        DELETED
    }
}
