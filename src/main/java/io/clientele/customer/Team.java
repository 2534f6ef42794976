package io.clientele.customer;

import jakarta.persistence.*;
import org.hibernate.annotations.TenantId;
import java.time.Instant;

/** A staff team that serves customers. */
@Entity
@Table(name = "team")
public class Team {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    @Version
    private int version;
    private String name;
    private Instant createdAt = Instant.now();

    protected Team() {
    }

    Team(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public Instant getCreatedAt() { return createdAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Team t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
