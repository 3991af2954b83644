package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;

/** Ends a lapsed admission window or a lapsed place (EXPIRED); returns the ticket. */
public record ExpireTicketProcessor(long now, long lapseMillis)
        implements EntryProcessor<QueueTicketKey, QueueTicket, QueueTicket> {

    @Override
    public QueueTicket process(Map.Entry<QueueTicketKey, QueueTicket> entry) {
        QueueTicket before = entry.getValue();
        return before == null ? null : Writes.store(entry, before, before.expire(now, lapseMillis));
    }
}
