package io.clientele.pricesheet;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "price_sheet_item")
public class PriceSheetItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long priceSheetId;
    private String productCode;
    private String description;
    private BigDecimal unitPrice;

    protected PriceSheetItem() {}

    PriceSheetItem(Long priceSheetId, String productCode, String description, BigDecimal unitPrice) {
        this.priceSheetId = priceSheetId;
        this.productCode = productCode;
        this.description = description;
        this.unitPrice = unitPrice;
    }

    public Long getId() {
        return id;
    }

    public Long getPriceSheetId() {
        return priceSheetId;
    }

    public String getProductCode() {
        return productCode;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
