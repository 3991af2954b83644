package org.ticketgrid.app.live;

import java.util.List;

/**
 * Server-sent event framing, written once per flush and shared by every subscriber. The JSON is
 * written by hand: its fields are numbers, UUIDs and enum names, which need no escaping.
 */
final class Sse {

    static final String HEARTBEAT = ": heartbeat\n\n";

    private Sse() {
    }

    static String format(List<LiveEvent> events) {
        StringBuilder out = new StringBuilder(events.size() * 48);
        for (LiveEvent event : events) {
            out.append("event: ").append(event.name()).append("\ndata: ");
            switch (event) {
                case LiveEvent.Seat s -> out.append("{\"seatId\":\"").append(s.seatId()).append("\",\"status\":\"")
                        .append(s.status()).append("\"}");
                case LiveEvent.Availability a -> out.append("{\"ticketTypeId\":\"").append(a.ticketTypeId())
                        .append("\",\"available\":").append(a.available()).append(",\"held\":").append(a.held())
                        .append(",\"sold\":").append(a.sold()).append('}');
                case LiveEvent.Section s -> out.append("{\"sectionId\":\"").append(s.sectionId()).append('"')
                        .append(",\"available\":").append(s.available()).append(",\"capacity\":")
                        .append(s.capacity()).append('}');
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
