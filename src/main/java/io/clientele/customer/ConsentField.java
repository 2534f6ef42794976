package io.clientele.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A GDPR consent the tenant asks its customers for, such as "Marketing e-mails" (Settings → Consent fields). */
@Entity
@Table(name = "consent_field")
public class ConsentField extends NamedLabel {
    /** The Customers list's and the exports' key of a field's column: "consent-12". */
    public static final String COLUMN_PREFIX = "consent-";

    protected ConsentField() {}

    ConsentField(String name) {
        super(name);
    }
}
