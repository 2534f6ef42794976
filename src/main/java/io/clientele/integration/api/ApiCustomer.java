package io.clientele.integration.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.clientele.customer.CustomerDetails;
import io.clientele.customer.CustomerRow;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A customer as the API shows it (company name and customer number only on a single customer). */
public record ApiCustomer(
        long id,
        @Schema(requiredMode = REQUIRED) CustomerType type,
        @Schema(requiredMode = REQUIRED) CustomerStatus status,
        @Schema(requiredMode = REQUIRED) String displayName,
        String firstName,
        String lastName,
        String companyName,
        String customerNumber,
        String email,
        String phone,
        @Schema(requiredMode = REQUIRED) List<String> groups,
        @Schema(requiredMode = REQUIRED) Instant createdAt,
        Instant lastLoginAt,
        Instant nextVisitAt,
        boolean deleted) {

    static ApiCustomer of(CustomerRow r) {
        return new ApiCustomer(
                r.id(),
                r.type(),
                r.status(),
                r.displayName(),
                r.firstName(),
                r.lastName(),
                null,
                null,
                r.email(),
                r.phone(),
                r.groups(),
                r.createdAt(),
                r.lastLoginAt(),
                r.nextVisit(),
                r.deleted());
    }

    static ApiCustomer of(CustomerDetails d) {
        CustomerRow r = d.row();
        return new ApiCustomer(
                r.id(),
                r.type(),
                r.status(),
                r.displayName(),
                d.firstName(),
                d.lastName(),
                d.companyName(),
                d.customerNumber(),
                r.email(),
                r.phone(),
                r.groups(),
                r.createdAt(),
                r.lastLoginAt(),
                r.nextVisit(),
                r.deleted());
    }
}
