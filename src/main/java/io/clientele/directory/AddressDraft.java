package io.clientele.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class AddressDraft {
    @NotNull(message = "{validation.required}")
    private AddressKind kind = AddressKind.VISITING;

    private boolean defaultAddress = true;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String line1 = "";

    @Size(max = 200, message = "{validation.max-length}")
    private String line2 = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 12, message = "{validation.max-length}")
    private String postCode = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.max-length}")
    private String city = "";

    @NotBlank(message = "{validation.required}")
    private String country = "NO";
    /** The version the form was opened at; a save over a newer one is refused. */
    private int version;

    public AddressKind getKind() {
        return kind;
    }

    public void setKind(AddressKind kind) {
        this.kind = kind;
    }

    public boolean isDefaultAddress() {
        return defaultAddress;
    }

    public void setDefaultAddress(boolean defaultAddress) {
        this.defaultAddress = defaultAddress;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostCode() {
        return postCode;
    }

    public void setPostCode(String postCode) {
        this.postCode = postCode;
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

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
