package org.ticketgrid.app.holds.usecase;

import com.hazelcast.map.IMap;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.SaleCatalog;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.holds.persistence.HoldStore;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.Stripes;
import org.ticketgrid.inventory.ep.HoldAnyProcessor;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;

/**
 * Holds seats for a buyer, all or nothing. First the account's limit at the event is counted
 * ({@link HoldLimits}); then one entry-processor call per inventory entry touched, all sent at once;
 * if any entry refuses, the entries that held and the count are given back before answering.
 * Chosen seats ({@code seatIds}) or any places of a general-admission ticket type ({@code quantity}).
 */
@Service
public class PlaceHold {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IMap<SectionKey, SectionInventory> inventory;
    private final IMap<Long, Hold> holds;
    private final SaleCatalog catalog;
    private final TicketGridProperties.Holds settings;
    private final HoldLimits limits;

    PlaceHold(IMap<SectionKey, SectionInventory> inventory, IMap<Long, Hold> holds, SaleCatalog catalog,
            TicketGridProperties properties, HoldLimits limits) {
        this.inventory = inventory;
        this.holds = holds;
        this.catalog = catalog;
        this.settings = properties.holds();
        this.limits = limits;
    }

    /** Holds the given seats. */
    public Hold hold(UUID eventId, List<Long> seatIds, String accountId) {
        SaleCatalog.Offer offer = catalog.offer(eventId);
        checkOnSale(offer);
        Map<SectionKey, int[]> byEntry = groupByEntry(eventId.toString(), seatIds, offer);
        long holdId = RANDOM.nextLong(1, Long.MAX_VALUE);
        long now = System.currentTimeMillis();
        long until = now + settings.duration().toMillis();
        limits.reserve(eventId, accountId, holdId, seatIds.size(), now, until);
        List<SectionKey> held = new ArrayList<>();
        try {
            holdEntries(byEntry, holdId, now, until, held);
            return record(offer, eventId, accountId, holdId, seatIds, now, until);
        } catch (RuntimeException e) {
            // All or nothing: whatever this attempt held is given back before answering. After a
            // refusal the entries that held are known; after a failed call (a timeout, a member
            // lost) any entry may have held, so every one is released: it frees only this hold's seats.
            releaseAll(e instanceof ApiProblems.ApiProblem ? held : List.copyOf(byEntry.keySet()), byEntry, holdId);
            limits.release(eventId.toString(), accountId, holdId);
            throw e;
        }
    }

    /**
     * Runs the hold processors of every entry at once (one round trip however many sections), adds
     * the entries that held to {@code held}, and throws the refusal of the first that did not.
     */
    private void holdEntries(Map<SectionKey, int[]> byEntry, long holdId, long now, long until,
            List<SectionKey> held) {
        if (byEntry.size() == 1) {
            var only = byEntry.entrySet().iterator().next();
            HoldOutcome outcome = inventory.executeOnKey(only.getKey(),
                    new HoldSeatsProcessor(only.getValue(), holdId, now, until));
            if (!outcome.isHeld()) {
                throw refusal(outcome, only.getKey());
            }
            held.add(only.getKey());
            return;
        }
        Map<SectionKey, CompletableFuture<HoldOutcome>> calls = new LinkedHashMap<>();
        byEntry.forEach((key, seats) -> calls.put(key,
                inventory.submitToKey(key, new HoldSeatsProcessor(seats, holdId, now, until)).toCompletableFuture()));
        RuntimeException first = null;
        List<Long> taken = new ArrayList<>();
        for (var call : calls.entrySet()) {
            HoldOutcome outcome;
            try {
                outcome = call.getValue().join();
            } catch (CompletionException e) {
                first = first != null ? first
                        : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                continue;
            }
            if (outcome.isHeld()) {
                held.add(call.getKey());
            } else if (outcome.kind() == HoldOutcome.Kind.TAKEN) {
                taken.addAll(seatIds(call.getKey(), outcome.seats()));
            } else if (first == null) {
                first = refusal(outcome, call.getKey());
            }
        }
        if (first != null) {
            throw first;
        }
        if (!taken.isEmpty()) {
            throw seatsTaken(taken);
        }
    }

    /** Holds {@code quantity} places of a general-admission ticket type, wherever they are free. */
    public Hold holdQuantity(UUID eventId, UUID ticketTypeId, int quantity, String accountId) {
        SaleCatalog.Offer offer = catalog.offer(eventId);
        checkOnSale(offer);
        if (quantity < 1 || quantity > settings.maxSeats()) {
            throw new ApiProblems.InvalidRequest("invalid-quantity",
                    "Choose 1 to " + settings.maxSeats() + " tickets.", Map.of("maxSeats", settings.maxSeats()));
        }
        List<SectionKey> stripes = new ArrayList<>();
        offer.priceOfSection().forEach((sectionId, price) -> {
            if (price.ticketTypeId().equals(ticketTypeId) && price.generalAdmission()) {
                for (int s = 0; s < Stripes.count(price.capacity()); s++) {
                    stripes.add(new SectionKey(eventId.toString(), sectionId, s));
                }
            }
        });
        if (stripes.isEmpty()) {
            throw new ApiProblems.InvalidRequest("unknown-ticket-type",
                    "No general-admission ticket type " + ticketTypeId + " at this event.");
        }
        long holdId = RANDOM.nextLong(1, Long.MAX_VALUE);
        long now = System.currentTimeMillis();
        long until = now + settings.duration().toMillis();
        limits.reserve(eventId, accountId, holdId, quantity, now, until);
        try {
            return holdAnywhere(offer, eventId, ticketTypeId, quantity, accountId, stripes, holdId, now, until);
        } catch (RuntimeException e) {
            limits.release(eventId.toString(), accountId, holdId);
            throw e;
        }
    }

    private Hold holdAnywhere(SaleCatalog.Offer offer, UUID eventId, UUID ticketTypeId, int quantity,
            String accountId, List<SectionKey> stripes, long holdId, long now, long until) {
        // Start at a random stripe so that concurrent buyers spread over the partitions.
        int start = RANDOM.nextInt(stripes.size());
        for (int i = 0; i < stripes.size(); i++) {
            SectionKey key = stripes.get((start + i) % stripes.size());
            HoldOutcome outcome = inventory.executeOnKey(key, new HoldAnyProcessor(quantity, holdId, now, until));
            if (outcome.isHeld()) {
                try {
                    return record(offer, eventId, accountId, holdId, seatIds(key, outcome.seats()), now, until);
                } catch (RuntimeException e) {
                    inventory.executeOnKey(key, new ReleaseSeatsProcessor(outcome.seats(), holdId));
                    throw e;
                }
            }
        }
        throw new ApiProblems.Conflict("sold-out", "Not enough tickets of this type are left.",
                Map.of("ticketTypeId", ticketTypeId.toString()));
    }

    private Hold record(SaleCatalog.Offer offer, UUID eventId, String accountId, long holdId, List<Long> seatIds,
            long now, long until) {
        long totalCents = 0;
        for (Long seat : seatIds) {
            totalCents += offer.priceOfSection().get(new SeatId(seat).sectionId()).priceCents();
        }
        String currency = offer.priceOfSection().get(new SeatId(seatIds.get(0)).sectionId()).currency();
        Hold hold = new Hold(holdId, eventId.toString(), accountId,
                seatIds.stream().mapToLong(Long::longValue).toArray(), totalCents, currency, now, until);
        // The record outlives the hold a little so that a buyer asking about it just after expiry
        // hears "expired" rather than "not found"; the seats are free at 'until' regardless.
        holds.set(holdId, hold, until - now + HoldStore.GRACE_MILLIS, TimeUnit.MILLISECONDS);
        return hold;
    }

    private static void checkOnSale(SaleCatalog.Offer offer) {
        if (offer.status() == EventStatus.DRAFT) {
            throw new ApiProblems.NotFound("event");
        }
        if (offer.status() != EventStatus.PUBLISHED) {
            throw new ApiProblems.Conflict("not-on-sale", "This event is " + offer.status().name().toLowerCase()
                    + ".", Map.of("status", offer.status().name()));
        }
        if (offer.startsAt() != null && !Instant.now().isBefore(offer.startsAt())) {
            throw new ApiProblems.Conflict("sales-closed", "Online sales for this event closed when it started.",
                    Map.of("startsAt", offer.startsAt().toString()));
        }
        if (offer.salesOpenAt() != null && Instant.now().isBefore(offer.salesOpenAt())) {
            throw new ApiProblems.Conflict("sales-not-open", "Sales open at " + offer.salesOpenAt() + ".",
                    Map.of("salesOpenAt", offer.salesOpenAt().toString()));
        }
    }

    private Map<SectionKey, int[]> groupByEntry(String eventId, List<Long> seatIds, SaleCatalog.Offer offer) {
        if (seatIds.isEmpty()) {
            throw new ApiProblems.InvalidRequest("no-seats", "Choose at least one seat.");
        }
        if (seatIds.size() > settings.maxSeats()) {
            throw new ApiProblems.InvalidRequest("too-many-seats",
                    "At most " + settings.maxSeats() + " seats per hold.", Map.of("maxSeats", settings.maxSeats()));
        }
        Set<Long> seen = new HashSet<>();
        Map<SectionKey, List<Integer>> grouped = new TreeMap<>(
                (a, b) -> a.sectionId() != b.sectionId() ? Long.compare(a.sectionId(), b.sectionId())
                        : Integer.compare(a.stripe(), b.stripe()));
        for (Long raw : seatIds) {
            SaleCatalog.Price section = raw == null || raw <= 0 ? null
                    : offer.priceOfSection().get(new SeatId(raw).sectionId());
            if (section == null || new SeatId(raw).index() >= section.capacity()) {
                throw new ApiProblems.InvalidRequest("unknown-seat", "Seat " + raw + " is not a seat of this event.",
                        Map.of("seatId", String.valueOf(raw)));
            }
            if (!seen.add(raw)) {
                throw new ApiProblems.InvalidRequest("duplicate-seat", "Seat " + raw + " is listed twice.",
                        Map.of("seatId", raw));
            }
            SeatId seat = new SeatId(raw);
            grouped.computeIfAbsent(seat.key(eventId), k -> new ArrayList<>()).add(seat.localIndex());
        }
        Map<SectionKey, int[]> result = new LinkedHashMap<>();
        grouped.forEach((key, indexes) -> result.put(key, indexes.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    private void releaseAll(List<SectionKey> held, Map<SectionKey, int[]> byEntry, long holdId) {
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (SectionKey key : held) {
            calls.add(inventory.submitToKey(key, new ReleaseSeatsProcessor(byEntry.get(key), holdId))
                    .toCompletableFuture());
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
    }

    private static List<Long> seatIds(SectionKey key, int[] localIndexes) {
        return Arrays.stream(localIndexes)
                .mapToObj(i -> SeatId.of(key.sectionId(), Stripes.globalIndex(key.stripe(), i)).value()).toList();
    }

    private static ApiProblems.Conflict seatsTaken(List<Long> taken) {
        return new ApiProblems.Conflict("seats-taken", "Some of these seats were just taken.",
                Map.of("takenSeatIds", taken));
    }

    private static RuntimeException refusal(HoldOutcome outcome, SectionKey key) {
        return switch (outcome.kind()) {
            case TAKEN -> seatsTaken(seatIds(key, outcome.seats()));
            case INVALID_SEAT -> new ApiProblems.InvalidRequest("unknown-seat", "A seat is not part of this event.");
            default -> new ApiProblems.Conflict("not-on-sale", "These seats are not on sale.", Map.of());
        };
    }
}
