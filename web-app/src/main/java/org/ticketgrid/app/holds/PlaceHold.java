package org.ticketgrid.app.holds;

import com.hazelcast.map.IMap;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;

/**
 * Holds seats for a buyer, all or nothing: one entry-processor call per section; if a later
 * section refuses, the sections already held are released before answering.
 */
@Service
public class PlaceHold {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IMap<SectionKey, SectionInventory> inventory;
    private final IMap<Long, Hold> holds;
    private final SaleCatalog catalog;
    private final TicketGridProperties.Holds settings;

    PlaceHold(IMap<SectionKey, SectionInventory> inventory, IMap<Long, Hold> holds, SaleCatalog catalog,
            TicketGridProperties properties) {
        this.inventory = inventory;
        this.holds = holds;
        this.catalog = catalog;
        this.settings = properties.holds();
    }

    public Hold hold(UUID eventId, List<Long> seatIds, String accountId) {
        SaleCatalog.Offer offer = catalog.offer(eventId);
        checkOnSale(offer);
        Map<Long, int[]> bySection = groupBySection(seatIds, offer);
        long totalCents = 0;
        for (Long seat : seatIds) {
            totalCents += offer.priceOfSection().get(new SeatId(seat).sectionId()).priceCents();
        }
        String currency = offer.priceOfSection().get(new SeatId(seatIds.get(0)).sectionId()).currency();

        long holdId = RANDOM.nextLong(1, Long.MAX_VALUE);
        long now = System.currentTimeMillis();
        long until = now + settings.duration().toMillis();
        List<SectionKey> held = new ArrayList<>();
        try {
            for (var section : bySection.entrySet()) {
                SectionKey key = new SectionKey(eventId.toString(), section.getKey());
                HoldOutcome outcome = inventory.executeOnKey(key,
                        new HoldSeatsProcessor(section.getValue(), holdId, now, until));
                if (!outcome.isHeld()) {
                    throw refusal(outcome, section.getKey());
                }
                held.add(key);
            }
            Hold hold = new Hold(holdId, eventId.toString(), accountId,
                    seatIds.stream().mapToLong(Long::longValue).toArray(), totalCents, currency, now, until);
            // The record outlives the hold a little so that a buyer asking about it just after
            // expiry hears "expired" rather than "not found"; the seats are free at 'until' anyway.
            holds.set(holdId, hold, settings.duration().toMillis() + 60_000, TimeUnit.MILLISECONDS);
            return hold;
        } catch (RuntimeException e) {
            // All or nothing: whatever was held for this attempt is given back before answering.
            releaseAll(held, bySection, holdId);
            throw e;
        }
    }

    private static void checkOnSale(SaleCatalog.Offer offer) {
        if (offer.status() == EventStatus.DRAFT) {
            throw new ApiProblems.NotFound("event");
        }
        if (offer.status() != EventStatus.PUBLISHED) {
            throw new ApiProblems.Conflict("not-on-sale", "This event is " + offer.status().name().toLowerCase()
                    + ".", Map.of("status", offer.status().name()));
        }
        if (offer.salesOpenAt() != null && Instant.now().isBefore(offer.salesOpenAt())) {
            throw new ApiProblems.Conflict("sales-not-open", "Sales open at " + offer.salesOpenAt() + ".",
                    Map.of("salesOpenAt", offer.salesOpenAt().toString()));
        }
    }

    private Map<Long, int[]> groupBySection(List<Long> seatIds, SaleCatalog.Offer offer) {
        if (seatIds.isEmpty()) {
            throw new ApiProblems.InvalidRequest("no-seats", "Choose at least one seat.");
        }
        if (seatIds.size() > settings.maxSeats()) {
            throw new ApiProblems.InvalidRequest("too-many-seats",
                    "At most " + settings.maxSeats() + " seats per hold.", Map.of("maxSeats", settings.maxSeats()));
        }
        Set<Long> seen = new HashSet<>();
        Map<Long, List<Integer>> grouped = new TreeMap<>();
        for (Long raw : seatIds) {
            if (raw == null || raw <= 0 || !offer.sells(new SeatId(raw).sectionId())) {
                throw new ApiProblems.InvalidRequest("unknown-seat", "Seat " + raw + " is not a seat of this event.",
                        Map.of("seatId", String.valueOf(raw)));
            }
            if (!seen.add(raw)) {
                throw new ApiProblems.InvalidRequest("duplicate-seat", "Seat " + raw + " is listed twice.",
                        Map.of("seatId", raw));
            }
            SeatId seat = new SeatId(raw);
            grouped.computeIfAbsent(seat.sectionId(), k -> new ArrayList<>()).add(seat.index());
        }
        Map<Long, int[]> result = new TreeMap<>();
        grouped.forEach((section, indexes) -> result.put(section,
                indexes.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    private void releaseAll(List<SectionKey> held, Map<Long, int[]> bySection, long holdId) {
        for (SectionKey key : held) {
            inventory.executeOnKey(key, new ReleaseSeatsProcessor(bySection.get(key.sectionId()), holdId));
        }
    }

    private static RuntimeException refusal(HoldOutcome outcome, long sectionId) {
        return switch (outcome.kind()) {
            case TAKEN -> new ApiProblems.Conflict("seats-taken", "Some of these seats were just taken.",
                    Map.of("takenSeatIds", java.util.Arrays.stream(outcome.seats())
                            .mapToObj(i -> SeatId.of(sectionId, i).value()).toList()));
            case INVALID_SEAT -> new ApiProblems.InvalidRequest("unknown-seat", "A seat is not part of this event.",
                    Map.of("seatId", SeatId.of(sectionId, Math.max(0, outcome.seats()[0])).value()));
            case NO_INVENTORY -> new ApiProblems.Conflict("not-on-sale", "These seats are not on sale.", Map.of());
            case HELD -> new IllegalStateException("held is not a refusal");
        };
    }
}
