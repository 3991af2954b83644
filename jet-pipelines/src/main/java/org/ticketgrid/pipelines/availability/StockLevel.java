package org.ticketgrid.pipelines.availability;

import java.io.Serializable;

/**
 * An event's stock as search shows it: free seats (available, or held by a hold that ran out) out
 * of its capacity, and the label that follows from them. Plain Java, so the thresholds are tested
 * without a grid.
 *
 * @param eventId   the event
 * @param free      seats anyone could hold now
 * @param capacity  all seats of the event
 */
public record StockLevel(String eventId, long free, long capacity) implements Serializable {

    /** {@code FEW_LEFT} at or below this share of the capacity (and at least one seat). */
    static final double FEW_LEFT_SHARE = 0.10;

    public String label() {
        if (capacity <= 0 || free <= 0) {
            return "SOLD_OUT";
        }
        long fewLeft = Math.max(1, (long) Math.ceil(capacity * FEW_LEFT_SHARE));
        return free <= fewLeft ? "FEW_LEFT" : "AVAILABLE";
    }
}
