package org.ticketgrid.app.waitingroom.usecase;

import java.time.Instant;

/** What a join came to. */
public sealed interface JoinOutcome {

    /** A place: new ({@code created}) or the one the account already had. */
    record Joined(QueueView view, boolean created) implements JoinOutcome {
    }

    /** The event has no waiting room (not high demand). */
    record NoWaitingRoom() implements JoinOutcome {
    }

    /** The waiting room opens later. */
    record NotOpenYet(Instant opensAt) implements JoinOutcome {
    }

    /** Sales are over (cancelled, ended, started). */
    record Closed() implements JoinOutcome {
    }

    /** Nothing left to buy. */
    record SoldOut() implements JoinOutcome {
    }

    /** Too many joins from this address. */
    record Throttled(long retryAfterSeconds) implements JoinOutcome {
    }
}
