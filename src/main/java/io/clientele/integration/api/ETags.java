package io.clientele.integration.api;

import io.clientele.base.ConcurrentEditException;

/** A record's version as its ETag; an update must send it back as If-Match. */
final class ETags {
    private ETags() {}

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names; one that names none cannot match the record. */
    static int version(String ifMatch) {
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ConcurrentEditException();
        }
    }
}
