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
}
