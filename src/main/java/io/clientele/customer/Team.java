package io.clientele.customer;

import io.clientele.base.TenantEntity;
import jakarta.persistence.*;

/** A staff team that serves customers. */
@Entity
@Table(name = "team")
public class Team extends TenantEntity {
    private String name;

    protected Team() {
    }

    Team(String name) {
        this.name = name;
    }

    public String getName() { return name; }
    void setName(String name) { this.name = name; }

    /** Teams are picked in forms from a freshly loaded list, so the same team must match by id. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Team t && getId() != null && getId().equals(t.getId());
    }

    @Override
    public int hashCode() {
        return getId() == null ? 0 : getId().hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
