package org.ticketgrid.holds.quota.ep;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;

/**
 * Moves a counted hold's end: later while its buyer pays ({@code until} already capped by the
 * caller), or to {@link HoldQuota#FOREVER} once it is bought, so purchases keep counting against
 * the limit. A hold the quota does not know is left alone. Returns the seats the account uses.
 */
public record ChangeQuotaProcessor(long holdId, long until, long now)
        implements EntryProcessor<QuotaKey, HoldQuota, Integer> {

    /** The processor that counts a bought hold for good. */
    public static ChangeQuotaProcessor confirm(long holdId, long now) {
        return new ChangeQuotaProcessor(holdId, HoldQuota.FOREVER, now);
    }

    @Override
    public Integer process(Map.Entry<QuotaKey, HoldQuota> entry) {
        HoldQuota before = entry.getValue();
        if (before == null) {
            return 0;
        }
        HoldQuota after = before.extend(holdId, until);
        QuotaWrites.store(entry, before, after, now);
        return after.used(now);
    }
}
