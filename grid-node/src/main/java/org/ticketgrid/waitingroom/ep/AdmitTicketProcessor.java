package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;

/** Admits a buyer still in line until the end of the window; returns the ticket (unchanged if it was not in line). */
public record AdmitTicketProcessor(long now, long until, long lapseMillis)
        implements EntryProcessor<QueueTicketKey, QueueTicket, QueueTicket> {

    @Override
    public QueueTicket process(Map.Entry<QueueTicketKey, QueueTicket> entry) {
        QueueTicket before = entry.getValue();
        return before == null ? null : Writes.store(entry, before, before.admit(now, until, lapseMillis));
    }
}
