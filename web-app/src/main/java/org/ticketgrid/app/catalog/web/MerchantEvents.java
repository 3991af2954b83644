package org.ticketgrid.app.catalog.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.catalog.EventQueries;
import org.ticketgrid.app.catalog.EventQueries.TicketTypeView;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.persistence.EventEntity;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.VenueEntity;
import org.ticketgrid.app.catalog.persistence.VenueRepository;

/** Pages of events for the merchant and admin lists, each with its live counts from the grid. */
@Service
class MerchantEvents {

    static final int PAGE_SIZE = 20;

    /** One line of the list. */
    record Row(UUID id, String name, EventStatus status, Instant startsAt, String timeZone, String venue, String city,
            long available, long held, long sold) {

        public boolean onSale() {
            return status == EventStatus.PUBLISHED;
        }
    }

    /** One page of the list. */
    record Result(List<Row> items, long total, int page, boolean hasNext) {
    }

    private final EventRepository events;
    private final VenueRepository venues;
    private final EventQueries queries;

    MerchantEvents(EventRepository events, VenueRepository venues, EventQueries queries) {
        this.events = events;
        this.venues = venues;
        this.queries = queries;
    }

    /** Events of {@code merchantId} (null: everyone's), optionally of one status and matching {@code text}. */
    @Transactional(readOnly = true)
    Result list(UUID merchantId, EventStatus status, String text, int page) {
        int number = Math.max(0, Math.min(page, 10_000));
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        Page<EventEntity> found = events.search(merchantId, status, needle, PageRequest.of(number, PAGE_SIZE));
        Map<UUID, VenueEntity> venueById = new HashMap<>();
        venues.findAllById(found.getContent().stream().map(EventEntity::getVenueId).distinct().toList())
                .forEach(v -> venueById.put(v.getId(), v));
        List<Row> rows = new ArrayList<>();
        for (EventEntity e : found.getContent()) {
            VenueEntity venue = venueById.get(e.getVenueId());
            List<TicketTypeView> counts = queries.liveCounts(e, venue);
            rows.add(new Row(e.getId(), e.getName(), e.getStatus(), e.getStartsAt(), e.getTimeZone(), venue.getName(),
                    venue.getCity(), counts.stream().mapToLong(TicketTypeView::available).sum(),
                    counts.stream().mapToLong(TicketTypeView::held).sum(),
                    counts.stream().mapToLong(TicketTypeView::sold).sum()));
        }
        return new Result(rows, found.getTotalElements(), number, found.hasNext());
    }

    /** A status filter from a query parameter; anything unknown means no filter. */
    static EventStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EventStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
