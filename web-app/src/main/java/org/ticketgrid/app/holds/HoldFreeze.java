package org.ticketgrid.app.holds;

import java.time.Duration;

/**
 * How long a hold is frozen once its buyer checks out: {@code extension} from now, but never past
 * {@code cap} after the hold was placed (a paying buyer keeps the seats; a stalled one does not
 * keep them from everybody else for long), and never shorter than the hold already is.
 */
public final class HoldFreeze {

    private HoldFreeze() {
    }

    /** The new expiry, epoch millis. */
    public static long until(long now, long createdAt, long expiresAt, Duration extension, Duration cap) {
        long capped = Math.min(now + extension.toMillis(), createdAt + cap.toMillis());
        return Math.max(expiresAt, capped);
    }
}
