package io.clientele.importing;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A vCard file (an address book's export, or Clientele's own) read one card at a time as rows under a header of the
 * fields a card carries here: first and last name (the formatted name when a card has no structured one), company,
 * e-mail and phone — the first of each — and the user type: a card of an organization (KIND:org, or only a company
 * and its name, as Clientele writes a business) is a business. The header's names are the ones the mapping suggests
 * fields for.
 */
final class VCardRows implements ImportTable.Rows {
    static final List<String> HEADER =
            List.of("First name", "Last name", "Name", "Company name", "Email", "Phone", "User type");

    private final VCardReader reader;
    private boolean headerGiven;
    private long number = 1;

    private VCardRows(VCardReader reader) {
        this.reader = reader;
    }

    static ImportTable table(Path file) throws IOException {
        return new ImportTable(new VCardRows(new VCardReader(file)), null, false, (char) 0);
    }

    @Override
    public ImportTable.Row next() {
        if (!headerGiven) {
            headerGiven = true;
            return new ImportTable.Row(1, HEADER);
        }
        VCard card;
        try {
            card = reader.readNext();
        } catch (IOException | RuntimeException e) {
            throw ImportTable.refused("import.not-a-vcard");
        }
        if (card == null) {
            return null;
        }
        StructuredName n = card.getStructuredName();
        String fullName = card.getFormattedName() == null
                ? ""
                : text(card.getFormattedName().getValue());
        boolean structured = n != null && (n.getGiven() != null || n.getFamily() != null);
        String company = card.getOrganization() == null
                        || card.getOrganization().getValues().isEmpty()
                ? ""
                : text(card.getOrganization().getValues().getFirst());
        Email email = card.getEmails().isEmpty() ? null : card.getEmails().getFirst();
        Telephone phone = card.getTelephoneNumbers().isEmpty()
                ? null
                : card.getTelephoneNumbers().getFirst();
        boolean business = (card.getKind() != null && card.getKind().isOrg())
                || (!structured && !company.isEmpty() && (fullName.isEmpty() || fullName.equals(company)));
        return new ImportTable.Row(
                ++number,
                List.of(
                        structured ? text(n.getGiven()) : "",
                        structured ? text(n.getFamily()) : "",
                        structured ? "" : fullName,
                        company,
                        email == null ? "" : text(email.getValue()),
                        phone == null ? "" : text(phone.getText()),
                        business ? "Business" : "Individual"));
    }

    private static String text(String value) {
        return Objects.toString(value, "").strip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
