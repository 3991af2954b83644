package org.ticketgrid.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueTicketTest {

    private static final long T = 1_000_000;
    private static final long LAPSE = 60_000;
    private static final EventQueue OPEN = EventQueue.empty().take(T, T).next();

    @Test
    void aWaitingPlaceIsAdmittedForItsWindowAndExpiresUnusedAfterIt() {
        QueueTicket t = QueueTicket.joined("e", "a", 1, false, T);
        QueueTicket admitted = t.admit(T + 10, T + 3_010, LAPSE);
        assertThat(admitted.state()).isEqualTo(QueueState.ADMITTED);
        assertThat(admitted.admit(T + 20, T + 9_000, LAPSE)).as("admitted once").isSameAs(admitted);
        assertThat(admitted.mayHold(T + 3_009)).isTrue();
        assertThat(admitted.mayHold(T + 3_010)).isFalse();
        assertThat(admitted.expire(T + 3_009, LAPSE)).isSameAs(admitted);
        assertThat(admitted.shown(OPEN, T + 3_010, LAPSE)).isEqualTo(QueueState.EXPIRED);
        assertThat(admitted.expire(T + 3_010, LAPSE).state()).isEqualTo(QueueState.EXPIRED);
    }

    @Test
    void aUsedAdmissionNeverExpires() {
        QueueTicket used = QueueTicket.joined("e", "a", 1, false, T).admit(T, T + 3_000, LAPSE).use(T + 1);
        assertThat(used.used()).isTrue();
        assertThat(used.use(T + 2)).isSameAs(used);
        assertThat(used.expire(T + 10_000, LAPSE)).isSameAs(used);
        assertThat(used.shown(OPEN, T + 10_000, LAPSE)).isEqualTo(QueueState.ADMITTED);
        assertThat(used.mayHold(T + 10_000)).as("but the window still ends").isFalse();
    }

    @Test
    void aPlaceNotSeenForTheLapseTimeLapsesAndIsNeverAdmitted() {
        QueueTicket t = QueueTicket.joined("e", "a", 1, false, T);
        assertThat(t.lapsed(T + LAPSE - 1, LAPSE)).isFalse();
        assertThat(t.lapsed(T + LAPSE, LAPSE)).isTrue();
        assertThat(t.admit(T + LAPSE, T + LAPSE + 3_000, LAPSE)).isSameAs(t);
        assertThat(t.shown(OPEN, T + LAPSE, LAPSE)).isEqualTo(QueueState.EXPIRED);
        assertThat(t.seen(T + LAPSE, LAPSE, 0)).as("a lapsed place stays lapsed").isSameAs(t);
        assertThat(t.expire(T + LAPSE, LAPSE).state()).isEqualTo(QueueState.EXPIRED);
    }

    @Test
    void beingSeenKeepsThePlaceButWritesOnlyNowAndThen() {
        QueueTicket t = QueueTicket.joined("e", "a", 1, false, T);
        assertThat(t.seen(T + 1_000, LAPSE, 5_000)).isSameAs(t);
        QueueTicket seen = t.seen(T + 5_000, LAPSE, 5_000);
        assertThat(seen.lastSeenAt()).isEqualTo(T + 5_000);
        assertThat(seen.lapsed(T + LAPSE + 1_000, LAPSE)).isFalse();
    }

    @Test
    void shownStateFollowsTheDrawAndTheSellOut() {
        EventQueue pre = EventQueue.empty().take(T - 1, T).next();
        QueueTicket t = QueueTicket.joined("e", "a", 1, true, T - 1);
        assertThat(t.shown(pre, T, LAPSE)).isEqualTo(QueueState.PREQUEUE);
        assertThat(t.shown(pre.draw(1, T), T, LAPSE)).isEqualTo(QueueState.WAITING);
        assertThat(t.shown(pre.draw(1, T).soldOut(true, T), T, LAPSE)).isEqualTo(QueueState.SOLD_OUT);
        assertThat(t.shown(pre.draw(1, T).soldOut(true, T).soldOut(false, T), T, LAPSE))
                .isEqualTo(QueueState.WAITING);
    }

    @Test
    void leavingEndsThePlaceOnce() {
        QueueTicket left = QueueTicket.joined("e", "a", 1, false, T).leave();
        assertThat(left.state()).isEqualTo(QueueState.LEFT);
        assertThat(left.leave()).isSameAs(left);
        assertThat(left.admit(T, T + 1, LAPSE)).isSameAs(left);
    }

    @Test
    void ticketIdsRoundTrip() {
        QueueTicketKey key = new QueueTicketKey("3f0e1f7a-2c55-4d7e-9d8e-1a2b3c4d5e6f", 42);
        assertThat(QueueTicketKey.parse(key.id())).isEqualTo(key);
        assertThat(QueueTicketKey.parse("nonsense")).isNull();
        assertThat(QueueTicketKey.parse("x_0")).isNull();
        assertThat(QueueTicketKey.parse("x_abc")).isNull();
        assertThat(QueueTicketKey.parse(null)).isNull();
    }
}
