package io.clientele.directory;

import io.clientele.base.Choice;
import io.clientele.customer.Gender;

/** Contacts through the real service, as the logged-in ADMIN. */
public class DirectoryTestData {
    private final DirectoryService directory;

    public DirectoryTestData(DirectoryService directory) {
        this.directory = directory;
    }

    public long contact(String first, String last, String email, Gender gender, Long companyId) {
        ContactDraft d = new ContactDraft();
        d.setFirstName(first);
        d.setLastName(last);
        d.setEmail(email);
        d.setGender(gender);
        d.setCompany(companyId == null ? null : new Choice(companyId, "", ""));
        return directory.createContact(d, null);
    }

    public static AddressDraft address(io.clientele.directory.AddressKind kind, String line1, String postCode,
                                       String country, boolean isDefault) {
        AddressDraft a = new AddressDraft();
        a.setKind(kind);
        a.setLine1(line1);
        a.setPostCode(postCode);
        a.setCity("City");
        a.setCountry(country);
        a.setDefaultAddress(isDefault);
        return a;
    }
}
