package io.clientele.bulk;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** vCard 4.0, one card per row: name, e-mail, phone and company. */
final class VCardExportWriter implements ExportWriter {
    private final VCardWriter writer;

    VCardExportWriter(OutputStream out) {
        writer = new VCardWriter(out, VCardVersion.V4_0);
    }

    @Override
    public void row(List<Object> cells, ExportPerson p) throws IOException {
        VCard card = new VCard();
        StructuredName name = new StructuredName();
        name.setGiven(p.firstName());
        name.setFamily(p.lastName());
        card.setStructuredName(name);
        card.setFormattedName(p.fullName());
        if (p.email() != null) card.addEmail(p.email());
        if (p.phone() != null) card.addTelephoneNumber(p.phone());
        if (p.company() != null) {
            Organization org = new Organization();
            org.getValues().add(p.company());
            card.setOrganization(org);
        }
        writer.write(card);
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
