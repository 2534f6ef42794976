package io.clientele.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;

/** Form bean of the customer side panel; the service re-validates everything. */
public class CustomerDraft {
    @NotNull(message = "{validation.required}")
    private CustomerType type = CustomerType.INDIVIDUAL;

    @Size(max = 100, message = "{validation.max-100}")
    private String firstName = "";

    @Size(max = 100, message = "{validation.max-100}")
    private String lastName = "";

    @Size(max = 200, message = "{validation.max-200}")
    private String companyName = "";

    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.max-320}")
    private String email = "";

    @Size(max = 40, message = "{validation.max-40}")
    private String phone = "";

    @NotNull(message = "{validation.required}")
    private CustomerStatus status = CustomerStatus.ACTIVE;

    private boolean allTeams = true;
    private Set<Team> teams = new HashSet<>();
    private int version;

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
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

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public boolean isAllTeams() {
        return allTeams;
    }

    public void setAllTeams(boolean allTeams) {
        this.allTeams = allTeams;
    }

    public Set<Team> getTeams() {
        return teams;
    }

    public void setTeams(Set<Team> teams) {
        this.teams = teams == null ? new HashSet<>() : new HashSet<>(teams);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
