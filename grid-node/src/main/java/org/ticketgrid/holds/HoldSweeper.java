package org.ticketgrid.holds;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ticketgrid.platform.MapNames;
import org.ticketgrid.holds.persistence.HoldStore;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.holds.quota.ep.ReleaseQuotaProcessor;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;

/**
 * Runs on every member and looks only at the holds whose primary copy it owns, so any number of
 * members sweep without stepping on each other. Correctness does not depend on it: an expired hold
 * is already free for every reader. It tidies the inventory, marks the hold record released, and
 * publishes {@link SeatsReleased} so that others learn of the freed seats.
 */
public final class HoldSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(HoldSweeper.class);

    private final IMap<Long, Hold> holds;
    private final IMap<SectionKey, SectionInventory> inventory;
    private final IMap<QuotaKey, HoldQuota> quotas;
    private final HazelcastInstance member;

    public HoldSweeper(HazelcastInstance member) {
        this.member = member;
        this.holds = member.getMap(MapNames.HOLDS);
        this.inventory = member.getMap(MapNames.INVENTORY);
        this.quotas = member.getMap(MapNames.HOLD_QUOTAS);
    }

    public ScheduledExecutorService start(long periodMillis) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hold-sweeper");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::sweepSafely, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return scheduler;
    }

    private void sweepSafely() {
        try {
            sweep(System.currentTimeMillis());
        } catch (RuntimeException e) {
            if (member.getLifecycleService().isRunning()) {
                LOG.warn("hold sweep failed; next round retries", e);
            }
        }
    }

    /**
     * Releases every expired local hold once; returns how many. The record itself stays until its
     * TTL (a minute past expiry), marked released, so its buyer still hears "expired".
     */
    public int sweep(long now) {
        int swept = 0;
        for (Long key : holds.localKeySet()) {
            Hold hold = holds.get(key);
            // Conditional replace: a hold extended in the meantime (payment in flight) stays live.
            if (hold != null && hold.isExpired(now) && hold.releasedAt() == 0) {
                long ttl = Math.max(1, hold.expiresAt() + HoldStore.GRACE_MILLIS - now);
                if (holds.replace(key, hold, hold.released(now))) {
                    holds.setTtl(key, ttl, TimeUnit.MILLISECONDS);
                    release(hold);
                    // Tidy-up only: the quota already stopped counting the hold at its expiry.
                    quotas.executeOnKey(new QuotaKey(hold.eventId(), hold.accountId()),
                            ReleaseQuotaProcessor.expiredOnly(now));
                    swept++;
                }
            }
        }
        return swept;
    }

    private void release(Hold hold) {
        Map<SectionKey, List<Integer>> bySection = new LinkedHashMap<>();
        for (long seat : hold.seatIds()) {
            SeatId id = new SeatId(seat);
            bySection.computeIfAbsent(id.key(hold.eventId()), k -> new ArrayList<>()).add(id.localIndex());
        }
        bySection.forEach((key, seats) -> inventory.executeOnKey(key,
                new ReleaseSeatsProcessor(seats.stream().mapToInt(Integer::intValue).toArray(), hold.holdId())));
        member.getReliableTopic(MapNames.SEAT_EVENTS)
                .publish(new SeatsReleased(hold.eventId(), hold.holdId(), hold.seatIds(), System.currentTimeMillis()));
    }
}
