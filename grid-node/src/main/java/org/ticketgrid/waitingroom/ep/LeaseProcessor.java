package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.EventQueue;

/**
 * Takes or renews the event's admission lease, so that exactly one admission loop in the cluster
 * runs each queue; the caller checks {@link EventQueue#leasedBy} on the result.
 */
public record LeaseProcessor(String owner, long now, long ttlMillis)
        implements EntryProcessor<String, EventQueue, EventQueue> {

    @Override
    public EventQueue process(Map.Entry<String, EventQueue> entry) {
        EventQueue before = entry.getValue();
        return before == null ? null : Writes.store(entry, before, before.lease(owner, now, ttlMillis));
    }
}
