package org.ticketgrid.app.catalog.usecase;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.EventSummary;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.catalog.persistence.EventEntity;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.SectionEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeSections;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.catalog.inventory.InventoryService;
import org.ticketgrid.app.notifications.persistence.Outbox;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.notifications.NotificationKind;

/**
 * Publishes or cancels an event. Publishing creates the event's inventory in the grid first
 * (idempotently), then commits the status: a crash in between leaves a draft with inventory,
 * which is harmless, never a published event without seats.
 */
@Service
public class ChangeEventStatus {

    private final EventRepository events;
    private final VenueRepository venues;
    private final TicketTypeSections typeSections;
    private final InventoryService inventory;
    private final SaleCatalog saleCatalog;
    private final Outbox outbox;

    ChangeEventStatus(EventRepository events, VenueRepository venues, TicketTypeSections typeSections,
            InventoryService inventory, SaleCatalog saleCatalog, Outbox outbox) {
        this.outbox = outbox;
        this.saleCatalog = saleCatalog;
        this.events = events;
        this.venues = venues;
        this.typeSections = typeSections;
        this.inventory = inventory;
    }

    @Transactional
    public EventSummary publish(UUID eventId, Actor actor) {
        EventEntity event = transition(eventId, EventStatus.PUBLISHED, actor);
        if (event.getTicketTypes().isEmpty()) {
            throw new ApiProblems.Conflict("no-ticket-types", "An event needs ticket types before it is published.",
                    Map.of());
        }
        createInventory(event);
        event.changeStatus(EventStatus.PUBLISHED);
        evictAfterCommit(eventId);
        return EventSummary.of(event);
    }

    @Transactional
    public EventSummary cancel(UUID eventId, Actor actor) {
        EventEntity event = transition(eventId, EventStatus.CANCELLED, actor);
        event.changeStatus(EventStatus.CANCELLED);
        // Ticket holders hear it in the same transaction's outbox event (their refunds follow).
        outbox.record(NotificationKind.EVENT_CANCELLED, null, eventId.toString(), Map.of());
        evictAfterCommit(eventId);
        return EventSummary.of(event);
    }

    /**
     * Moderation: an admin takes a published event off sale, back to DRAFT. Customers no longer
     * see it and no new hold is accepted; its grid inventory, live holds and sold tickets stay as
     * they are, so publishing it again (by its merchant or an admin) resumes the sale where it was.
     */
    @Transactional
    public EventSummary unpublish(UUID eventId, Actor actor) {
        if (!actor.admin()) {
            throw new ApiProblems.Forbidden("admins-only", "Only an admin can unpublish an event.");
        }
        EventEntity event = events.findForUpdate(eventId).orElseThrow(() -> new ApiProblems.NotFound("event"));
        if (event.getStatus() != EventStatus.PUBLISHED) {
            throw new ApiProblems.Conflict("invalid-status-transition",
                    "Only a published event can be unpublished; this one is " + event.getStatus() + ".",
                    Map.of("status", event.getStatus().name()));
        }
        event.changeStatus(EventStatus.DRAFT);
        evictAfterCommit(eventId);
        return EventSummary.of(event);
    }

    /** Creates whatever inventory of a published event is missing (e.g. after a grid restart). */
    @Transactional(readOnly = true)
    public int createInventory(EventEntity event) {
        Map<Long, java.util.UUID> priced = typeSections.ofEvent(event.getId());
        Map<Long, Integer> capacities = new HashMap<>();
        var venue = venues.findById(event.getVenueId()).orElseThrow();
        for (SectionEntity section : venue.getSections()) {
            if (priced.containsKey(section.getId())) {
                capacities.put(section.getId(), section.getCapacity());
            }
        }
        return inventory.createIfAbsent(event.getId().toString(), capacities);
    }

    /** Holds must see the new status at once, on every instance. */
    private void evictAfterCommit(UUID eventId) {
        saleCatalog.evictAfterCommit(eventId);
    }

    private EventEntity transition(UUID eventId, EventStatus next, Actor actor) {
        EventEntity event = events.findForUpdate(eventId).orElseThrow(() -> new ApiProblems.NotFound("event"));
        // A merchant manages only their own events; admins manage every event.
        if (!actor.mayManage(event.getMerchantId())) {
            throw new ApiProblems.Forbidden("not-your-event", "Only the merchant of this event can change it.");
        }
        if (!event.getStatus().canBecome(next)) {
            throw new ApiProblems.Conflict("invalid-status-transition",
                    "An event in " + event.getStatus() + " cannot become " + next + ".",
                    Map.of("status", event.getStatus().name()));
        }
        return event;
    }
}
