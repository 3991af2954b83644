package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.EventQueue;

/**
 * Draws the pre-queue with the caller's seed, once: whichever caller comes first fixes the seed and
 * the draw time, later calls (another instance, a retry) get the queue as it is. Returns it.
 */
public record DrawProcessor(long seed, long now) implements EntryProcessor<String, EventQueue, EventQueue> {

    @Override
    public EventQueue process(Map.Entry<String, EventQueue> entry) {
        EventQueue before = entry.getValue();
        return before == null ? null : Writes.store(entry, before, before.draw(seed, now));
    }
}
