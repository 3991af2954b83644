package org.ticketgrid.pipelines.availability;

import com.hazelcast.aggregation.Aggregator;
import java.util.Map;
import org.ticketgrid.inventory.SeatState;
import org.ticketgrid.inventory.SectionInventory;

/**
 * Sums free seats and capacity over the inventory entries of one event, on the partitions that hold
 * them (a grid aggregation: no section is copied to the job). Expired holds count as free, as every
 * reader of the inventory treats them.
 */
final class StockCounter implements Aggregator<Map.Entry<Object, SectionInventory>, long[]> {

    private static final long serialVersionUID = 1L;

    private final long now;
    private long free;
    private long capacity;

    StockCounter(long now) {
        this.now = now;
    }

    @Override
    public void accumulate(Map.Entry<Object, SectionInventory> entry) {
        SectionInventory inventory = entry.getValue();
        if (inventory != null) {
            free += inventory.counts(now)[SeatState.AVAILABLE.ordinal()];
            capacity += inventory.capacity();
        }
    }

    @Override
    public void combine(Aggregator other) {
        StockCounter that = (StockCounter) other;
        free += that.free;
        capacity += that.capacity;
    }

    @Override
    public long[] aggregate() {
        return new long[] {free, capacity};
    }
}
