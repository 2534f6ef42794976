package io.clientele.pricesheet;

import io.clientele.base.OwnerType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A price sheet assigned to a company or a customer. */
@Entity
@Table(name = "price_sheet_assignment")
class PriceSheetAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long priceSheetId;

    @Enumerated(EnumType.STRING)
    private OwnerType ownerType;

    private Long ownerId;

    protected PriceSheetAssignment() {}

    PriceSheetAssignment(Long priceSheetId, OwnerType ownerType, Long ownerId) {
        this.priceSheetId = priceSheetId;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    Long getPriceSheetId() {
        return priceSheetId;
    }
}
