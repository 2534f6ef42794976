package io.clientele.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The plan form: what one period holds and costs, in which currency, by the month or the year. */
public class PlanDraft {
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.max-length}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.zero-or-more}")
    @Max(value = 1_000_000, message = "{validation.at-most}")
    private Integer minutesIncluded = 0;

    @NotNull(message = "{validation.required}")
    private BigDecimal price = BigDecimal.ZERO;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    private String currency = "NOK";

    @NotNull(message = "{validation.required}")
    private PlanPeriod period = PlanPeriod.MONTHLY;

    private int version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMinutesIncluded() {
        return minutesIncluded;
    }

    public void setMinutesIncluded(Integer minutesIncluded) {
        this.minutesIncluded = minutesIncluded;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public PlanPeriod getPeriod() {
        return period;
    }

    public void setPeriod(PlanPeriod period) {
        this.period = period;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
