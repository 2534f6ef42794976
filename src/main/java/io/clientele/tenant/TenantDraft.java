package io.clientele.tenant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New tenant: its (portal) name and colour, and who becomes its first owner. */
public class TenantDraft {
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String name = "";

    @Pattern(regexp = "(#[0-9a-fA-F]{6})?", message = "{validation.color}")
    private String brandColor = "";

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.max-length}")
    private String ownerEmail = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBrandColor() {
        return brandColor;
    }

    public void setBrandColor(String brandColor) {
        this.brandColor = brandColor;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }
}
