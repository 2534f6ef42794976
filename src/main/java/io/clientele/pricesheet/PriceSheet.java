package io.clientele.pricesheet;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A tenant's named list of prices in one currency, valid from a day (to a day, or open-ended). */
@Entity
@Table(name = "price_sheet")
public class PriceSheet extends TenantEntity {
    private String name;
    private String currency;
    private LocalDate validFrom;
    private LocalDate validTo;

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getCurrency() {
        return currency;
    }

    void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
