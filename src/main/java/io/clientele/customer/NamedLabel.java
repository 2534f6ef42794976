package io.clientele.customer;

import io.clientele.base.TenantEntity;
import jakarta.persistence.MappedSuperclass;

/**
 * What teams and groups share: a name, and equality by id, since both are picked in forms and filters from freshly
 * loaded lists, where the same record must match.
 */
@MappedSuperclass
public abstract class NamedLabel extends TenantEntity {
    private String name;

    protected NamedLabel() {}

    protected NamedLabel(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedLabel other
                && org.hibernate.Hibernate.getClass(other) == org.hibernate.Hibernate.getClass(this)
                && getId() != null
                && getId().equals(other.getId());
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
