package org.ticketgrid.inventory.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;

/**
 * Holds seats of one section for one hold, all or nothing, on the partition thread that owns the
 * section: no lock, no get-then-put race.
 *
 * <p>Carries only the delta (seat indexes, hold id, times). {@code now} comes from the caller
 * because the processor runs again on the backup replica, which must decide exactly as the
 * primary did. {@code setValue} is called only when the hold succeeded, so refusals cost no
 * backup traffic.
 */
public record HoldSeatsProcessor(int[] seats, long holdId, long now, long until)
        implements EntryProcessor<SectionKey, SectionInventory, HoldOutcome> {

    @Override
    public HoldOutcome process(Map.Entry<SectionKey, SectionInventory> entry) {
        return SectionWrite.apply(entry, HoldOutcome.noInventory(),
                inventory -> inventory.hold(seats, holdId, now, until), HoldOutcome::isHeld);
    }
}
