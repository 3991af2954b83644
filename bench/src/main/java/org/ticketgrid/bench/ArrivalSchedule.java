package org.ticketgrid.bench;

/**
 * When the i-th request of an open-loop run is due: {@code start + i / rate}, regardless of how
 * long earlier requests took. Latency is measured from this intended start, so a stalled store
 * shows up as latency instead of silently lowering the offered load (coordinated omission).
 */
public record ArrivalSchedule(long startNanos, double ratePerSecond) {

    private static final double NANOS_PER_SECOND = 1e9;

    public ArrivalSchedule {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
    }

    /** The intended start of request {@code i} (0-based). */
    public long intendedStart(long i) {
        return startNanos + (long) Math.floor(i * NANOS_PER_SECOND / ratePerSecond);
    }

    /** How many requests are due in {@code [start, start + durationNanos)}. */
    public long countWithin(long durationNanos) {
        if (durationNanos <= 0) {
            return 0;
        }
        return (long) Math.ceil(durationNanos * ratePerSecond / NANOS_PER_SECOND);
    }

    /** How many requests are due at or before {@code nowNanos}. */
    public long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        return (long) Math.floor((nowNanos - startNanos) * ratePerSecond / NANOS_PER_SECOND) + 1;
    }
}
