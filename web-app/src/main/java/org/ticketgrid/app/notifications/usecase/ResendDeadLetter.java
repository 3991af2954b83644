package org.ticketgrid.app.notifications.usecase;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.notifications.persistence.DeadLetters;
import org.ticketgrid.app.notifications.persistence.Outbox;
import org.ticketgrid.notifications.NotificationKind;

/**
 * An admin re-sends a dead-lettered mail: the claim and a RESEND event in the outbox commit
 * together, and the Jet pipeline (the only mail path) sends it, once.
 */
@Service
public class ResendDeadLetter {

    /** What the button came to. */
    public enum Outcome {
        /** On its way through the pipeline. */
        QUEUED,
        /** Not in the dead-letter table, or already re-sent. */
        NOT_PENDING
    }

    private final DeadLetters deadLetters;
    private final Outbox outbox;

    ResendDeadLetter(DeadLetters deadLetters, Outbox outbox) {
        this.deadLetters = deadLetters;
        this.outbox = outbox;
    }

    @Transactional
    public Outcome resend(UUID notificationId) {
        if (!deadLetters.claimResend(notificationId)) {
            return Outcome.NOT_PENDING;
        }
        outbox.record(NotificationKind.RESEND, null, notificationId.toString(), Map.of());
        return Outcome.QUEUED;
    }
}
