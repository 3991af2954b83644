package org.ticketgrid.app.catalog.eventpage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.EventQueries;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.catalog.EventQueries.EventView;
import org.ticketgrid.app.catalog.EventQueries.SectionView;
import org.ticketgrid.app.catalog.EventQueries.TicketTypeView;
import org.ticketgrid.app.catalog.persistence.TicketTypeSections;
import org.ticketgrid.app.catalog.inventory.InventoryService;
import org.ticketgrid.inventory.SeatState;
import org.ticketgrid.app.platform.Formats;

/**
 * Reads what the event page shows: the whole page once, then only the live part (counts, status
 * and every seat's state as one letter) each time the page polls, which costs no seat-layout read.
 */
@Service
public class EventPageQueries {

    /** The full page: details, the drawn map and the standing areas one can ask places of. */
    public record FullPage(EventPage event, SeatMapSvg.Drawing map, List<StandingArea> standing) {
    }

    /** A general-admission area: bought by quantity, not by seat. */
    record StandingArea(long sectionId, String name, String price, int available) {
    }

    /** What changes while a page is open. */
    public record Live(EventPage event, List<SectionStates> sections) {
    }

    /** One section's seat states, one letter per seat index ('a', 'r', 'b'), and how many are free. */
    record SectionStates(long sectionId, String codes, int available) {
    }

    private final EventQueries queries;
    private final TicketTypeSections typeSections;
    private final InventoryService inventory;
    private final SaleCatalog saleCatalog;

    EventPageQueries(EventQueries queries, TicketTypeSections typeSections, InventoryService inventory,
            SaleCatalog saleCatalog) {
        this.queries = queries;
        this.typeSections = typeSections;
        this.inventory = inventory;
        this.saleCatalog = saleCatalog;
    }

    public FullPage fullPage(UUID eventId) {
        EventView event = queries.details(eventId);
        List<SectionView> sections = queries.seatMap(eventId);
        Map<Long, TicketTypeView> typeOfSection = typeOfSection(event);
        Set<Long> standingIds = new LinkedHashSet<>();
        for (SectionView section : sections) {
            if (section.seats().isEmpty()) {
                standingIds.add(section.id());
            }
        }
        Map<Long, Integer> available = new HashMap<>();
        inventory.seatStates(saleCatalog.offer(eventId), standingIds, System.currentTimeMillis())
                .forEach((id, codes) -> available.put(id, countAvailable(codes)));
        List<StandingArea> standing = new ArrayList<>();
        for (SectionView section : sections) {
            if (standingIds.contains(section.id())) {
                TicketTypeView type = typeOfSection.get(section.id());
                standing.add(new StandingArea(section.id(), section.name(),
                        type == null ? "" : Formats.money(type.priceCents(), type.currency()),
                        available.getOrDefault(section.id(), 0)));
            }
        }
        return new FullPage(EventPage.of(event, Instant.now()), SeatMapSvg.draw(sections, typeOfSection, available),
                standing);
    }

    public Live live(UUID eventId) {
        EventView event = queries.details(eventId);
        Map<Long, UUID> typeIds = typeSections.ofEvent(eventId);
        Map<Long, byte[]> states = inventory.seatStates(saleCatalog.offer(eventId), typeIds.keySet(),
                System.currentTimeMillis());
        List<SectionStates> sections = new ArrayList<>();
        states.forEach((sectionId, codes) -> sections.add(new SectionStates(sectionId, letters(codes),
                countAvailable(codes))));
        return new Live(EventPage.of(event, Instant.now()), sections);
    }

    /** Only the event part, for pages that need no seat states. */
    public EventPage event(UUID eventId) {
        return EventPage.of(queries.details(eventId), Instant.now());
    }

    private Map<Long, TicketTypeView> typeOfSection(EventView event) {
        Map<UUID, TicketTypeView> byId = new HashMap<>();
        event.ticketTypes().forEach(t -> byId.put(t.id(), t));
        Map<Long, TicketTypeView> bySection = new HashMap<>();
        typeSections.ofEvent(event.id()).forEach((section, type) -> bySection.put(section, byId.get(type)));
        return bySection;
    }

    static String letters(byte[] codes) {
        char[] text = new char[codes.length];
        for (int i = 0; i < codes.length; i++) {
            text[i] = SeatMapSvg.stateClass(SeatState.ofCode(codes[i]));
        }
        return new String(text);
    }

    private static int countAvailable(byte[] codes) {
        int free = 0;
        for (byte code : codes) {
            if (code == SeatState.AVAILABLE.code()) {
                free++;
            }
        }
        return free;
    }
}
