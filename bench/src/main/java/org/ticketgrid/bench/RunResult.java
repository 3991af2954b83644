package org.ticketgrid.bench;

import org.HdrHistogram.Histogram;

/**
 * What one measured run produced.
 *
 * @param scenario    the shape's name, or "HTTP" runs' name
 * @param mode        "closed N thr" or "open R/s"
 * @param store       the store's name
 * @param offeredRate open loop: the fixed arrival rate; closed loop: 0
 * @param held        attempts that held their seats
 * @param taken       attempts refused because a seat was taken
 * @param errors      attempts that failed
 * @param missed      open loop: arrivals never sent before the hard stop (counted in latency as a
 *                    lower bound); closed loop: 0
 * @param seconds     measured wall time
 * @param latency     hold latency in nanoseconds; open loop: from the intended start
 */
public record RunResult(String scenario, String mode, String store, double offeredRate, long held, long taken,
        long errors, long missed, double seconds, Histogram latency) {

    public long attempts() {
        return held + taken + errors;
    }

    /** Completed hold attempts per second (held + taken: a refusal is a full answer). */
    public double throughput() {
        return seconds <= 0 ? 0 : (held + taken) / seconds;
    }

    public double takenShare() {
        long answered = held + taken;
        return answered == 0 ? 0 : (double) taken / answered;
    }

    /** Latency at percentile {@code p} (0..100) in milliseconds. */
    public double millisAt(double p) {
        return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(p) / 1e6;
    }

    /** Open loop: did the store keep up with the offered rate (within 5%, nothing missed)? */
    public boolean keptUp() {
        return offeredRate <= 0 || (missed == 0 && throughput() >= 0.95 * offeredRate);
    }
}
