package org.ticketgrid.app.platform;

import java.util.UUID;

/** Parsing of ids from paths: a malformed id names nothing, so it is a 404, not a 500. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.NotFound(what);
        }
    }

    /** The id in {@code text}, or null if it is not one (only the canonical 36-character form). */
    public static UUID orNull(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
