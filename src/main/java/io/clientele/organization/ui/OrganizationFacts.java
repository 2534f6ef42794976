package io.clientele.organization.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.clientele.base.ui.CountryBox;
import io.clientele.base.ui.DetailBlocks;
import io.clientele.customer.PhoneNumbers;
import io.clientele.organization.Organization;

/** Every field of an organization, read-only: the organization block of the account page and the company page. */
public final class OrganizationFacts {
    private OrganizationFacts() {}

    public static Div block(String heading, Organization o) {
        Div block = DetailBlocks.block(
                heading,
                field("organization.name", o.getName()),
                field("organization.org-number", o.getOrgNumber()),
                field("organization.legal-form", o.getLegalForm()),
                field("organization.digital-address", o.getDigitalAddress()),
                field("organization.address", o.getAddress()),
                field("organization.post-number", o.getPostCode()),
                field("organization.city", o.getCity()),
                field("organization.region", o.getRegion()),
                field("organization.municipality", o.getMunicipality()),
                field("organization.country", CountryBox.name(o.getCountry())),
                field("organization.phone", PhoneNumbers.display(o.getPhone())),
                field("organization.website", o.getWebsite()),
                field("organization.email", o.getEmail()));
        block.setId("block-organization");
        return block;
    }

    private static com.vaadin.flow.component.Component field(String key, String value) {
        return DetailBlocks.field(UI.getCurrent().getTranslation(key), value);
    }
}
