package io.clientele.savedview;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A list's state (its query string) under a name: its owner's, or shared with everyone in the tenant. */
@Entity
@Table(name = "saved_view")
public class SavedView extends TenantEntity {
    private long ownerId;
    private String ownerEmail;
    private String listPath;
    private String name;
    private String query;
    private boolean shared;

    protected SavedView() {}

    SavedView(long ownerId, String ownerEmail, String listPath, String name) {
        this.ownerId = ownerId;
        this.ownerEmail = ownerEmail;
        this.listPath = listPath;
        this.name = name;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public String getListPath() {
        return listPath;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public boolean isShared() {
        return shared;
    }

    void set(String query, boolean shared) {
        this.query = query;
        this.shared = shared;
    }
}
