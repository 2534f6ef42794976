package io.clientele.account;

import io.clientele.base.Choice;
import io.clientele.customer.CustomerStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The Add / Edit customer account panel. */
public class AccountDraft {
    @NotNull(message = "{validation.required}")
    private Choice organization;

    @NotNull(message = "{validation.required}")
    private Choice admin;

    @NotNull(message = "{validation.required}")
    private CustomerStatus status = CustomerStatus.ACTIVE;

    @Pattern(regexp = "[0-9]*", message = "{validation.digits-only}")
    @Size(max = 64, message = "{validation.max-length}")
    private String customerNumber = "";

    private boolean allowSharedBilling;
    private int version;

    public Choice getOrganization() {
        return organization;
    }

    public void setOrganization(Choice organization) {
        this.organization = organization;
    }

    public Choice getAdmin() {
        return admin;
    }

    public void setAdmin(Choice admin) {
        this.admin = admin;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public boolean isAllowSharedBilling() {
        return allowSharedBilling;
    }

    public void setAllowSharedBilling(boolean allowSharedBilling) {
        this.allowSharedBilling = allowSharedBilling;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
