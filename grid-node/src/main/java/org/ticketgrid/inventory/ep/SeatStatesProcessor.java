package org.ticketgrid.inventory.ep;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/**
 * Reads the state code ({@link org.ticketgrid.inventory.SeatState#code()}) of every seat of a
 * section at {@code now}, expired holds counted as available. Read-only: runs without a backup
 * and returns one byte per seat rather than the whole entry.
 */
public record SeatStatesProcessor(long now)
        implements EntryProcessor<SectionKey, SectionInventory, byte[]>, ReadOnly {

    @Override
    public byte[] process(Map.Entry<SectionKey, SectionInventory> entry) {
        SectionInventory inventory = entry.getValue();
        return inventory == null ? null : inventory.stateCodes(now);
    }

    @Override
    public EntryProcessor<SectionKey, SectionInventory, byte[]> getBackupProcessor() {
        return null;
    }
}
