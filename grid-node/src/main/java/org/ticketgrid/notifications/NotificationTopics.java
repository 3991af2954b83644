package org.ticketgrid.notifications;

/** Names of the notification feature's grid structures, declared once. */
public final class NotificationTopics {

    /**
     * Reliable topic of in-app notifications as they are written (JSON text: id, accountId, kind,
     * title, body, link, createdAt): the Jet pipeline publishes, every web app instance listens and
     * pushes to the SSE streams of that account it holds.
     */
    public static final String LIVE = "notifications-live";

    private NotificationTopics() {
    }
}
