package org.ticketgrid.app.live;

import java.util.ArrayList;
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
 * area whose free places changed, one {@code availability} event per ticket type whose free places
 * changed. Plain Java, so the rules are tested without a grid.
 */
public final class SeatChanges {

    private static final byte AVAILABLE = SeatState.AVAILABLE.code();

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
        Map<UUID, int[]> typeCounts = new HashMap<>(); // [available before, available after]
        offer.priceOfSection().forEach((sectionId, price) -> {
            byte[] old = before.get(sectionId);
            byte[] now = after.get(sectionId);
            if (now == null) {
                return;
            }
            int[] counts = typeCounts.computeIfAbsent(price.ticketTypeId(), t -> new int[2]);
            int availableBefore = old == null ? -1 : available(old);
            int availableNow = available(now);
            counts[0] = counts[0] < 0 || availableBefore < 0 ? -1 : counts[0] + availableBefore;
            counts[1] += availableNow;
            if (price.generalAdmission()) {
                if (availableBefore != availableNow) {
                    events.add(new LiveEvent.Section(sectionId, availableNow, now.length));
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
        typeCounts.forEach((type, counts) -> {
            if (counts[0] != counts[1]) {
                events.add(new LiveEvent.Availability(type, counts[1]));
            }
        });
        return events;
    }

    /** The current free places of every ticket type (the first events a new subscriber gets). */
    public static List<LiveEvent> availability(SaleCatalog.Offer offer, Map<Long, byte[]> states) {
        return between(offer, Map.of(), states).stream()
                .filter(e -> e instanceof LiveEvent.Availability).toList();
    }

    private static int available(byte[] codes) {
        int n = 0;
        for (byte code : codes) {
            if (code == AVAILABLE) {
                n++;
            }
        }
        return n;
    }
}
