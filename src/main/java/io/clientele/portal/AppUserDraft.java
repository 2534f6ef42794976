package io.clientele.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Create User modal: a portal login and its customer record in one step. */
public class AppUserDraft {
    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.max-320}")
    private String email = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-200}")
    private String password = "";

    @Size(max = 200, message = "{validation.max-200}")
    private String fullName = "";

    @Size(max = 200, message = "{validation.max-200}")
    private String company = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }
}
