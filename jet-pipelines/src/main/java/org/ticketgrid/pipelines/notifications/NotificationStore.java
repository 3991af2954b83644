package org.ticketgrid.pipelines.notifications;

import java.util.List;
import java.util.UUID;

/** Where notifications and the state of their mails are kept ({@code notifications} in PostgreSQL). */
public interface NotificationStore {

    /**
     * The notifications an outbox event makes, one per recipient, written if they are not there yet
     * (idempotent by notification id); a replay returns the stored ones with {@code fresh == false}.
     */
    List<Notification> fanOut(OutboxEvent event);

    /** True once the SMTP server took the mail of this notification. */
    boolean emailSent(UUID notificationId);

    /** Records that the SMTP server took the mail (and what the rest of the system keeps of it). */
    void markEmailSent(Notification notification);

    /** Records a failed attempt (its number and error). */
    void emailFailed(UUID notificationId, int attempt, String error);

    /** Gives up on the mail after {@code attempts}: it goes to the dead-letter table for an admin. */
    void deadLetter(UUID notificationId, int attempts, String error);
}
