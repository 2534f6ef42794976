package io.clientele.importing;

import java.util.List;

/**
 * What a column of an imported file can fill in a customer. {@code exportKey} names the Customers export's column
 * of the same field, whose header in every language the app speaks is a synonym; the others are the names other
 * systems and spreadsheets use, in English and Norwegian, as {@link ImportMapping#normalized} writes them.
 */
public enum ImportField {
    CUSTOMER_ID("id", "id", "customerid", "customerno", "customernumber", "kundeid", "kundenr", "kundenummer"),
    TYPE("type", "type", "customertype", "usertype", "kundetype", "brukertype"),
    STATUS("status", "status", "state", "tilstand"),
    NAME("name", "name", "fullname", "displayname", "navn", "fulltnavn"),
    FIRST_NAME("firstName", "firstname", "givenname", "forename", "fornavn"),
    LAST_NAME("lastName", "lastname", "surname", "familyname", "etternavn"),
    COMPANY_NAME(
            null, "company", "companyname", "organization", "organisation", "firma", "firmanavn", "bedrift", "selskap"),
    EMAIL("email", "email", "emailaddress", "mail", "epost", "epostadresse"),
    PHONE(
            "phone",
            "phone",
            "phonenumber",
            "telephone",
            "tel",
            "mobile",
            "mobilephone",
            "cell",
            "telefon",
            "telefonnummer",
            "tlf",
            "mobil",
            "mobilnummer"),
    TEAMS("teams", "teams", "team"),
    GROUPS("groups", "groups", "group", "grupper", "gruppe");

    private final String exportKey;
    private final List<String> synonyms;

    ImportField(String exportKey, String... synonyms) {
        this.exportKey = exportKey;
        this.synonyms = List.of(synonyms);
    }

    /** The Customers export's column key for this field; null when the export has no such column. */
    public String exportKey() {
        return exportKey;
    }

    List<String> synonyms() {
        return synonyms;
    }
}
