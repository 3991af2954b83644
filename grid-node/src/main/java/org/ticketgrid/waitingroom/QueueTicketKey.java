package org.ticketgrid.waitingroom;

import java.util.Objects;

/**
 * Key of one place: the event and the number it drew. Not partition-aware on purpose: the places
 * of one event spread over every partition, so 100,000 joins are not served by one thread.
 */
public record QueueTicketKey(String eventId, long number) {

    public QueueTicketKey {
        Objects.requireNonNull(eventId, "eventId");
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1: " + number);
        }
    }

    /** The public id of the place: {@code <eventId>_<number>}. */
    public String id() {
        return eventId + "_" + number;
    }

    /** Parses {@link #id()}; null when the text is not one. */
    public static QueueTicketKey parse(String id) {
        int cut = id == null ? -1 : id.lastIndexOf('_');
        if (cut <= 0) {
            return null;
        }
        try {
            long number = Long.parseLong(id.substring(cut + 1));
            return number < 1 ? null : new QueueTicketKey(id.substring(0, cut), number);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
