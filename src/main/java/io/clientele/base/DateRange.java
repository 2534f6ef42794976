package io.clientele.base;

import java.time.LocalDate;

/** A range of whole days; either end may be open (null). */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ANY = new DateRange(null, null);

    public boolean isAny() {
        return from == null && to == null;
    }

    /** URL form {@code 2026-01-01..2026-01-31}, open ends left empty. */
    public String toParameter() {
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }

    /** "path falls on one of these days" in {@code zone}; nothing when the range is open on both ends. */
    public java.util.List<jakarta.persistence.criteria.Predicate> within(
            jakarta.persistence.criteria.CriteriaBuilder cb,
            jakarta.persistence.criteria.Expression<java.time.Instant> path,
            java.time.ZoneId zone) {
        java.util.List<jakarta.persistence.criteria.Predicate> p = new java.util.ArrayList<>();
        if (from != null) {
            p.add(cb.greaterThanOrEqualTo(path, from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            p.add(cb.lessThan(path, to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return p;
    }

    public static DateRange parse(String text) {
        if (text == null || !text.contains("..")) {
            return ANY;
        }
        String[] parts = text.split("\\.\\.", -1);
        try {
            return new DateRange(
                    parts[0].isBlank() ? null : LocalDate.parse(parts[0]),
                    parts[1].isBlank() ? null : LocalDate.parse(parts[1]));
        } catch (java.time.format.DateTimeParseException e) {
            return ANY;
        }
    }
}
