package org.ticketgrid.app.holds.usecase;

import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.ticketgrid.holds.persistence.HoldStore;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.ConfirmSeatsProcessor;
import org.ticketgrid.inventory.ep.ExtendHoldProcessor;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;
import org.ticketgrid.inventory.ep.RevokeSeatsProcessor;

/**
 * What payment does to a hold's seats in the grid, by hold id and seats (the order keeps both, so
 * this works after the hold record itself is gone): freeze it while the buyer pays, sell it once
 * the order is in PostgreSQL, and give the seats back when the order cannot be fulfilled. One
 * entry-processor call per inventory entry; every call is idempotent.
 */
@Service
public class HoldSeats {

    private final IMap<SectionKey, SectionInventory> inventory;
    private final IMap<Long, Hold> holds;

    HoldSeats(IMap<SectionKey, SectionInventory> inventory, IMap<Long, Hold> holds) {
        this.inventory = inventory;
        this.holds = holds;
    }

    /**
     * Moves the hold's expiry out to {@code until} (never back), in the hold record first and then
     * on every seat. The record goes first because the member's sweeper releases by the record,
     * with a conditional replace: once the new record is in, the sweeper leaves the seats alone.
     *
     * @return false if the hold lost a seat (expired and taken, released, swept): nothing is ours
     */
    public boolean extend(String eventId, long holdId, long[] seatIds, long until) {
        if (!extendRecord(holdId, until)) {
            return false;
        }
        for (var entry : byEntry(eventId, seatIds).entrySet()) {
            HoldOutcome outcome = inventory.executeOnKey(entry.getKey(),
                    new ExtendHoldProcessor(entry.getValue(), holdId, until));
            if (outcome.kind() != HoldOutcome.Kind.EXTENDED) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a paid order: keeps the hold's seats until {@code until}, taking back (for the same hold)
     * seats the hold lapsed on if they are free. A payment that lands after the hold ran out thus
     * still gets the seats when nobody else took them. All or nothing per call's answer: false as
     * soon as one entry has a seat that someone else holds or bought (the caller then releases what
     * the hold has). A hold record already swept stays swept: its seats were given back, and
     * whatever this call takes back is the order's until the booking sells it.
     */
    public boolean reclaim(String eventId, long holdId, long[] seatIds, long now, long until) {
        extendRecord(holdId, until);
        for (var entry : byEntry(eventId, seatIds).entrySet()) {
            HoldOutcome outcome = inventory.executeOnKey(entry.getKey(),
                    new ExtendHoldProcessor(entry.getValue(), holdId, until));
            if (outcome.kind() == HoldOutcome.Kind.EXTENDED) {
                continue;
            }
            outcome = inventory.executeOnKey(entry.getKey(), new HoldSeatsProcessor(entry.getValue(), holdId, now, until));
            if (!outcome.isHeld()) {
                return false;
            }
        }
        return true;
    }

    private boolean extendRecord(long holdId, long until) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Hold hold = holds.get(holdId);
            if (hold == null) {
                return true; // the record is past its TTL: only the seats say whose they are
            }
            if (hold.releasedAt() != 0) {
                return false; // swept: the seats were (or are being) given back
            }
            if (hold.expiresAt() >= until) {
                return true;
            }
            Hold extended = new Hold(hold.holdId(), hold.eventId(), hold.accountId(), hold.seatIds(),
                    hold.totalCents(), hold.currency(), hold.createdAt(), until);
            if (holds.replace(holdId, hold, extended)) {
                long ttl = until - System.currentTimeMillis() + HoldStore.GRACE_MILLIS;
                holds.setTtl(holdId, Math.max(1, ttl), TimeUnit.MILLISECONDS);
                return true;
            }
        }
        return false;
    }

    /**
     * Sells the hold's seats. All sections or, if one was lost, none: sections already sold by this
     * call are put back before answering false.
     */
    public boolean confirm(String eventId, long holdId, long[] seatIds) {
        List<Map.Entry<SectionKey, int[]>> sold = new ArrayList<>();
        for (var entry : byEntry(eventId, seatIds).entrySet()) {
            HoldOutcome outcome = inventory.executeOnKey(entry.getKey(),
                    new ConfirmSeatsProcessor(entry.getValue(), holdId));
            if (outcome.kind() != HoldOutcome.Kind.CONFIRMED) {
                sold.forEach(done -> inventory.executeOnKey(done.getKey(),
                        new RevokeSeatsProcessor(done.getValue(), holdId)));
                return false;
            }
            sold.add(entry);
        }
        return true;
    }

    /** Frees whatever the hold still holds (seats it lost or that are sold are left alone). */
    public void release(String eventId, long holdId, long[] seatIds) {
        byEntry(eventId, seatIds).forEach((key, seats) -> inventory.executeOnKey(key,
                new ReleaseSeatsProcessor(seats, holdId)));
    }

    /** Puts seats sold to the hold back on sale. */
    public void revoke(String eventId, long holdId, long[] seatIds) {
        byEntry(eventId, seatIds).forEach((key, seats) -> inventory.executeOnKey(key,
                new RevokeSeatsProcessor(seats, holdId)));
    }

    static Map<SectionKey, int[]> byEntry(String eventId, long[] seatIds) {
        Map<SectionKey, List<Integer>> grouped = new LinkedHashMap<>();
        for (long seat : seatIds) {
            SeatId id = new SeatId(seat);
            grouped.computeIfAbsent(id.key(eventId), k -> new ArrayList<>()).add(id.localIndex());
        }
        Map<SectionKey, int[]> result = new LinkedHashMap<>();
        grouped.forEach((key, seats) -> result.put(key, seats.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }
}
