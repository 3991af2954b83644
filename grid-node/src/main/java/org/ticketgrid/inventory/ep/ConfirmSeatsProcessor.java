package org.ticketgrid.inventory.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/**
 * Marks a hold's seats sold, after its order is safely in PostgreSQL. Idempotent: a redelivered
 * confirmation of seats already sold to the same hold answers CONFIRMED again and writes nothing
 * new; seats lost to someone else answer LOST and change nothing.
 */
public record ConfirmSeatsProcessor(int[] seats, long holdId)
        implements EntryProcessor<SectionKey, SectionInventory, HoldOutcome> {

    @Override
    public HoldOutcome process(Map.Entry<SectionKey, SectionInventory> entry) {
        return SectionWrite.apply(entry, HoldOutcome.noInventory(),
                inventory -> inventory.confirm(holdId, seats), outcome -> outcome.kind() == HoldOutcome.Kind.CONFIRMED);
    }
}
