package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.EventQueue;

/** Marks the event sold out, or reopened when seats came back; returns the queue. */
public record SoldOutProcessor(boolean soldOut, long now) implements EntryProcessor<String, EventQueue, EventQueue> {

    @Override
    public EventQueue process(Map.Entry<String, EventQueue> entry) {
        EventQueue before = entry.getValue();
        return before == null ? null : Writes.store(entry, before, before.soldOut(soldOut, now));
    }
}
