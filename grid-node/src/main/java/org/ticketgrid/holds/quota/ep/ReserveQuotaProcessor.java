package org.ticketgrid.holds.quota.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.holds.quota.QuotaOutcome;

/**
 * Counts a new hold's seats against the account's limit at the event, or refuses without change.
 * Runs on the partition thread that owns the (event, account) entry, so an account's parallel
 * requests are decided one after the other: together they can never pass the limit. {@code now}
 * comes from the caller so that the backup replica prunes exactly what the primary pruned.
 */
public record ReserveQuotaProcessor(long holdId, int seats, int limit, long now, long until)
        implements EntryProcessor<QuotaKey, HoldQuota, QuotaOutcome> {

    @Override
    public QuotaOutcome process(Map.Entry<QuotaKey, HoldQuota> entry) {
        HoldQuota before = entry.getValue();
        HoldQuota.Decision decision = QuotaWrites.current(entry).reserve(holdId, seats, limit, now, until);
        QuotaWrites.store(entry, before, decision.next(), now);
        return new QuotaOutcome(decision.granted(), decision.used());
    }
}
