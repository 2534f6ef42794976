package io.clientele.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the organization form edits; the service adds the rules that depend on country and other rows. */
public class OrganizationDraft {
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[0-9 ]{0,24}", message = "{validation.org-number-digits}")
    private String orgNumber = "";

    @Size(max = 50, message = "{validation.max-length}")
    private String legalForm = "";

    @Pattern(regexp = "|[0-9]{4}:[A-Za-z0-9._-]{1,50}", message = "{validation.digital-address}")
    private String digitalAddress = "";

    @Size(max = 200, message = "{validation.max-length}")
    private String address = "";

    @Size(max = 12, message = "{validation.max-length}")
    private String postCode = "";

    @Size(max = 100, message = "{validation.max-length}")
    private String region = "";

    @Size(max = 100, message = "{validation.max-length}")
    private String municipality = "";

    @Size(max = 100, message = "{validation.max-length}")
    private String city = "";

    @NotBlank(message = "{validation.required}")
    private String country = "NO";

    @Size(max = 40, message = "{validation.max-length}")
    private String phone = "";

    @Size(max = 300, message = "{validation.max-length}")
    private String website = "";

    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.max-length}")
    private String email = "";

    private int version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(String orgNumber) {
        this.orgNumber = orgNumber;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getDigitalAddress() {
        return digitalAddress;
    }

    public void setDigitalAddress(String digitalAddress) {
        this.digitalAddress = digitalAddress;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostCode() {
        return postCode;
    }

    public void setPostCode(String postCode) {
        this.postCode = postCode;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
