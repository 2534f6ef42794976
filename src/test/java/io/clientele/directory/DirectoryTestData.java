package io.clientele.directory;

import io.clientele.base.Choice;
import io.clientele.customer.Gender;

/** Contacts through the real service, as the logged-in ADMIN. */
public class DirectoryTestData {
    private final ContactService contacts;

    public DirectoryTestData(ContactService contacts) {
        this.contacts = contacts;
    }

    public long contact(String first, String last, String email, Gender gender, Long companyId) {
        ContactDraft d = new ContactDraft();
        d.setFirstName(first);
        d.setLastName(last);
        d.setEmail(email);
        d.setGender(gender);
        d.setCompany(companyId == null ? null : new Choice(companyId, "", ""));
        return contacts.createContact(d, null);
    }

    public static AddressDraft address(
            io.clientele.directory.AddressKind kind, String line1, String postCode, String country, boolean isDefault) {
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
