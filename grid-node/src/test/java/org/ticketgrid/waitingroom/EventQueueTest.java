package org.ticketgrid.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventQueueTest {

    private static final long OPEN = 1_000_000;

    @Test
    void numbersAreDenseAndThePrequeueEndsAtTheFirstJoinAfterOpening() {
        EventQueue q = EventQueue.empty();
        EventQueue.Taken a = q.take(OPEN - 10, OPEN);
        EventQueue.Taken b = a.next().take(OPEN - 5, OPEN);
        EventQueue.Taken c = b.next().take(OPEN, OPEN);
        // A caller whose clock lags still cannot add to a closed pre-queue.
        EventQueue.Taken d = c.next().take(OPEN - 1, OPEN);
        assertThat(new long[] {a.number(), b.number(), c.number(), d.number()}).containsExactly(1, 2, 3, 4);
        assertThat(a.prequeue()).isTrue();
        assertThat(b.prequeue()).isTrue();
        assertThat(c.prequeue()).isFalse();
        assertThat(d.prequeue()).isFalse();
        assertThat(d.next().prequeue()).isEqualTo(2);
        assertThat(d.next().placesKnown()).isFalse();
    }

    @Test
    void theDrawHappensOnceAndClosesThePrequeue() {
        EventQueue q = EventQueue.empty().take(OPEN - 10, OPEN).next();
        EventQueue drawn = q.draw(42, OPEN);
        assertThat(drawn.seed()).isEqualTo(42);
        assertThat(drawn.drawnAt()).isEqualTo(OPEN);
        assertThat(drawn.placesKnown()).isTrue();
        assertThat(drawn.draw(7, OPEN + 1)).isSameAs(drawn);
        assertThat(drawn.take(OPEN - 100, OPEN).prequeue()).isFalse();
    }

    @Test
    void aSoldOutEventRefusesJoinsUntilSeatsComeBack() {
        EventQueue q = EventQueue.empty().take(OPEN, OPEN).next().soldOut(true, OPEN);
        EventQueue.Taken refused = q.take(OPEN + 1, OPEN);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.next()).isSameAs(q);
        assertThat(q.soldOut(true, OPEN + 2)).isSameAs(q);
        EventQueue reopened = q.soldOut(false, OPEN + 3);
        assertThat(reopened.reopenedAt()).isEqualTo(OPEN + 3);
        assertThat(reopened.take(OPEN + 4, OPEN).number()).isEqualTo(2);
    }

    @Test
    void oneLeaseHolderAtATimeUntilItLapses() {
        EventQueue q = EventQueue.empty().take(OPEN, OPEN).next();
        EventQueue a = q.lease("a", OPEN, 5_000);
        assertThat(a.leasedBy("a", OPEN + 1)).isTrue();
        assertThat(a.lease("b", OPEN + 4_999, 5_000)).isSameAs(a);
        EventQueue b = a.lease("b", OPEN + 5_000, 5_000);
        assertThat(b.leasedBy("b", OPEN + 5_000)).isTrue();
        assertThat(b.leasedBy("a", OPEN + 5_000)).isFalse();
    }

    @Test
    void onlyTheLeaseHolderMovesTheLineAndOnlyFromWhatItRead() {
        EventQueue q = EventQueue.empty().take(OPEN, OPEN).next().take(OPEN, OPEN).next().lease("a", OPEN, 5_000);
        EventQueue moved = q.advance("a", OPEN, 0, 2, new long[] {1, 2}, new long[0], 0);
        assertThat(moved.served()).isEqualTo(2);
        assertThat(moved.outstanding()).containsExactly(1, 2);
        assertThat(moved.admitted()).isEqualTo(2);
        assertThat(q.advance("b", OPEN, 0, 2, new long[] {1, 2}, new long[0], 0)).as("not the holder").isSameAs(q);
        assertThat(moved.advance("a", OPEN, 0, 2, new long[] {1, 2}, new long[0], 0)).as("stale").isSameAs(moved);
        EventQueue resolved = moved.advance("a", OPEN, 2, 2, new long[0], new long[] {1}, 1);
        assertThat(resolved.outstanding()).containsExactly(2);
        assertThat(resolved.expired()).isEqualTo(1);
        assertThat(resolved.advance("a", OPEN, 2, 2, new long[0], new long[0], 0)).isSameAs(resolved);
        assertThat(resolved.waiting()).isZero();
    }
}
