package org.ticketgrid.inventory.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/** Puts seats sold to a hold back on sale (a refund); returns how many it freed. */
public record RevokeSeatsProcessor(int[] seats, long holdId)
        implements EntryProcessor<SectionKey, SectionInventory, Integer> {

    @Override
    public Integer process(Map.Entry<SectionKey, SectionInventory> entry) {
        return SectionWrite.apply(entry, 0,
                inventory -> inventory.revoke(holdId, seats), revoked -> revoked > 0);
    }
}
