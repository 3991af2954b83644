package org.ticketgrid.app.catalog.usecase;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.catalog.EventSummary;
import org.ticketgrid.app.catalog.persistence.EventEntity;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.SectionEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeSections;
import org.ticketgrid.app.catalog.persistence.VenueEntity;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Actor;

/** Creates an event in DRAFT with its ticket types, each pricing some sections of the venue. */
@Service
public class CreateEvent {

    /** A ticket type to create: its price applies to the given sections. */
    public record TicketTypeSpec(String name, long priceCents, String currency, List<Long> sectionIds) {
    }

    /** What a merchant gives to create an event. */
    public record Command(UUID merchantId, UUID venueId, String name, String description, String category,
            Instant startsAt, Instant endsAt, String timeZone, boolean highDemand, Instant salesOpenAt,
            String imageUrl, List<TicketTypeSpec> ticketTypes) {
    }

    private final VenueRepository venues;
    private final EventRepository events;
    private final TicketTypeSections typeSections;

    CreateEvent(VenueRepository venues, EventRepository events, TicketTypeSections typeSections) {
        this.venues = venues;
        this.events = events;
        this.typeSections = typeSections;
    }

    /**
     * Creates an event for {@code actor}: a merchant only at a venue of their own (or one without
     * an owner), an admin anywhere.
     */
    @Transactional
    public EventSummary create(Actor actor, Command command) {
        VenueEntity venue = venues.findById(command.venueId())
                .orElseThrow(() -> new ApiProblems.InvalidRequest("unknown-venue", "No venue " + command.venueId()));
        if (venue.getOwnerId() != null && !actor.mayManage(venue.getOwnerId())) {
            throw new ApiProblems.Forbidden("not-your-venue", "Events can only be created at your own venues.");
        }
        List<String> problems = problems(command, venue);
        if (!problems.isEmpty()) {
            throw new ApiProblems.InvalidRequest("invalid-event", String.join("; ", problems),
                    Map.of("errors", problems));
        }
        EventEntity event = new EventEntity(UUID.randomUUID(), command.merchantId(), venue.getId(),
                command.name().trim(), command.description() == null ? "" : command.description().trim(),
                command.category().trim().toUpperCase(java.util.Locale.ROOT), command.startsAt(), command.endsAt(),
                command.timeZone() == null ? venue.getTimeZone() : command.timeZone(), command.highDemand(),
                command.salesOpenAt(), command.imageUrl());
        List<TicketTypeEntity> created = new ArrayList<>();
        for (TicketTypeSpec spec : command.ticketTypes()) {
            created.add(event.addTicketType(UUID.randomUUID(), spec.name().trim(), spec.priceCents(),
                    spec.currency().toUpperCase(java.util.Locale.ROOT)));
        }
        events.saveAndFlush(event);
        for (int i = 0; i < created.size(); i++) {
            typeSections.assign(event.getId(), created.get(i).getId(), command.ticketTypes().get(i).sectionIds());
        }
        return EventSummary.of(event);
    }

    private static List<String> problems(Command command, VenueEntity venue) {
        List<String> problems = new ArrayList<>();
        if (!command.endsAt().isAfter(command.startsAt())) {
            problems.add("endsAt must be after startsAt");
        }
        if (command.salesOpenAt() != null && command.salesOpenAt().isAfter(command.startsAt())) {
            problems.add("salesOpenAt must not be after startsAt");
        }
        if (command.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(command.timeZone())) {
            problems.add("unknown time zone '" + command.timeZone() + "'");
        }
        Set<Long> venueSections = new HashSet<>();
        for (SectionEntity s : venue.getSections()) {
            venueSections.add(s.getId());
        }
        Set<Long> priced = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (TicketTypeSpec spec : command.ticketTypes()) {
            if (!names.add(spec.name().trim().toLowerCase(java.util.Locale.ROOT))) {
                problems.add("duplicate ticket type '" + spec.name() + "'");
            }
            if (!isCurrency(spec.currency())) {
                problems.add("unknown currency '" + spec.currency() + "'");
            }
            for (Long sectionId : spec.sectionIds()) {
                if (!venueSections.contains(sectionId)) {
                    problems.add("section " + sectionId + " is not in venue " + venue.getName());
                } else if (!priced.add(sectionId)) {
                    problems.add("section " + sectionId + " is priced by more than one ticket type");
                }
            }
        }
        return problems;
    }

    private static boolean isCurrency(String code) {
        try {
            return code != null && code.length() == 3 && Currency.getInstance(code.toUpperCase()) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
