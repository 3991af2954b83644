package org.ticketgrid.app.notifications.usecase;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.notifications.persistence.Notifications;
import org.ticketgrid.app.platform.Actor;

/** The signed-in buyer's notification centre: the list, the unread count, marking read. */
@Service
public class NotificationCentre {

    /** How many notifications the centre shows at most. */
    public static final int PAGE = 100;

    /** The list with the unread count. */
    public record View(List<Notifications.Row> items, long unread) {
    }

    /** What marking read came to. */
    public sealed interface ReadOutcome {
        /** Marked (or it was read already). */
        record Read(long unread) implements ReadOutcome {
        }

        /** No notification of this account has that id (someone else's is "not found" too). */
        record NotFound() implements ReadOutcome {
        }
    }

    private final Notifications notifications;

    NotificationCentre(Notifications notifications) {
        this.notifications = notifications;
    }

    public View list(Actor actor, boolean unreadOnly) {
        return new View(notifications.ofAccount(actor.id(), unreadOnly, PAGE), notifications.unread(actor.id()));
    }

    public long unread(UUID accountId) {
        return notifications.unread(accountId);
    }

    public ReadOutcome read(Actor actor, UUID id) {
        if (!notifications.markRead(actor.id(), id)) {
            return new ReadOutcome.NotFound();
        }
        return new ReadOutcome.Read(notifications.unread(actor.id()));
    }

    /** Marks everything read; the unread count is 0 afterwards. */
    public void readAll(Actor actor) {
        notifications.markAllRead(actor.id());
    }
}
