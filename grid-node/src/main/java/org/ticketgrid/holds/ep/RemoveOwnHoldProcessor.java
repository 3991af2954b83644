package org.ticketgrid.holds.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.holds.Hold;

/**
 * Removes a hold record if it belongs to {@code accountId} and returns it; returns null (and
 * changes nothing) for an unknown hold or someone else's. One round trip instead of a get and a
 * delete, and no window between the owner check and the removal.
 */
public record RemoveOwnHoldProcessor(String accountId) implements EntryProcessor<Long, Hold, Hold> {

    @Override
    public Hold process(Map.Entry<Long, Hold> entry) {
        Hold hold = entry.getValue();
        if (hold == null || !hold.accountId().equals(accountId)) {
            return null;
        }
        entry.setValue(null);
        return hold;
    }
}
