package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;

/** Gives up the place, if it belongs to {@code accountId}; returns the ticket, null if absent or not theirs. */
public record LeaveTicketProcessor(String accountId) implements EntryProcessor<QueueTicketKey, QueueTicket, QueueTicket> {

    @Override
    public QueueTicket process(Map.Entry<QueueTicketKey, QueueTicket> entry) {
        QueueTicket before = entry.getValue();
        if (before == null || !before.accountId().equals(accountId)) {
            return null;
        }
        return Writes.store(entry, before, before.leave());
    }
}
