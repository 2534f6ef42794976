package io.clientele.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A label that customers are filtered and bulk-assigned by (Settings → Groups). */
@Entity
@Table(name = "customer_group")
public class CustomerGroup extends NamedLabel {
    protected CustomerGroup() {}

    CustomerGroup(String name) {
        super(name);
    }
}
