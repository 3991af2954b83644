package org.ticketgrid.app.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SeatState;

/**
 * What changed between two readings of an event's seat states, as stream events: one {@code seat}
 * event per seat that changed (seated sections), one {@code section} event per general-admission
 * area whose free places changed, one {@code availability} event per ticket type whose counts
 * (available, held, sold) changed. Plain Java, so the rules are tested without a grid.
 */
public final class SeatChanges {

    private static final int AVAILABLE = SeatState.AVAILABLE.code();
    private static final int RESERVED = SeatState.RESERVED.code();
    private static final int BOOKED = SeatState.BOOKED.code();

    private SeatChanges() {
    }

    /**
     * @param offer  the event's sections and ticket types
     * @param before section id to state codes as last sent (empty: nothing sent yet)
     * @param after  section id to state codes now
     */
    public static List<LiveEvent> between(SaleCatalog.Offer offer, Map<Long, byte[]> before,
            Map<Long, byte[]> after) {
        List<LiveEvent> events = new ArrayList<>();
        Map<UUID, int[]> typesBefore = new HashMap<>(); // per type: counts by state, or null if unknown
        Map<UUID, int[]> typesAfter = new HashMap<>();
        offer.priceOfSection().forEach((sectionId, price) -> {
            byte[] old = before.get(sectionId);
            byte[] now = after.get(sectionId);
            if (now == null) {
                return;
            }
            int[] countsNow = counts(now);
            add(typesAfter, price.ticketTypeId(), countsNow);
            int[] countsBefore = old == null ? null : counts(old);
            if (countsBefore == null || typesBefore.containsKey(price.ticketTypeId())
                    && typesBefore.get(price.ticketTypeId()) == null) {
                typesBefore.put(price.ticketTypeId(), null);
            } else {
                add(typesBefore, price.ticketTypeId(), countsBefore);
            }
            if (price.generalAdmission()) {
                if (countsBefore == null || countsBefore[AVAILABLE] != countsNow[AVAILABLE]) {
                    events.add(new LiveEvent.Section(sectionId, countsNow[AVAILABLE], now.length));
                }
            } else if (old != null) {
                for (int seat = 0; seat < now.length && seat < old.length; seat++) {
                    if (old[seat] != now[seat]) {
                        events.add(new LiveEvent.Seat(SeatId.of(sectionId, seat).value(),
                                SeatState.ofCode(now[seat]).name()));
                    }
                }
            }
        });
        typesAfter.forEach((type, counts) -> {
            if (!Arrays.equals(typesBefore.get(type), counts)) {
                events.add(new LiveEvent.Availability(type, counts[AVAILABLE], counts[RESERVED], counts[BOOKED]));
            }
        });
        return events;
    }

    /** The current free places of every ticket type (the first events a new subscriber gets). */
    public static List<LiveEvent> availability(SaleCatalog.Offer offer, Map<Long, byte[]> states) {
        return between(offer, Map.of(), states).stream()
                .filter(e -> e instanceof LiveEvent.Availability).toList();
    }

    /** Seats per state, indexed by state code. */
    private static int[] counts(byte[] codes) {
        int[] counts = new int[SeatState.values().length];
        for (byte code : codes) {
            counts[code]++;
        }
        return counts;
    }

    private static void add(Map<UUID, int[]> totals, UUID type, int[] counts) {
        int[] total = totals.computeIfAbsent(type, t -> new int[counts.length]);
        for (int i = 0; i < counts.length; i++) {
            total[i] += counts[i];
        }
    }
}
