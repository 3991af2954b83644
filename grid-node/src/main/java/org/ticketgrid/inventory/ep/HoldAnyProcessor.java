package org.ticketgrid.inventory.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/**
 * Holds any {@code quantity} places of one general-admission stripe, all or nothing. The places
 * chosen depend only on the entry and the arguments, so the backup replica chooses the same ones.
 */
public record HoldAnyProcessor(int quantity, long holdId, long now, long until)
        implements EntryProcessor<SectionKey, SectionInventory, HoldOutcome> {

    @Override
    public HoldOutcome process(Map.Entry<SectionKey, SectionInventory> entry) {
        return SectionWrite.apply(entry, HoldOutcome.noInventory(),
                inventory -> inventory.holdAny(quantity, holdId, now, until), HoldOutcome::isHeld);
    }
}
