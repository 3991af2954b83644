package org.ticketgrid.holds.quota.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;

/**
 * Stops counting a hold (released by its buyer, refused half-way, or, with {@code refund}, a
 * purchase given back) and drops the holds that ran out by {@code now}. Repeating it is harmless.
 * Returns the seats the account still uses.
 */
public record ReleaseQuotaProcessor(long holdId, long now, boolean refund)
        implements EntryProcessor<QuotaKey, HoldQuota, Integer> {

    /** Releases a hold that was not bought (a bought one keeps counting). */
    public static ReleaseQuotaProcessor release(long holdId, long now) {
        return new ReleaseQuotaProcessor(holdId, now, false);
    }

    /** Only drops the holds that ran out (hold ids start at 1, so 0 matches none): the sweeper's tidy-up. */
    public static ReleaseQuotaProcessor expiredOnly(long now) {
        return new ReleaseQuotaProcessor(0, now, false);
    }

    @Override
    public Integer process(Map.Entry<QuotaKey, HoldQuota> entry) {
        HoldQuota before = entry.getValue();
        HoldQuota current = QuotaWrites.current(entry);
        HoldQuota after = (refund ? current.refund(holdId) : current.release(holdId)).withoutExpired(now);
        QuotaWrites.store(entry, before, after, now);
        return after.used(now);
    }
}
