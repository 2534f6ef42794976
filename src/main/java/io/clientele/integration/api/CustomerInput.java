package io.clientele.integration.api;

import io.clientele.customer.CustomerDraft;
import io.clientele.customer.CustomerStatus;
import io.clientele.customer.CustomerType;

/** What a client sends to create or change a customer; on a change, a field left out keeps its value. */
public record CustomerInput(
        CustomerType type,
        String firstName,
        String lastName,
        String companyName,
        String email,
        String phone,
        CustomerStatus status) {

    /** {@code draft} with the fields this input names. */
    CustomerDraft onto(CustomerDraft draft) {
        if (type != null) draft.setType(type);
        if (firstName != null) draft.setFirstName(firstName);
        if (lastName != null) draft.setLastName(lastName);
        if (companyName != null) draft.setCompanyName(companyName);
        if (email != null) draft.setEmail(email);
        if (phone != null) draft.setPhone(phone);
        if (status != null) draft.setStatus(status);
        return draft;
    }
}
