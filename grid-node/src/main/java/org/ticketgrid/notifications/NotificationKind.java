package org.ticketgrid.notifications;

/**
 * What happened, as recorded in {@code notification_outbox.kind} by the use cases and read by the
 * Jet notifications pipeline. Shared by the web app (which writes) and the pipeline (which reads),
 * so the two never disagree on a name.
 */
public enum NotificationKind {
    /** An order was paid and its tickets issued (written with the capture). Always mailed. */
    ORDER_CONFIRMED(true),
    /** The buyer asked for the tickets mail again: a mail only, no in-app entry. Always mailed. */
    TICKETS_RESENT(true),
    /** An order ended without tickets (cancelled after payment, or its hold expired unpaid). */
    ORDER_CANCELLED(false),
    /** A refund went through. Always mailed. */
    REFUNDED(true),
    /** The event was cancelled: every holder of a valid ticket hears it (refunds follow). */
    EVENT_CANCELLED(false),
    /** The event moved to another date or time. */
    EVENT_RESCHEDULED(false),
    /** Seats came back on a sold-out event: the next "notify me" subscribers, as many as seats. */
    TICKETS_AVAILABLE(false),
    /** The buyer's turn in a waiting room (written by the waiting room when it admits them). */
    YOUR_TURN(false),
    /** An admin re-sends a notification whose mail went to the dead-letter table. */
    RESEND(false);

    private final boolean alwaysMailed;

    NotificationKind(boolean alwaysMailed) {
        this.alwaysMailed = alwaysMailed;
    }

    /** Confirmations and refunds reach the buyer by email whatever their preferences say. */
    public boolean alwaysMailed() {
        return alwaysMailed;
    }

    /** The kinds a buyer may switch off by email (the rest always go out, or are no mail of their own). */
    public boolean optional() {
        return !alwaysMailed && this != RESEND;
    }

    /** The kind of a stored name, or {@code null} for a name this version does not know. */
    public static NotificationKind parse(String name) {
        try {
            return name == null ? null : valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
