package io.clientele.directory;

import io.clientele.base.Choice;
import io.clientele.customer.Gender;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** New / edit contact. A name or an e-mail is required (checked by the service). */
public class ContactDraft {
    @Size(max = 100, message = "{validation.max-length}")
    private String firstName = "";

    @Size(max = 100, message = "{validation.max-length}")
    private String middleName = "";

    @Size(max = 100, message = "{validation.max-length}")
    private String lastName = "";

    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.max-length}")
    private String email = "";

    @Size(max = 40, message = "{validation.max-length}")
    private String phone = "";

    private Gender gender;
    private Choice company;
    private int version;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Choice getCompany() {
        return company;
    }

    public void setCompany(Choice company) {
        this.company = company;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
