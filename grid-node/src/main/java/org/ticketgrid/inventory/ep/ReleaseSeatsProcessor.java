package org.ticketgrid.inventory.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/**
 * Frees the seats a hold still holds in one section; returns how many were freed. Seats the hold
 * no longer owns are untouched, so a late or repeated release is harmless.
 */
public record ReleaseSeatsProcessor(int[] seats, long holdId)
        implements EntryProcessor<SectionKey, SectionInventory, Integer> {

    @Override
    public Integer process(Map.Entry<SectionKey, SectionInventory> entry) {
        return SectionWrite.apply(entry, 0,
                inventory -> inventory.release(holdId, seats), released -> released > 0);
    }
}
