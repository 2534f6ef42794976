package io.clientele.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Invite form: whose address, as which role. */
public class Invitation {
    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.max-length}")
    private String email = "";

    @NotNull(message = "{validation.required}")
    private Role role = Role.SUPPORT;

    public Invitation() {}

    public Invitation(String email, Role role) {
        this.email = email;
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
