package org.ticketgrid.waitingroom.ep;

import java.util.Map;

/** Writes an entry only when the rule returned a different object. */
final class Writes {

    private Writes() {
    }

    static <K, V> V store(Map.Entry<K, V> entry, V before, V after) {
        if (after != before) {
            entry.setValue(after);
        }
        return after;
    }
}
