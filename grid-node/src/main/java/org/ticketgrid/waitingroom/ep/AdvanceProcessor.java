package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.EventQueue;

/**
 * Records an admission round (see {@link EventQueue#advance}); applied only for the lease holder and
 * only from the served count it read, so two loops can never both move the line. Returns the queue.
 */
public record AdvanceProcessor(String owner, long now, long fromServed, long toServed, long[] admitted,
        long[] resolved, int lapsed) implements EntryProcessor<String, EventQueue, EventQueue> {

    @Override
    public EventQueue process(Map.Entry<String, EventQueue> entry) {
        EventQueue before = entry.getValue();
        return before == null ? null
                : Writes.store(entry, before, before.advance(owner, now, fromServed, toServed, admitted, resolved,
                        lapsed));
    }
}
