package org.ticketgrid.app.waitingroom.usecase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Joins per client address: a token bucket per address, in this instance's memory. Kept local on
 * purpose: a join must cost one grid round trip or two, not a third for a distributed bucket, and a
 * bot spreading over instances still meets the one-place-per-account rule (ADR 0033).
 */
final class JoinThrottle {

    private final double capacity;
    private final double perMilli;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    JoinThrottle(long capacity, long periodMillis) {
        this.capacity = capacity;
        this.perMilli = (double) capacity / periodMillis;
    }

    /** 0 when allowed, else the seconds to wait. */
    long attempt(String address, long now) {
        if (buckets.size() > 200_000) {
            buckets.clear(); // a bound, not an LRU: a flood of addresses resets everyone's bucket
        }
        double[] bucket = buckets.computeIfAbsent(address, a -> new double[] {capacity, now});
        synchronized (bucket) {
            bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) * perMilli);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket[0]) / perMilli / 1000));
        }
    }
}
