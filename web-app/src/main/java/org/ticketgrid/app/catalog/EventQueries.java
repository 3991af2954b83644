package org.ticketgrid.app.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.catalog.persistence.EventEntity;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.SeatRows;
import org.ticketgrid.app.catalog.persistence.SectionEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeEntity;
import org.ticketgrid.app.catalog.persistence.TicketTypeSections;
import org.ticketgrid.app.catalog.persistence.VenueEntity;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.catalog.inventory.InventoryService;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.inventory.SeatState;

/** Event details and seat maps: catalog from PostgreSQL, seat states from the grid. */
@Service
public class EventQueries {

    /** A ticket type with live counts. */
    public record TicketTypeView(UUID id, String name, long priceCents, String currency, int available, int held,
            int sold) {
    }

    /** An event as customers see it. */
    public record EventView(UUID id, String name, String description, String category, Instant startsAt,
            Instant endsAt, String timeZone, EventStatus lifecycle, String status, boolean highDemand,
            Instant salesOpenAt, String imageUrl, VenueView venue, List<TicketTypeView> ticketTypes) {
    }

    /** The venue part of an event view. */
    public record VenueView(UUID id, String name, String address, String city, String country, Double latitude,
            Double longitude) {
    }

    /** One seat on the map. */
    public record SeatView(long id, String row, int number, float x, float y, UUID ticketTypeId,
            SeatState status) {
    }

    /** One section on the map. */
    public record SectionView(long id, String name, String kind, int capacity, List<SeatView> seats) {
    }

    private final EventRepository events;
    private final VenueRepository venues;
    private final SeatRows seatRows;
    private final TicketTypeSections typeSections;
    private final InventoryService inventory;

    EventQueries(EventRepository events, VenueRepository venues, SeatRows seatRows, TicketTypeSections typeSections,
            InventoryService inventory) {
        this.events = events;
        this.venues = venues;
        this.seatRows = seatRows;
        this.typeSections = typeSections;
        this.inventory = inventory;
    }

    @Transactional(readOnly = true)
    public EventView details(UUID eventId) {
        EventEntity event = publicEvent(eventId);
        VenueEntity venue = venues.findById(event.getVenueId()).orElseThrow();
        List<TicketTypeView> types = liveCounts(event, venue);
        return new EventView(event.getId(), event.getName(), event.getDescription(), event.getCategory(),
                event.getStartsAt(), event.getEndsAt(), event.getTimeZone(), event.getStatus(),
                customerStatus(event, types, Instant.now()), event.isHighDemand(), event.getSalesOpenAt(),
                event.getImageUrl(), new VenueView(venue.getId(), venue.getName(), venue.getAddress(), venue.getCity(),
                        venue.getCountry(), venue.getLatitude(), venue.getLongitude()),
                types);
    }

    /**
     * Every ticket type of {@code event} with its available, held and sold counts, counted from
     * the grid's seat states (an event without inventory counts nothing).
     */
    public List<TicketTypeView> liveCounts(EventEntity event, VenueEntity venue) {
        Map<Long, UUID> typeOfSection = typeSections.ofEvent(event.getId());
        Map<Long, byte[]> states = inventory.seatStates(event.getId().toString(), capacities(venue, typeOfSection),
                System.currentTimeMillis());
        Map<UUID, int[]> counts = new HashMap<>();
        typeOfSection.forEach((sectionId, typeId) -> {
            int[] c = counts.computeIfAbsent(typeId, k -> new int[3]);
            byte[] codes = states.get(sectionId);
            if (codes != null) {
                for (byte code : codes) {
                    c[code]++;
                }
            }
        });
        List<TicketTypeView> types = new ArrayList<>();
        for (TicketTypeEntity t : event.getTicketTypes()) {
            int[] c = counts.getOrDefault(t.getId(), new int[3]);
            types.add(new TicketTypeView(t.getId(), t.getName(), t.getPriceCents(), t.getCurrency(),
                    c[SeatState.AVAILABLE.ordinal()], c[SeatState.RESERVED.ordinal()], c[SeatState.BOOKED.ordinal()]));
        }
        return types;
    }

    @Transactional(readOnly = true)
    public List<SectionView> seatMap(UUID eventId) {
        EventEntity event = publicEvent(eventId);
        VenueEntity venue = venues.findById(event.getVenueId()).orElseThrow();
        Map<Long, UUID> typeOfSection = typeSections.ofEvent(eventId);
        Map<Long, byte[]> states = inventory.seatStates(eventId.toString(), capacities(venue, typeOfSection),
                System.currentTimeMillis());
        Map<Long, List<SeatView>> seatsBySection = new HashMap<>();
        for (SeatRows.SeatRow seat : seatRows.ofVenue(venue.getId())) {
            byte[] codes = states.get(seat.sectionId());
            SeatState state = codes == null ? SeatState.BOOKED : SeatState.ofCode(codes[seat.index()]);
            seatsBySection.computeIfAbsent(seat.sectionId(), k -> new ArrayList<>()).add(new SeatView(seat.id(),
                    seat.row(), seat.number(), seat.x(), seat.y(), typeOfSection.get(seat.sectionId()), state));
        }
        List<SectionView> sections = new ArrayList<>();
        for (SectionEntity s : venue.getSections()) {
            if (typeOfSection.containsKey(s.getId())) {
                sections.add(new SectionView(s.getId(), s.getName(), s.getKind(), s.getCapacity(),
                        seatsBySection.getOrDefault(s.getId(), List.of())));
            }
        }
        return sections;
    }

    private static Map<Long, Integer> capacities(VenueEntity venue, Map<Long, UUID> typeOfSection) {
        Map<Long, Integer> capacities = new HashMap<>();
        for (SectionEntity s : venue.getSections()) {
            if (typeOfSection.containsKey(s.getId())) {
                capacities.put(s.getId(), s.getCapacity());
            }
        }
        return capacities;
    }

    /** Drafts are visible to nobody through the public API. */
    private EventEntity publicEvent(UUID eventId) {
        EventEntity event = events.findById(eventId).orElseThrow(() -> new ApiProblems.NotFound("event"));
        if (event.getStatus() == EventStatus.DRAFT) {
            throw new ApiProblems.NotFound("event");
        }
        return event;
    }

    /**
     * The status customers see: AVAILABLE, FEW_LEFT, SOLD_OUT, SALES_NOT_OPEN, SALES_CLOSED (online
     * sales close when the event starts), CANCELLED, ENDED (also before the sweeper has marked it).
     */
    static String customerStatus(EventEntity event, List<TicketTypeView> types, Instant now) {
        if (event.getStatus() == EventStatus.CANCELLED || event.getStatus() == EventStatus.ENDED) {
            return event.getStatus().name();
        }
        if (!now.isBefore(event.getEndsAt())) {
            return EventStatus.ENDED.name();
        }
        if (!now.isBefore(event.getStartsAt())) {
            return "SALES_CLOSED";
        }
        if (event.getSalesOpenAt() != null && now.isBefore(event.getSalesOpenAt())) {
            return "SALES_NOT_OPEN";
        }
        long available = types.stream().mapToLong(TicketTypeView::available).sum();
        long total = types.stream().mapToLong(t -> t.available() + t.held() + t.sold()).sum();
        if (available == 0) {
            return "SOLD_OUT";
        }
        return available * 10 <= total ? "FEW_LEFT" : "AVAILABLE";
    }
}
