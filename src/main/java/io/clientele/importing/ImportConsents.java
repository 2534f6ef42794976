package io.clientele.importing;

import io.clientele.base.ActionRefusedException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Languages;
import io.clientele.base.Messages;
import io.clientele.customer.ConsentField;
import io.clientele.customer.ConsentService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The consent columns of an imported file of customers. A column holds a consent field's answer, when it was given or
 * where, and its header says which consent field, as the Customers export names them ("Newsletter", "Newsletter –
 * answered at", "Newsletter – source", in any language the app speaks): consent fields are the tenant's own, so a
 * column is tied to one by its name rather than by a field of its own.
 */
@Component
public class ImportConsents {
    /** Clocks of the file's system and ours differ a little; an answer "now" is not in the future. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private static final Set<String> YES = Set.of("yes", "y", "true", "ja", "j", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "nei", "0");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd['T'][ ]HH:mm[:ss]");
    /** A spreadsheet's date: days since 30 December 1899, the time of day as the fraction. */
    private static final LocalDateTime SHEET_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

    /** A consent field a column is about, and what of it the column holds: CONSENT, CONSENT_AT or CONSENT_SOURCE. */
    public record Column(long fieldId, String name, ImportField part) {}

    /** A row's answer to one consent field. */
    public record Answer(long fieldId, boolean granted, Instant at, String source) {}

    private final ConsentService consents;
    private final Clock clock;

    ImportConsents(ConsentService consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    /** The consent field part each column's header names, by column; columns that name none are left out. */
    public Map<Integer, Column> named(List<String> header) {
        Map<String, Column> names = new HashMap<>();
        for (ConsentField f : consents.all()) {
            names.put(key(f.getName()), new Column(f.getId(), f.getName(), ImportField.CONSENT));
            for (String language : Languages.CHOICES) {
                Locale locale = Languages.locale(language);
                names.putIfAbsent(
                        key(Messages.text(locale, "consent.export-recorded", f.getName())),
                        new Column(f.getId(), f.getName(), ImportField.CONSENT_AT));
                names.putIfAbsent(
                        key(Messages.text(locale, "consent.export-source", f.getName())),
                        new Column(f.getId(), f.getName(), ImportField.CONSENT_SOURCE));
            }
        }
        Map<Integer, Column> named = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column c = names.get(key(header.get(i)));
            if (c != null) {
                named.put(i, c);
            }
        }
        return named;
    }

    /** {@code suggested} (a field or null per column) with each column that names a consent field's part mapped to it. */
    List<ImportField> suggest(List<String> header, List<ImportField> suggested) {
        List<ImportField> fields = new ArrayList<>(suggested);
        named(header).forEach((i, c) -> {
            if (fields.get(i) == null) {
                fields.set(i, c.part());
            }
        });
        return fields;
    }

    /**
     * The consent columns {@code mapping} maps, by column. Refused when such a column's header names no consent field
     * (or another part of it), or when two columns hold the same part of one consent field.
     */
    Map<Integer, Column> columns(List<String> header, List<ImportField> mapping) {
        Map<Integer, Column> named = named(header);
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < mapping.size(); i++) {
            ImportField f = mapping.get(i);
            if (f == null || !f.consent()) {
                continue;
            }
            Column c = named.get(i);
            if (c == null || c.part() != f) {
                throw new ActionRefusedException("import.consent-unnamed", header.get(i));
            }
            Integer before = first.putIfAbsent(c.fieldId() + "/" + f, i);
            if (before != null) {
                throw new ActionRefusedException("import.field-twice", header.get(before), header.get(i));
            }
            columns.put(i, c);
        }
        return columns;
    }

    /**
     * A row's answers: one per consent field whose answer column is not empty, given now and from "Import" unless its
     * own columns say when and where. What cannot be read goes to {@code errors}.
     */
    List<Answer> answers(Map<Integer, Column> columns, List<String> cells, List<FieldValidationException> errors) {
        Map<Long, String[]> byField = new LinkedHashMap<>();
        columns.forEach((i, c) -> {
            // The answer, when, where.
            String[] parts = byField.computeIfAbsent(c.fieldId(), id -> new String[3]);
            int part = c.part() == ImportField.CONSENT ? 0 : c.part() == ImportField.CONSENT_AT ? 1 : 2;
            parts[part] = i < cells.size() ? ImportPreview.text(cells.get(i)) : "";
        });
        List<Answer> answers = new ArrayList<>();
        byField.forEach((field, parts) -> {
            if (parts[0] == null || parts[0].isEmpty()) {
                return;
            }
            String answer = parts[0].toLowerCase(Locale.ROOT);
            if (!YES.contains(answer) && !NO.contains(answer)) {
                errors.add(new FieldValidationException("consent", "import.consent-answer", parts[0]));
                return;
            }
            Instant at = when(parts[1], errors);
            String source = parts[2] == null || parts[2].isEmpty() ? "Import" : parts[2];
            if (source.length() > 100) {
                errors.add(new FieldValidationException("consentSource", "import.consent-source-long"));
            } else if (at != null) {
                answers.add(new Answer(field, YES.contains(answer), at, source));
            }
        });
        return answers;
    }

    /**
     * When an answer was given: now when the cell is empty; an instant with its offset; a date and time as the CSV
     * export writes it, in this server's time zone; or a spreadsheet's date number. Null (and an error) otherwise.
     */
    private Instant when(String cell, List<FieldValidationException> errors) {
        Instant now = Instant.now(clock);
        if (cell == null || cell.isEmpty()) {
            return now;
        }
        Instant at;
        try {
            at = cell.matches("\\d+(\\.\\d+)?")
                    ? SHEET_EPOCH
                            .plusSeconds(Math.round(Double.parseDouble(cell) * 86_400))
                            .atZone(ZoneId.systemDefault())
                            .toInstant()
                    : cell.matches(".*([+-]\\d\\d:?\\d\\d|Z)$")
                            ? OffsetDateTime.parse(cell.replace(' ', 'T')).toInstant()
                            : LocalDateTime.parse(cell, LOCAL)
                                    .atZone(ZoneId.systemDefault())
                                    .toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            errors.add(new FieldValidationException("consentAt", "import.consent-when", cell));
            return null;
        }
        if (at.isAfter(now.plus(SKEW))) {
            errors.add(new FieldValidationException("consentAt", "consent.in-future"));
            return null;
        }
        return at;
    }

    private static String key(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }
}
