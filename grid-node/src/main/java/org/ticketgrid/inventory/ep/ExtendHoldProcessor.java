package org.ticketgrid.inventory.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/**
 * Extends a hold while its buyer pays, so the clock cannot take seats from a paying customer.
 * The cap on how far a hold may be extended is the caller's ({@code until} is already capped).
 */
public record ExtendHoldProcessor(int[] seats, long holdId, long until)
        implements EntryProcessor<SectionKey, SectionInventory, HoldOutcome> {

    @Override
    public HoldOutcome process(Map.Entry<SectionKey, SectionInventory> entry) {
        return SectionWrite.apply(entry, HoldOutcome.noInventory(),
                inventory -> inventory.extend(holdId, seats, until), outcome -> outcome.kind() == HoldOutcome.Kind.EXTENDED);
    }
}
