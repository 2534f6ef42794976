package io.clientele.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;

/** Where a customer account's invoices go; when empty, invoices use the organization's location. */
@Embeddable
public class BillingInfo {
    @Column(name = "billing_digital_address")
    @Pattern(regexp = "|[0-9]{4}:[A-Za-z0-9._-]{1,50}", message = "{validation.digital-address}")
    private String digitalAddress = "";

    @Column(name = "billing_address")
    @Size(max = 200, message = "{validation.max-length}")
    private String address = "";

    @Column(name = "billing_post_number")
    @Size(max = 12, message = "{validation.max-length}")
    private String postCode = "";

    @Column(name = "billing_municipality")
    @Size(max = 100, message = "{validation.max-length}")
    private String municipality = "";

    @Column(name = "billing_phone")
    @Size(max = 40, message = "{validation.max-length}")
    private String phone = "";

    @Column(name = "billing_email")
    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.max-length}")
    private String email = "";

    @Column(name = "billing_responsible")
    @Size(max = 200, message = "{validation.max-length}")
    private String responsible = "";

    public boolean isEmpty() {
        return Stream.of(digitalAddress, address, postCode, municipality, phone, email, responsible)
                .allMatch(s -> s == null || s.isBlank());
    }

    public BillingInfo copy() {
        BillingInfo b = new BillingInfo();
        b.digitalAddress = digitalAddress;
        b.address = address;
        b.postCode = postCode;
        b.municipality = municipality;
        b.phone = phone;
        b.email = email;
        b.responsible = responsible;
        return b;
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

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }
}
