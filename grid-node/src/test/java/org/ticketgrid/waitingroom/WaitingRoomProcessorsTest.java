package org.ticketgrid.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ticketgrid.grid.CountingEntry;
import org.ticketgrid.waitingroom.ep.AdmitTicketProcessor;
import org.ticketgrid.waitingroom.ep.ClaimPlaceProcessor;
import org.ticketgrid.waitingroom.ep.LeaveTicketProcessor;
import org.ticketgrid.waitingroom.ep.SeenTicketProcessor;
import org.ticketgrid.waitingroom.ep.TakeNumberProcessor;
import org.ticketgrid.waitingroom.ep.UseTicketProcessor;

/** The processors write only on change and answer with their outcome. */
class WaitingRoomProcessorsTest {

    private static final long T = 1_000_000;

    @Test
    void takingNumbersCreatesTheQueueAndWritesEachTime() {
        CountingEntry<String, EventQueue> entry = new CountingEntry<>("e", null);
        assertThat(new TakeNumberProcessor(T, T).process(entry).number()).isEqualTo(1);
        assertThat(new TakeNumberProcessor(T, T).process(entry).number()).isEqualTo(2);
        assertThat(entry.writes()).isEqualTo(2);
        entry.setValue(entry.getValue().soldOut(true, T));
        QueueNumber refused = new TakeNumberProcessor(T, T).process(entry);
        assertThat(refused.soldOut()).isTrue();
        assertThat(entry.writes()).isEqualTo(3);
    }

    @Test
    void anAccountClaimsOnePlaceAndGetsItBackOnASecondJoin() {
        CountingEntry<QueuePlaceKey, Long> entry = new CountingEntry<>(new QueuePlaceKey("e", "a"), null);
        assertThat(new ClaimPlaceProcessor(5, 0).process(entry)).isEqualTo(5);
        assertThat(new ClaimPlaceProcessor(9, 0).process(entry)).isEqualTo(5);
        assertThat(entry.writes()).isEqualTo(1);
        assertThat(new ClaimPlaceProcessor(9, 5).process(entry)).as("replacing a place given up").isEqualTo(9);
    }

    @Test
    void ticketProcessorsWriteOnlyOnChange() {
        QueueTicket t = QueueTicket.joined("e", "a", 1, false, T);
        CountingEntry<QueueTicketKey, QueueTicket> entry = new CountingEntry<>(t.key(), t);
        assertThat(new SeenTicketProcessor(T + 1, 60_000, 5_000).process(entry)).isSameAs(t);
        assertThat(entry.writes()).isZero();
        assertThat(new UseTicketProcessor("a", T).process(entry)).as("not admitted").isFalse();
        assertThat(new AdmitTicketProcessor(T, T + 3_000, 60_000).process(entry).state())
                .isEqualTo(QueueState.ADMITTED);
        assertThat(new UseTicketProcessor("b", T + 1).process(entry)).as("someone else's").isFalse();
        assertThat(new UseTicketProcessor("a", T + 1).process(entry)).isTrue();
        assertThat(new UseTicketProcessor("a", T + 3_000).process(entry)).as("window over").isFalse();
        assertThat(entry.writes()).isEqualTo(2);
        assertThat(new LeaveTicketProcessor("b").process(entry)).isNull();
        assertThat(new LeaveTicketProcessor("a").process(entry).state()).isEqualTo(QueueState.LEFT);
        CountingEntry<QueueTicketKey, QueueTicket> absent = new CountingEntry<>(t.key(), null);
        assertThat(new AdmitTicketProcessor(T, T + 1, 1).process(absent)).isNull();
        assertThat(absent.writes()).isZero();
    }
}
