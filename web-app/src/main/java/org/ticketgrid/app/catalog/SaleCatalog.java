package org.ticketgrid.app.catalog;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.SectionEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeSections;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;

/**
 * What is for sale at an event, read once per request before any seat is touched: the grid work
 * that follows needs no database session, and nothing can fail half-way for want of one.
 *
 * <p>Cached in two levels (ADR 0017): each instance keeps the offers it uses in memory (the hold
 * path must not pay a network call or a database transaction per request), backed by the grid map
 * {@value #OFFERS_MAP}, so a new or restarted instance reads an offer from the grid rather than from
 * PostgreSQL. A change evicts the offer from the grid map and announces it on the grid topic
 * {@value #INVALIDATIONS_TOPIC}; every instance drops its copy when the message arrives
 * (milliseconds). The TTL is only a safety net for a lost message or a reload that raced a change.
 */
@Service
public class SaleCatalog {

    /** The grid map of cached offers, by event id. Values are Java-serialized; the member never reads them. */
    public static final String OFFERS_MAP = "catalog-offers";
    /** The grid topic that tells every instance which event's offer changed (the event id as text). */
    public static final String INVALIDATIONS_TOPIC = "catalog-invalidations";

    /** The price of a seat in one section, and the section's shape. */
    public record Price(UUID ticketTypeId, String ticketTypeName, long priceCents, String currency, int capacity,
            boolean generalAdmission) implements Serializable {
    }

    /** An event's sale terms. */
    public record Offer(UUID eventId, EventStatus status, Instant salesOpenAt, Instant startsAt, boolean highDemand,
            Map<Long, Price> priceOfSection) implements Serializable {

        @java.io.Serial
        private static final long serialVersionUID = 2L;

        public boolean sells(long sectionId) {
            return priceOfSection.containsKey(sectionId);
        }
    }

    private record Cached(Offer offer, long loadedAt) {
    }

    private final EventRepository events;
    private final VenueRepository venues;
    private final TicketTypeSections typeSections;
    private final Map<UUID, Cached> local = new ConcurrentHashMap<>();
    private final IMap<UUID, Offer> shared;
    private final ITopic<String> invalidations;
    private final TransactionTemplate readOnly;
    private final long ttlNanos;
    private final long ttlMillis;

    SaleCatalog(EventRepository events, VenueRepository venues, TicketTypeSections typeSections,
            PlatformTransactionManager transactions, TicketGridProperties properties, HazelcastInstance grid) {
        this.events = events;
        this.venues = venues;
        this.typeSections = typeSections;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.ttlNanos = properties.holds().offerCacheTtl().toNanos();
        this.ttlMillis = properties.holds().offerCacheTtl().toMillis();
        this.shared = grid.getMap(OFFERS_MAP);
        this.invalidations = grid.getTopic(INVALIDATIONS_TOPIC);
        this.invalidations.addMessageListener(message -> local.remove(UUID.fromString(message.getMessageObject())));
    }

    /**
     * The sale terms of an event: from this instance's memory, else the grid, else PostgreSQL.
     * Unknown events are not cached, so a 404 costs a query each time but never hides a new event.
     */
    public Offer offer(UUID eventId) {
        long now = System.nanoTime();
        Cached cached = local.get(eventId);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return cached.offer();
        }
        Offer offer = shared(eventId);
        if (offer == null) {
            offer = readOnly.execute(tx -> load(eventId));
            shared.set(eventId, offer, ttlMillis, TimeUnit.MILLISECONDS);
        }
        if (local.size() > 10_000) {
            local.clear(); // a bound, not an LRU: the working set of an on-sale is a few events
        }
        local.put(eventId, new Cached(offer, now));
        return offer;
    }

    /**
     * The grid's copy, or null. A copy this version cannot read (written by an older release during a
     * rolling upgrade) is dropped and reloaded, never an error for the buyer.
     */
    private Offer shared(UUID eventId) {
        try {
            return shared.get(eventId);
        } catch (HazelcastSerializationException e) {
            shared.delete(eventId);
            return null;
        }
    }

    /** Forgets an event's sale terms on every instance (its status or prices changed). */
    public void evict(UUID eventId) {
        local.remove(eventId);
        shared.delete(eventId);
        invalidations.publish(eventId.toString());
    }

    /**
     * Evicts now (this instance must not sell on old terms while the change commits) and again
     * once the transaction has committed, so that no instance keeps what it read in between.
     */
    public void evictAfterCommit(UUID eventId) {
        evict(eventId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict(eventId);
                }
            });
        }
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
        return new Offer(eventId, event.getStatus(), event.getSalesOpenAt(), event.getStartsAt(), event.isHighDemand(),
                Map.copyOf(prices));
    }
}
