package org.ticketgrid.waitingroom.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.waitingroom.QueuePlaceKey;

/**
 * Claims {@code number} as the account's place at the event if it has none (or only
 * {@code replacing}, a place it gave up or that lapsed). Returns the account's place afterwards:
 * {@code number} if claimed, else the place it already had. One entry per (event, account), so two
 * parallel joins of one account are decided one after the other: one place per account.
 */
public record ClaimPlaceProcessor(long number, long replacing) implements EntryProcessor<QueuePlaceKey, Long, Long> {

    @Override
    public Long process(Map.Entry<QueuePlaceKey, Long> entry) {
        Long current = entry.getValue();
        if (current == null || current == replacing) {
            entry.setValue(number);
            return number;
        }
        return current;
    }
}
