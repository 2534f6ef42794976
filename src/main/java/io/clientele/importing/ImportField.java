package io.clientele.importing;

import java.util.List;
import java.util.Set;

/**
 * What a column of an imported file can fill in a customer or an organization. {@code headerKey} is the translation
 * key of Clientele's own header for the field (the Customers export's column, the organization form's label), a
 * synonym in every language the app speaks; the others are the names other systems and spreadsheets use, in English
 * and Norwegian, as {@link ImportMapping#normalized} writes them.
 */
public enum ImportField {
    CUSTOMER_ID("id", "id", "customerid", "customerno", "customernumber", "kundeid", "kundenr", "kundenummer"),
    TYPE("type", "type", "customertype", "usertype", "kundetype", "brukertype"),
    STATUS("status", "status", "state", "tilstand"),
    NAME("name", "name", "fullname", "displayname", "navn", "fulltnavn"),
    FIRST_NAME("firstName", "firstname", "givenname", "forename", "fornavn"),
    LAST_NAME("lastName", "lastname", "surname", "familyname", "etternavn"),
    COMPANY_NAME(
            (String) null,
            "company",
            "companyname",
            "organization",
            "organisation",
            "firma",
            "firmanavn",
            "bedrift",
            "selskap"),
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
    GROUPS("groups", "groups", "group", "grupper", "gruppe"),
    /**
     * A consent field's answer, when it was given and where: the column's header names the consent field, as the
     * Customers export writes it ("Newsletter", "Newsletter – answered at", "Newsletter – source"); see
     * {@link ImportConsents}.
     */
    CONSENT(null),
    CONSENT_AT(null),
    CONSENT_SOURCE(null),
    ORG_NUMBER(
            Records.ORGANIZATIONS,
            "organization.org-number",
            "orgnumber",
            "orgno",
            "orgnr",
            "organizationnumber",
            "organisationnumber",
            "companynumber",
            "registrationnumber",
            "organisasjonsnummer",
            "orgnummer",
            "foretaksnummer"),
    LEGAL_FORM(Records.ORGANIZATIONS, "organization.legal-form", "legalform", "companytype", "selskapsform"),
    WEBSITE(Records.ORGANIZATIONS, "organization.website", "website", "web", "url", "homepage", "nettside"),
    ADDRESS(
            Records.ORGANIZATIONS,
            "organization.address",
            "address",
            "street",
            "streetaddress",
            "adresse",
            "gateadresse",
            "postadresse"),
    POST_CODE(
            Records.ORGANIZATIONS,
            "organization.post-number",
            "postcode",
            "postalcode",
            "zip",
            "zipcode",
            "postnummer",
            "postnr"),
    CITY(Records.ORGANIZATIONS, "organization.city", "city", "town", "poststed", "sted", "by"),
    COUNTRY(Records.ORGANIZATIONS, "organization.country", "country", "countrycode", "land", "landkode");

    /**
     * What an import brings in: customers, organizations (the companies customer accounts are built on), or contacts
     * (the people at them).
     */
    public enum Records {
        CUSTOMERS,
        ORGANIZATIONS,
        CONTACTS
    }

    private static final Set<ImportField> SHARED = Set.of(NAME, EMAIL, PHONE);
    /** An organization's address, and a customer's or contact's default visiting address. */
    private static final Set<ImportField> POSTAL = Set.of(ADDRESS, POST_CODE, CITY, COUNTRY);
    /** A contact's own fields, and its company by name or number. */
    private static final Set<ImportField> CONTACT = Set.of(FIRST_NAME, LAST_NAME, COMPANY_NAME, ORG_NUMBER);

    private final Records only;
    private final String headerKey;
    private final List<String> synonyms;

    ImportField(String exportKey, String... synonyms) {
        this(Records.CUSTOMERS, exportKey == null ? null : "customers.col." + exportKey, synonyms);
    }

    ImportField(Records only, String headerKey, String... synonyms) {
        this.only = only;
        this.headerKey = headerKey;
        this.synonyms = List.of(synonyms);
    }

    /** The fields a file of these records can fill, in the order a person picks them from. */
    public static List<ImportField> of(Records records) {
        return java.util.Arrays.stream(values()).filter(f -> f.fills(records)).toList();
    }

    /** Whether this is a part of a consent field: the column's header names which (one column per consent field). */
    public boolean consent() {
        return this == CONSENT || this == CONSENT_AT || this == CONSENT_SOURCE;
    }

    /** Whether an import of {@code records} can fill this field. */
    public boolean fills(Records records) {
        return switch (records) {
            case CUSTOMERS -> only == records || SHARED.contains(this) || POSTAL.contains(this);
            case ORGANIZATIONS -> only == records || SHARED.contains(this);
            case CONTACTS -> SHARED.contains(this) || CONTACT.contains(this) || POSTAL.contains(this);
        };
    }

    /**
     * This field as an import of {@code records} takes it: a company name column names the organization itself; null
     * when those records have no such field.
     */
    ImportField in(Records records) {
        if (this == COMPANY_NAME && records == Records.ORGANIZATIONS) {
            return NAME;
        }
        return fills(records) ? this : null;
    }

    /** The translation key of Clientele's own header for this field; null when it has none. */
    String headerKey() {
        return headerKey;
    }

    List<String> synonyms() {
        return synonyms;
    }
}
