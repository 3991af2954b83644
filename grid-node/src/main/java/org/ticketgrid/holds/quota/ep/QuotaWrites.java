package org.ticketgrid.holds.quota.ep;

import com.hazelcast.map.ExtendedMapEntry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ticketgrid.holds.persistence.HoldStore;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;

/**
 * How the quota processors write: only on change; an empty quota removes the entry; otherwise the
 * entry lives a grace period past its last hold (the map tidies itself, though the counting never
 * depends on it), or for good while it counts a purchase.
 */
final class QuotaWrites {

    private QuotaWrites() {
    }

    static void store(Map.Entry<QuotaKey, HoldQuota> entry, HoldQuota before, HoldQuota after, long now) {
        if (after == before) {
            return;
        }
        if (after.isEmpty()) {
            if (before != null) {
                entry.setValue(null);
            }
            return;
        }
        if (entry instanceof ExtendedMapEntry<QuotaKey, HoldQuota> extended) {
            long ttl = after.hasPurchases() ? 0 : Math.max(1, after.latestUntil() - now + HoldStore.GRACE_MILLIS);
            extended.setValue(after, ttl, TimeUnit.MILLISECONDS);
        } else {
            entry.setValue(after);
        }
    }

    static HoldQuota current(Map.Entry<QuotaKey, HoldQuota> entry) {
        HoldQuota value = entry.getValue();
        return value == null ? HoldQuota.empty() : value;
    }
}
