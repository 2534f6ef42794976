package io.clientele.customer;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a webhook tells about a customer: the API's customer representation, less what needs more reads. */
final class CustomerEvents {
    private static final List<String> FIELDS =
            List.of("id", "type", "status", "displayName", "firstName", "lastName", "companyName", "email", "phone");

    private CustomerEvents() {}

    static Map<String, Object> data(Customer c) {
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("id", c.getId());
        read.put("type", c.getType());
        read.put("status", c.getStatus());
        read.put("displayName", c.getDisplayName());
        read.put("firstName", c.getFirstName());
        read.put("lastName", c.getLastName());
        read.put("companyName", c.getCompanyName());
        read.put("email", c.getEmail());
        read.put("phone", c.getPhone());
        read.put("deletedAt", c.getDeletedAt());
        return payload(read);
    }

    /** The customers as they are now, by id, in one statement: after a bulk chunk's update, for its events. */
    static Map<Long, Map<String, Object>> data(EntityManager em, Collection<Long> ids) {
        Map<Long, Map<String, Object>> out = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT new map(c.id AS id, c.type AS type, c.status AS status, c.displayName AS displayName, "
                                + "c.firstName AS firstName, c.lastName AS lastName, c.companyName AS companyName, "
                                + "c.email AS email, c.phone AS phone, c.deletedAt AS deletedAt) FROM Customer c "
                                + "WHERE c.id IN :ids ORDER BY c.id",
                        Map.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> out.put((Long) row.get("id"), payload(row)));
        return out;
    }

    private static Map<String, Object> payload(Map<?, ?> read) {
        Map<String, Object> m = new LinkedHashMap<>();
        FIELDS.forEach(f -> m.put(f, read.get(f) instanceof Enum<?> e ? e.name() : read.get(f)));
        m.put("deleted", read.get("deletedAt") != null);
        return m;
    }
}
