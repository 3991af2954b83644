package org.ticketgrid.app.waitingroom.usecase;

import java.time.Instant;
import org.ticketgrid.waitingroom.QueueState;

/**
 * A buyer's place as they are shown it. {@code position} (1 = next) and {@code aheadOfYou} are
 * null while the place is not known (pre-queue before the draw) or no longer in line;
 * {@code admissionToken} and {@code admittedUntil} are set only while ADMITTED with a live window.
 */
public record QueueView(String queueTicketId, String eventId, long number, QueueState state, Long position,
        Long aheadOfYou, Long estimatedWaitSeconds, String admissionToken, Instant admittedUntil, long reopenedAt) {
}
