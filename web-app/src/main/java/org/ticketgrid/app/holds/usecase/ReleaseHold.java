package org.ticketgrid.app.holds.usecase;

import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;
import java.util.Map;
import org.ticketgrid.app.holds.HoldPurchases;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.holds.SeatsReleased;
import org.ticketgrid.holds.ep.RemoveOwnHoldProcessor;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;

/**
 * Reads and releases a buyer's own holds; anyone else's hold does not exist for them. A release is
 * three round trips whatever the number of sections: the record is removed if it is the buyer's
 * (one processor, no window between the owner check and the removal), then the seats of every
 * section at once, then the account's count. The release is then announced on
 * {@code seat-events}, as the sweeper announces expiries, so every instance's live seat maps
 * learn of it.
 */
@Service
public class ReleaseHold {

    private final IMap<SectionKey, SectionInventory> inventory;
    private final IMap<Long, Hold> holds;
    private final HoldLimits limits;
    private final ITopic<Object> seatEvents;
    private final HoldPurchases purchases;

    ReleaseHold(IMap<SectionKey, SectionInventory> inventory, IMap<Long, Hold> holds, HoldLimits limits,
            ITopic<Object> seatEvents, HoldPurchases purchases) {
        this.purchases = purchases;
        this.inventory = inventory;
        this.holds = holds;
        this.limits = limits;
        this.seatEvents = seatEvents;
    }

    public Hold find(String holdId, String accountId) {
        long id = Hold.parseId(holdId);
        Hold hold = id < 0 ? null : holds.get(id);
        if (hold == null || !hold.accountId().equals(accountId)) {
            throw new ApiProblems.NotFound("hold");
        }
        return hold;
    }

    /**
     * Gives the hold's seats back at once. A hold that was checked out is the order's now: releasing
     * it would put seats being paid for (or bought) back on sale and stop counting them against the
     * buyer's limit, so it is refused with 409 {@code hold-checked-out}.
     */
    public void release(String holdId, String accountId) {
        long id = Hold.parseId(holdId);
        if (id > 0) {
            var purchase = purchases.of(id);
            if (purchase.isPresent()) {
                throw new ApiProblems.Conflict("hold-checked-out", "This hold was checked out: its seats belong to"
                        + " order " + purchase.get().orderId() + " and cannot be released.",
                        Map.of("orderId", purchase.get().orderId().toString()));
            }
        }
        Hold hold = id < 0 ? null : holds.executeOnKey(id, new RemoveOwnHoldProcessor(accountId));
        if (hold == null) {
            throw new ApiProblems.NotFound("hold");
        }
        List<CompletableFuture<?>> calls = new ArrayList<>();
        HoldSeats.byEntry(hold.eventId(), hold.seatIds()).forEach((key, seats) -> calls.add(inventory.submitToKey(key,
                new ReleaseSeatsProcessor(seats, hold.holdId())).toCompletableFuture()));
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        // Only once the seats are free: the account never holds more than its limit, not even for a moment.
        limits.release(hold.eventId(), accountId, hold.holdId());
        seatEvents.publishAsync(new SeatsReleased(hold.eventId(), hold.holdId(), hold.seatIds(),
                System.currentTimeMillis()));
    }
}
