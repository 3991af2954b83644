package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;

/**
 * A hold is being placed with this admission: answers whether {@code accountId} may hold at
 * {@code now} and records that the admission was used (so the loop stops counting it as pending).
 */
public record UseTicketProcessor(String accountId, long now)
        implements EntryProcessor<QueueTicketKey, QueueTicket, Boolean> {

    @Override
    public Boolean process(Map.Entry<QueueTicketKey, QueueTicket> entry) {
        QueueTicket before = entry.getValue();
        if (before == null || !before.accountId().equals(accountId) || !before.mayHold(now)) {
            return false;
        }
        Writes.store(entry, before, before.use(now));
        return true;
    }
}
