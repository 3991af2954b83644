package org.ticketgrid.app.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.SectionEntity;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.catalog.persistence.TicketTypeEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeSections;
import org.ticketgrid.app.platform.ApiProblems;

/**
 * What is for sale at an event, read once per request before any seat is touched: the grid work
 * that follows needs no database session, and nothing can fail half-way for want of one.
 */
@Service
public class SaleCatalog {

    /** The price of a seat in one section, and the section's shape. */
    public record Price(UUID ticketTypeId, String ticketTypeName, long priceCents, String currency, int capacity,
            boolean generalAdmission) {
    }

    /** An event's sale terms. */
    public record Offer(UUID eventId, EventStatus status, Instant salesOpenAt, boolean highDemand,
            Map<Long, Price> priceOfSection) {

        public boolean sells(long sectionId) {
            return priceOfSection.containsKey(sectionId);
        }
    }

    private final EventRepository events;
    private final VenueRepository venues;
    private final TicketTypeSections typeSections;

    private record Cached(Offer offer, long loadedAt) {
    }

    private final Map<UUID, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final TransactionTemplate readOnly;
    private final long ttlNanos;

    SaleCatalog(EventRepository events, VenueRepository venues, TicketTypeSections typeSections,
            PlatformTransactionManager transactions, TicketGridProperties properties) {
        this.events = events;
        this.venues = venues;
        this.typeSections = typeSections;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.ttlNanos = properties.holds().offerCacheTtl().toNanos();
    }

    /**
     * The sale terms of an event, from a short-lived per-instance cache: the hold path must not
     * pay a database transaction per request (it was about a fifth of a hold's CPU). Unknown
     * events are not cached, so a 404 costs a query each time but never hides a new event.
     */
    public Offer offer(UUID eventId) {
        long now = System.nanoTime();
        Cached cached = cache.get(eventId);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return cached.offer();
        }
        Offer offer = readOnly.execute(tx -> load(eventId));
        if (cache.size() > 10_000) {
            cache.clear(); // a bound, not an LRU: the working set of an on-sale is a few events
        }
        cache.put(eventId, new Cached(offer, now));
        return offer;
    }

    /** Forgets an event's sale terms at once (its status or prices changed here). */
    public void evict(UUID eventId) {
        cache.remove(eventId);
    }

    private Offer load(UUID eventId) {
        var event = events.findById(eventId).orElseThrow(() -> new ApiProblems.NotFound("event"));
        Map<UUID, TicketTypeEntity> types = new HashMap<>();
        for (TicketTypeEntity t : event.getTicketTypes()) {
            types.put(t.getId(), t);
        }
        Map<Long, SectionEntity> sections = new HashMap<>();
        venues.findById(event.getVenueId()).orElseThrow().getSections().forEach(s -> sections.put(s.getId(), s));
        Map<Long, Price> prices = new HashMap<>();
        typeSections.ofEvent(eventId).forEach((sectionId, typeId) -> {
            TicketTypeEntity t = types.get(typeId);
            SectionEntity section = sections.get(sectionId);
            prices.put(sectionId, new Price(typeId, t.getName(), t.getPriceCents(), t.getCurrency(),
                    section.getCapacity(), section.isGeneralAdmission()));
        });
        return new Offer(eventId, event.getStatus(), event.getSalesOpenAt(), event.isHighDemand(), Map.copyOf(prices));
    }
}
