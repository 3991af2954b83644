package org.ticketgrid.app.holds;

import com.hazelcast.map.IMap;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;

/** Reads and releases a buyer's own holds; anyone else's hold does not exist for them. */
@Service
public class ReleaseHold {

    private final IMap<SectionKey, SectionInventory> inventory;
    private final IMap<Long, Hold> holds;

    ReleaseHold(IMap<SectionKey, SectionInventory> inventory, IMap<Long, Hold> holds) {
        this.inventory = inventory;
        this.holds = holds;
    }

    public Hold find(String holdId, String accountId) {
        long id = Hold.parseId(holdId);
        Hold hold = id < 0 ? null : holds.get(id);
        if (hold == null || !hold.accountId().equals(accountId)) {
            throw new ApiProblems.NotFound("hold");
        }
        return hold;
    }

    public void release(String holdId, String accountId) {
        Hold hold = find(holdId, accountId);
        HoldSeats.byEntry(hold.eventId(), hold.seatIds()).forEach((key, seats) -> inventory.executeOnKey(key,
                new ReleaseSeatsProcessor(seats, hold.holdId())));
        holds.delete(hold.holdId());
    }
}
