package io.clientele.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A page of a sorted list read without skipping the rows before it (OFFSET reads and drops them all: page 2,000 of
 * 50 reads 100,000 rows). Reached from a neighbouring page, it continues after that page's last row or before its
 * first; jumped to near the end, it is read from the end. The page number stays, so the list still says which rows
 * these are. {@link SpecificationQueries} reads it; anything else reads it as the plain page it also is.
 */
public final class Seek extends PageRequest {
    enum From {
        AFTER,
        BEFORE,
        END
    }

    private final From from;
    /** The id of the neighbour's boundary row, or the list's total when read from the end. */
    private final long key;

    private Seek(int page, int size, Sort sort, From from, long key) {
        super(page, size, sort);
        this.from = from;
        this.key = key;
    }

    /** The page after the one whose last row has {@code id}. */
    public static Seek after(int page, int size, Sort sort, long id) {
        return new Seek(page, size, sort, From.AFTER, id);
    }

    /** The page before the one whose first row has {@code id}. */
    public static Seek before(int page, int size, Sort sort, long id) {
        return new Seek(page, size, sort, From.BEFORE, id);
    }

    /** A page of a list of {@code total} rows counted from its end (nearer for a page in its second half). */
    public static Seek fromEnd(int page, int size, Sort sort, long total) {
        return new Seek(page, size, sort, From.END, total);
    }

    From from() {
        return from;
    }

    long key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seek s && super.equals(o) && s.from == from && s.key == key;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Long.hashCode(key);
    }

    @Override
    public String toString() {
        return super.toString() + " " + from + " " + key;
    }
}
