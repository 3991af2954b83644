package org.ticketgrid.waitingroom;

import java.util.Arrays;

/**
 * The waiting room of one event: the value of its queue entry. Immutable; every rule returns the
 * same object when nothing changes, so that the entry processors write only on change.
 *
 * <p>Numbers are handed out one by one ({@link #take}); a buyer's <em>place</em> is its number,
 * except for the pre-queue (numbers {@code 1..prequeue}), whose places come from the seeded draw
 * ({@link DrawOrder}). {@code served} counts the places the admission loop has passed (admitted, or
 * skipped because they were given up or lapsed), so a buyer's position is {@code place - served}:
 * one subtraction, no scan of the line.
 *
 * @param issued         numbers handed out so far (the last number)
 * @param prequeue       how many of them were handed out before sales opened (numbers 1..prequeue)
 * @param prequeueClosed no more pre-queue numbers: sales opened (a join said so, or the draw ran)
 * @param served         places passed by the admission loop
 * @param seed           the draw's seed (meaningful once {@code drawnAt > 0})
 * @param drawnAt        when the pre-queue was drawn, 0 if not yet
 * @param soldOut        nothing left to buy: admission stopped, joins refused
 * @param reopenedAt     when seats last came back after a sell-out, 0 if never
 * @param admitted       buyers admitted so far (for the dashboards)
 * @param expired        admitted buyers whose window lapsed, and places that lapsed
 * @param leaseOwner     the admission loop that runs this queue now (one in the cluster), or null
 * @param leaseUntil     when that lease ends unless renewed
 * @param outstanding    numbers admitted whose outcome (held, or window lapsed) is not yet known
 */
public record EventQueue(long issued, long prequeue, boolean prequeueClosed, long served, long seed, long drawnAt,
        boolean soldOut, long reopenedAt, long admitted, long expired, String leaseOwner, long leaseUntil,
        long[] outstanding) {

    private static final EventQueue EMPTY = new EventQueue(0, 0, false, 0, 0, 0, false, 0, 0, 0, null, 0,
            new long[0]);

    public static EventQueue empty() {
        return EMPTY;
    }

    /** What a join got: a number (pre-queue or not), or nothing because the event sold out. */
    public record Taken(long number, boolean prequeue, boolean refused, EventQueue next) {
    }

    /**
     * Hands out the next number. Before {@code salesOpenAt} (and before the draw) it is a pre-queue
     * number; the first join at or after it closes the pre-queue for good, so that pre-queue numbers
     * are always {@code 1..prequeue}, whatever the callers' clocks say afterwards.
     */
    public Taken take(long now, long salesOpenAt) {
        if (soldOut) {
            return new Taken(0, false, true, this);
        }
        boolean pre = !prequeueClosed && drawnAt == 0 && now < salesOpenAt;
        EventQueue next = new EventQueue(issued + 1, prequeue + (pre ? 1 : 0), !pre, served, seed, drawnAt, soldOut,
                reopenedAt, admitted, expired, leaseOwner, leaseUntil, outstanding);
        return new Taken(issued + 1, pre, false, next);
    }

    /** Draws the pre-queue with {@code newSeed}, once: a second call changes nothing. */
    public EventQueue draw(long newSeed, long now) {
        if (drawnAt != 0) {
            return this;
        }
        return new EventQueue(issued, prequeue, true, served, newSeed, now, soldOut, reopenedAt, admitted, expired,
                leaseOwner, leaseUntil, outstanding);
    }

    /** True once places are known for everyone: no pre-queue, or it was drawn. */
    public boolean placesKnown() {
        return prequeue == 0 || drawnAt != 0;
    }

    /** Takes or renews the admission lease for {@code owner} if it is free, expired or already theirs. */
    public EventQueue lease(String owner, long now, long ttlMillis) {
        if (leaseOwner != null && !leaseOwner.equals(owner) && leaseUntil > now) {
            return this;
        }
        return new EventQueue(issued, prequeue, prequeueClosed, served, seed, drawnAt, soldOut, reopenedAt, admitted,
                expired, owner, now + ttlMillis, outstanding);
    }

    public boolean leasedBy(String owner, long now) {
        return owner.equals(leaseOwner) && leaseUntil > now;
    }

    /**
     * Records one admission round of the lease holder: the served count moves from {@code fromServed}
     * to {@code toServed}, the numbers admitted join the outstanding ones and those resolved leave.
     * Refused (unchanged) unless {@code owner} holds the lease and nobody moved the count meanwhile.
     */
    public EventQueue advance(String owner, long now, long fromServed, long toServed, long[] admittedNumbers,
            long[] resolved, int lapsed) {
        if (!leasedBy(owner, now) || served != fromServed || toServed < fromServed) {
            return this;
        }
        long[] kept = Arrays.stream(outstanding).filter(n -> Arrays.stream(resolved).noneMatch(r -> r == n))
                .toArray();
        long[] merged = Arrays.copyOf(kept, kept.length + admittedNumbers.length);
        System.arraycopy(admittedNumbers, 0, merged, kept.length, admittedNumbers.length);
        if (toServed == served && merged.length == outstanding.length && lapsed == 0
                && admittedNumbers.length == 0) {
            return this;
        }
        return new EventQueue(issued, prequeue, prequeueClosed, toServed, seed, drawnAt, soldOut, reopenedAt,
                admitted + admittedNumbers.length, expired + lapsed, leaseOwner, leaseUntil, merged);
    }

    /** Marks the event sold out, or reopened (seats came back) at {@code now}. */
    public EventQueue soldOut(boolean nowSoldOut, long now) {
        if (nowSoldOut == soldOut) {
            return this;
        }
        return new EventQueue(issued, prequeue, prequeueClosed, served, seed, drawnAt, nowSoldOut,
                nowSoldOut ? reopenedAt : now, admitted, expired, leaseOwner, leaseUntil, outstanding);
    }

    /** Buyers still in line behind the served places (an upper bound: some may have left). */
    public long waiting() {
        return Math.max(0, issued - served);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventQueue q && issued == q.issued && prequeue == q.prequeue
                && prequeueClosed == q.prequeueClosed && served == q.served && seed == q.seed
                && drawnAt == q.drawnAt && soldOut == q.soldOut && reopenedAt == q.reopenedAt
                && admitted == q.admitted && expired == q.expired && java.util.Objects.equals(leaseOwner, q.leaseOwner)
                && leaseUntil == q.leaseUntil && Arrays.equals(outstanding, q.outstanding);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(issued) * 31 + Long.hashCode(served);
    }

    @Override
    public String toString() {
        return "EventQueue[issued=" + issued + ", prequeue=" + prequeue + ", served=" + served + ", drawnAt="
                + drawnAt + ", soldOut=" + soldOut + ", outstanding=" + Arrays.toString(outstanding) + "]";
    }
}
