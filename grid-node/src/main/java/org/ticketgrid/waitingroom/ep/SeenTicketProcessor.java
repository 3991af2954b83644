package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;

/** The buyer polled or streams: keeps the place from lapsing; returns the ticket. */
public record SeenTicketProcessor(long now, long lapseMillis, long refreshMillis)
        implements EntryProcessor<QueueTicketKey, QueueTicket, QueueTicket> {

    @Override
    public QueueTicket process(Map.Entry<QueueTicketKey, QueueTicket> entry) {
        QueueTicket before = entry.getValue();
        return before == null ? null : Writes.store(entry, before, before.seen(now, lapseMillis, refreshMillis));
    }
}
