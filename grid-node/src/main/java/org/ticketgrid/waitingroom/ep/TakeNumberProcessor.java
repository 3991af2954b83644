package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.EventQueue;
import org.ticketgrid.waitingroom.QueueNumber;

/**
 * Hands out the event's next number (creating the queue on the first join). The one partition
 * thread owning the event's queue entry serialises every join, so numbers are unique and dense.
 */
public record TakeNumberProcessor(long now, long salesOpenAt) implements EntryProcessor<String, EventQueue, QueueNumber> {

    @Override
    public QueueNumber process(Map.Entry<String, EventQueue> entry) {
        EventQueue before = entry.getValue();
        EventQueue.Taken taken = (before == null ? EventQueue.empty() : before).take(now, salesOpenAt);
        if (!taken.refused()) {
            entry.setValue(taken.next());
        }
        return new QueueNumber(taken.number(), taken.prequeue(), taken.refused());
    }
}
