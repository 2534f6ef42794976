package io.clientele.base;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows one feature keeps about customers (and, where they own rows, organizations and contacts), and what each of
 * the four customer-data operations does to them: the personal-data export, erasure, a merge into another customer
 * (and its undo) and a permanent delete from the Trash. Each table that points at a customer, organization or contact
 * has exactly one owner; {@code CustomerDataOwnersTest} reads the database's foreign keys and fails on a table without
 * one, so a new table cannot be missed by erasure or merge. The callers run every owner in one transaction.
 */
public interface CustomerData {
    /** The columns this feature owns that point at a customer, organization or contact, as "table.column". */
    Set<String> references();

    /** Adds this feature's categories of the customer's personal-data export: category → its rows. */
    void export(long tenant, long customerId, Map<String, List<Map<String, Object>>> sections);

    /** Refuses (with {@link ActionRefusedException}) an erasure these rows must stop; most rows never do. */
    default void checkErasable(long tenant, long customerId) {}

    /** Removes or anonymizes the personal data in this feature's rows; adds how many rows it changed to {@code done}. */
    void erase(long tenant, long customerId, Map<String, Integer> done);

    /** A merge: the merged customer's rows go to the survivor; {@code moved} keeps, per table, what an undo needs. */
    void move(long tenant, long mergedId, long survivorId, Map<String, Object> moved);

    /** The undo of a merge: every row {@link #move} recorded goes back to the merged customer. */
    void moveBack(long tenant, long mergedId, long survivorId, Map<String, Object> moved);

    /** A permanent delete of the record: removes (or unlinks) what the database does not remove by cascade. */
    void purge(long tenant, OwnerType kind, long id);
}
