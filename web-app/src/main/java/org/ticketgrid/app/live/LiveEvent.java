package org.ticketgrid.app.live;

import java.util.UUID;

/** One server-sent event of an event's stream: its SSE name and its JSON data. */
public sealed interface LiveEvent {

    /** SSE event name. */
    String name();

    /** A seat changed state: {@code seat} {@code {seatId, status}}. */
    record Seat(long seatId, String status) implements LiveEvent {
        @Override
        public String name() {
            return "seat";
        }
    }

    /**
     * A ticket type's counts changed: {@code availability} {@code {ticketTypeId, available, held,
     * sold}} ({@code held} and {@code sold} extend the API's {@code {ticketTypeId, available}}).
     */
    record Availability(UUID ticketTypeId, int available, int held, int sold) implements LiveEvent {
        @Override
        public String name() {
            return "availability";
        }
    }

    /**
     * A general-admission area's free places changed: {@code section} {@code {sectionId, available,
     * capacity}} (its places have no seat of their own on the map).
     */
    record Section(long sectionId, int available, int capacity) implements LiveEvent {
        @Override
        public String name() {
            return "section";
        }
    }
}
