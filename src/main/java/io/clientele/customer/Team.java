package io.clientele.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A staff team that serves customers. */
@Entity
@Table(name = "team")
public class Team extends NamedLabel {
    protected Team() {}

    Team(String name) {
        super(name);
    }
}
