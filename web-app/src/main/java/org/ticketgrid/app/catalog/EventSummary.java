package org.ticketgrid.app.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ticketgrid.app.catalog.persistence.EventEntity;

/** An event as its merchant sees it after a change: read inside the transaction that made it. */
public record EventSummary(UUID id, UUID venueId, String name, String description, String category,
        Instant startsAt, Instant endsAt, String timeZone, EventStatus status, boolean highDemand,
        Instant salesOpenAt, List<TicketType> ticketTypes) {

    /** A ticket type and its price. */
    public record TicketType(UUID id, String name, long priceCents, String currency) {
    }

    public static EventSummary of(EventEntity e) {
        return new EventSummary(e.getId(), e.getVenueId(), e.getName(), e.getDescription(), e.getCategory(),
                e.getStartsAt(), e.getEndsAt(), e.getTimeZone(), e.getStatus(), e.isHighDemand(), e.getSalesOpenAt(),
                e.getTicketTypes().stream()
                        .map(t -> new TicketType(t.getId(), t.getName(), t.getPriceCents(), t.getCurrency())).toList());
    }
}
