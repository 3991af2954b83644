package org.ticketgrid.waitingroom;

import java.util.Objects;

/**
 * One buyer's place at one event: the value of a ticket entry. Immutable; each rule returns the
 * same object when nothing changes. Times come from the caller, so that a backup replica running
 * the same processor decides exactly as the primary did.
 *
 * @param lastSeenAt    when the buyer last polled or had a stream open: a place not seen for the
 *                      lapse time is given up for them, so an abandoned tab never blocks the line
 * @param admittedUntil end of the admission window (0 until admitted)
 * @param used          a hold was placed with this admission
 */
public record QueueTicket(String eventId, String accountId, long number, QueueState state, long joinedAt,
        long lastSeenAt, long admittedUntil, boolean used) {

    public QueueTicket {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(state, "state");
        if (state == QueueState.SOLD_OUT) {
            throw new IllegalArgumentException("SOLD_OUT is shown, never stored");
        }
    }

    public static QueueTicket joined(String eventId, String accountId, long number, boolean prequeue, long now) {
        return new QueueTicket(eventId, accountId, number, prequeue ? QueueState.PREQUEUE : QueueState.WAITING, now,
                now, 0, false);
    }

    public QueueTicketKey key() {
        return new QueueTicketKey(eventId, number);
    }

    /** In line and not seen for {@code lapseMillis}: the place is to be given up. */
    public boolean lapsed(long now, long lapseMillis) {
        return state.inLine() && lastSeenAt + lapseMillis <= now;
    }

    /** Admitted, the window passed, and no hold was placed with it. */
    public boolean windowLapsed(long now) {
        return state == QueueState.ADMITTED && !used && admittedUntil <= now;
    }

    /** Admits a buyer still in line (and not lapsed) until {@code until}; anything else is unchanged. */
    public QueueTicket admit(long now, long until, long lapseMillis) {
        if (!state.inLine() || lapsed(now, lapseMillis)) {
            return this;
        }
        return new QueueTicket(eventId, accountId, number, QueueState.ADMITTED, joinedAt, lastSeenAt, until, false);
    }

    /** Ends a lapsed window or a lapsed place (EXPIRED); anything else is unchanged. */
    public QueueTicket expire(long now, long lapseMillis) {
        if (windowLapsed(now) || lapsed(now, lapseMillis)) {
            return new QueueTicket(eventId, accountId, number, QueueState.EXPIRED, joinedAt, lastSeenAt, admittedUntil,
                    used);
        }
        return this;
    }

    /**
     * The buyer is still there. Refreshed only when older than {@code refreshMillis}, so that a
     * poll every few seconds is not a write every few seconds; a lapsed place stays lapsed.
     */
    public QueueTicket seen(long now, long lapseMillis, long refreshMillis) {
        if (!state.inLine() && state != QueueState.ADMITTED || lapsed(now, lapseMillis)
                || now - lastSeenAt < refreshMillis) {
            return this;
        }
        return new QueueTicket(eventId, accountId, number, state, joinedAt, now, admittedUntil, used);
    }

    /** The buyer gives the place up; a place already over stays as it was. */
    public QueueTicket leave() {
        if (!state.inLine() && state != QueueState.ADMITTED) {
            return this;
        }
        return new QueueTicket(eventId, accountId, number, QueueState.LEFT, joinedAt, lastSeenAt, admittedUntil, used);
    }

    /** A hold is being placed with this admission: allowed only inside the window. */
    public QueueTicket use(long now) {
        if (state != QueueState.ADMITTED || admittedUntil <= now || used) {
            return this;
        }
        return new QueueTicket(eventId, accountId, number, state, joinedAt, lastSeenAt, admittedUntil, true);
    }

    /** May hold seats at {@code now}. */
    public boolean mayHold(long now) {
        return state == QueueState.ADMITTED && admittedUntil > now;
    }

    /**
     * The state a buyer is shown: a lapse is shown as soon as it happened (before the loop records
     * it); a pre-queue place becomes WAITING once drawn; a place still in line at a sold-out event
     * shows SOLD_OUT, and WAITING again if seats come back.
     */
    public QueueState shown(EventQueue queue, long now, long lapseMillis) {
        if (windowLapsed(now) || lapsed(now, lapseMillis)) {
            return QueueState.EXPIRED;
        }
        if (!state.inLine()) {
            return state;
        }
        if (queue.soldOut()) {
            return QueueState.SOLD_OUT;
        }
        return state == QueueState.PREQUEUE && queue.drawnAt() == 0 ? QueueState.PREQUEUE : QueueState.WAITING;
    }
}
