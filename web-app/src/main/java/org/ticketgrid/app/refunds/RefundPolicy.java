package org.ticketgrid.app.refunds;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may refund an order, as plain rules. The event's merchant and admins always may (they answer
 * for the event); the buyer may until {@code customerWindow} before the event starts. Anybody else
 * may not even learn that the order exists.
 */
public final class RefundPolicy {

    /** Who is asking, relative to the order. */
    public enum Asker {
        ADMIN, MERCHANT, OWNER, STRANGER
    }

    /** What the asker may do. */
    public enum Verdict {
        /** May refund. */
        ALLOWED,
        /** The buyer, but too close to (or after) the event: 403. */
        WINDOW_CLOSED,
        /** Not theirs to see: 404, like an order that does not exist. */
        HIDDEN
    }

    private RefundPolicy() {
    }

    public static Verdict decide(Asker asker, Instant eventStartsAt, Duration customerWindow, Instant now) {
        return switch (asker) {
            case ADMIN, MERCHANT -> Verdict.ALLOWED;
            case OWNER -> now.isBefore(eventStartsAt.minus(customerWindow)) ? Verdict.ALLOWED : Verdict.WINDOW_CLOSED;
            case STRANGER -> Verdict.HIDDEN;
        };
    }
}
