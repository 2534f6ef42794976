package io.clientele.bulk;

/** A column of an export: its header in the user's language and the type its cells are written as. */
public record ExportColumn(String header, Type type) {
    /** TEXT: String; NUMBER: Long or BigDecimal; DATE: LocalDate; DATE_TIME: Instant; BOOLEAN: Boolean. */
    public enum Type {
        TEXT,
        NUMBER,
        DATE,
        DATE_TIME,
        BOOLEAN
    }
}
