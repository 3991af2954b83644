package org.ticketgrid.app.catalog.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.persistence.EventEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeSections;
import org.ticketgrid.app.catalog.persistence.VenueEntity;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.catalog.sales.EventSales;
import org.ticketgrid.app.platform.Actor;

/**
 * What the event form shows, read in one read-only transaction into plain records, so the page
 * controller needs no transaction of its own (a refused use case must not roll back the page).
 */
@Service
class EventFormData {

    /** A section to price. */
    record SectionOption(long id, String name, String kind, int capacity) {
    }

    /** A venue to choose. */
    record VenueOption(UUID id, String name, String city, String timeZone, List<SectionOption> sections) {
    }

    /** The event being edited. */
    record Editing(UUID id, String name, EventStatus status, String timeZone) {
    }

    /** Everything the edit form shows. */
    record Edit(Editing event, VenueOption venue, EventForm form) {
    }

    private final VenueRepository venues;
    private final TicketTypeSections typeSections;
    private final EventSales sales;

    EventFormData(VenueRepository venues, TicketTypeSections typeSections, EventSales sales) {
        this.venues = venues;
        this.typeSections = typeSections;
        this.sales = sales;
    }

    @Transactional(readOnly = true)
    List<VenueOption> usableBy(Actor actor) {
        return venues.usableBy(actor.admin() ? null : actor.id()).stream().map(EventFormData::option).toList();
    }

    /** The edit form of an event the actor manages (404 or 403 otherwise). */
    @Transactional(readOnly = true)
    Edit edit(UUID eventId, Actor actor) {
        EventEntity event = sales.managed(eventId, actor);
        VenueEntity venue = venues.findById(event.getVenueId()).orElseThrow();
        return new Edit(new Editing(event.getId(), event.getName(), event.getStatus(), event.getTimeZone()),
                option(venue), EventForm.of(event, typeSections.ofEvent(eventId)));
    }

    private static VenueOption option(VenueEntity v) {
        return new VenueOption(v.getId(), v.getName(), v.getCity(), v.getTimeZone(), v.getSections().stream()
                .map(s -> new SectionOption(s.getId(), s.getName(), s.getKind(), s.getCapacity())).toList());
    }
}
