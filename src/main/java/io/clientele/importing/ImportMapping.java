package io.clientele.importing;

import io.clientele.base.ActionRefusedException;
import io.clientele.base.Languages;
import io.clientele.base.Messages;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which field each column of an imported file fills. Suggested from the header: the names in {@link ImportField}
 * and the Customers export's own headers in every language the app speaks, so a file exported from Clientele maps
 * itself. A field is filled by one column at most.
 */
public final class ImportMapping {
    private static final Map<String, ImportField> KNOWN = known();

    private ImportMapping() {}

    /**
     * A field (or null: skip) for each column of {@code header}, in its order; when two columns name the same field,
     * the first gets it.
     */
    public static List<ImportField> suggest(List<String> header) {
        return suggest(header, ImportField.Records.CUSTOMERS);
    }

    /** As {@link #suggest(List)}, among the fields a file of {@code records} can fill. */
    public static List<ImportField> suggest(List<String> header, ImportField.Records records) {
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        List<ImportField> fields = new ArrayList<>(header.size());
        for (String name : header) {
            ImportField known = KNOWN.get(normalized(name));
            ImportField field = known == null ? null : known.in(records);
            fields.add(field != null && taken.add(field) ? field : null);
        }
        return fields;
    }

    /**
     * Refuses a mapping in which two columns fill one field, or a column fills a field {@code records} do not have;
     * {@code fields} holds a field or null for each column of {@code header}. The message names the columns.
     */
    public static void check(List<String> header, List<ImportField> fields, ImportField.Records records) {
        Map<ImportField, Integer> first = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            ImportField f = fields.get(i);
            if (f != null && !f.fills(records)) {
                throw new ActionRefusedException("import.field-not-for." + records, header.get(i));
            }
            // Consent columns are one per consent field their header names (ImportConsents checks them).
            Integer before = f == null || f.consent() ? null : first.putIfAbsent(f, i);
            if (before != null) {
                throw new ActionRefusedException("import.field-twice", header.get(before), header.get(i));
            }
        }
    }

    /** "E-post", "e_post" and "EPOST " alike: lower case, accents and everything but letters and digits left out. */
    static String normalized(String header) {
        return Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Map<String, ImportField> known() {
        Map<String, ImportField> known = new HashMap<>();
        for (ImportField f : ImportField.values()) {
            f.synonyms().forEach(s -> known.put(s, f));
        }
        for (String language : Languages.CHOICES) {
            Locale locale = Languages.locale(language);
            for (ImportField f : ImportField.values()) {
                if (f.headerKey() != null) {
                    known.putIfAbsent(normalized(Messages.text(locale, f.headerKey())), f);
                }
            }
        }
        return Map.copyOf(known);
    }
}
