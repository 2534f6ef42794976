package io.clientele.pricesheet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public class PriceSheetDraft {
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.max-length}")
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    private String currency = "NOK";

    @NotNull(message = "{validation.required}")
    private LocalDate validFrom = LocalDate.now();

    private LocalDate validTo;
    private int version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
