package org.ticketgrid.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Extend, confirm, revoke and quantity holds: the rest of a hold's life. */
class SectionInventoryLifecycleTest {

    private static final long NOW = 1_000_000L;
    private static final long TTL = 300_000L;

    private final SectionInventory section = SectionInventory.available(6);

    @Test
    void aPayingBuyersHoldIsExtendedButALostOneIsNot() {
        section.hold(new int[] {0, 1}, 7, NOW, NOW + TTL);
        assertThat(section.extend(7, new int[] {0, 1}, NOW + 2 * TTL).kind()).isEqualTo(HoldOutcome.Kind.EXTENDED);
        assertThat(section.stateOf(0, NOW + TTL + 1)).isEqualTo(SeatState.RESERVED);

        // Hold 8 lapses and someone takes one of its seats: it cannot be extended any more.
        section.hold(new int[] {2, 3}, 8, NOW, NOW + 10);
        section.hold(new int[] {3}, 9, NOW + 10, NOW + TTL);
        HoldOutcome lost = section.extend(8, new int[] {2, 3}, NOW + TTL);
        assertThat(lost.kind()).isEqualTo(HoldOutcome.Kind.LOST);
        assertThat(lost.seats()).containsExactly(3);
    }

    @Test
    void confirmSellsAllOrNothingAndIsIdempotent() {
        section.hold(new int[] {0, 1}, 7, NOW, NOW + TTL);
        assertThat(section.confirm(7, new int[] {0, 1}).kind()).isEqualTo(HoldOutcome.Kind.CONFIRMED);
        assertThat(section.stateOf(0, NOW)).isEqualTo(SeatState.BOOKED);
        assertThat(section.confirm(7, new int[] {0, 1}).kind()).as("redelivered").isEqualTo(HoldOutcome.Kind.CONFIRMED);
        assertThat(section.confirm(8, new int[] {0}).kind()).isEqualTo(HoldOutcome.Kind.LOST);
        assertThat(section.hold(new int[] {1}, 9, NOW + 2 * TTL, NOW + 3 * TTL).kind())
                .as("a sold seat never expires").isEqualTo(HoldOutcome.Kind.TAKEN);
    }

    @Test
    void aLatePaymentConfirmsOnlyIfNobodyTookTheSeats() {
        section.hold(new int[] {4}, 7, NOW, NOW + 10);
        assertThat(section.confirm(7, new int[] {4}).kind()).as("lapsed but untouched").isEqualTo(
                HoldOutcome.Kind.CONFIRMED);

        section.hold(new int[] {5}, 8, NOW, NOW + 10);
        section.hold(new int[] {5}, 9, NOW + 20, NOW + TTL);
        HoldOutcome late = section.confirm(8, new int[] {5});
        assertThat(late.kind()).isEqualTo(HoldOutcome.Kind.LOST);
        assertThat(section.stateOf(5, NOW + 20)).isEqualTo(SeatState.RESERVED);
    }

    @Test
    void revokePutsOnlyThatHoldsSoldSeatsBack() {
        section.hold(new int[] {0}, 7, NOW, NOW + TTL);
        section.confirm(7, new int[] {0});
        section.hold(new int[] {1}, 8, NOW, NOW + TTL);
        assertThat(section.revoke(8, new int[] {1})).as("held, not sold").isZero();
        assertThat(section.revoke(9, new int[] {0})).as("someone else's").isZero();
        assertThat(section.revoke(7, new int[] {0})).isOne();
        assertThat(section.stateOf(0, NOW)).isEqualTo(SeatState.AVAILABLE);
    }

    @Test
    void quantityHoldsTakeAnyFreePlacesOrNone() {
        HoldOutcome first = section.holdAny(4, 7, NOW, NOW + TTL);
        assertThat(first.kind()).isEqualTo(HoldOutcome.Kind.HELD);
        assertThat(first.seats()).hasSize(4).doesNotHaveDuplicates();
        assertThat(section.holdAny(3, 8, NOW, NOW + TTL).kind()).isEqualTo(HoldOutcome.Kind.SOLD_OUT);
        assertThat(section.counts(NOW)[SeatState.AVAILABLE.ordinal()]).as("nothing taken on refusal").isEqualTo(2);
        assertThat(section.holdAny(2, 9, NOW, NOW + TTL).seats()).hasSize(2);
        assertThat(section.holdAny(1, 10, NOW + TTL, NOW + 2 * TTL).kind()).as("expired places come back")
                .isEqualTo(HoldOutcome.Kind.HELD);
        assertThat(section.holdAny(0, 11, NOW, NOW + TTL).kind()).isEqualTo(HoldOutcome.Kind.INVALID_SEAT);
    }

    @Test
    void stripesRouteSeatsByArithmetic() {
        assertThat(Stripes.count(1)).isOne();
        assertThat(Stripes.count(Stripes.SIZE)).isOne();
        assertThat(Stripes.count(Stripes.SIZE + 1)).isEqualTo(2);
        assertThat(Stripes.capacityOf(2500, 2)).isEqualTo(2500 - 2 * Stripes.SIZE);
        SeatId seat = SeatId.of(42, Stripes.SIZE + 5);
        assertThat(seat.key("e")).isEqualTo(new SectionKey("e", 42, 1));
        assertThat(seat.localIndex()).isEqualTo(5);
        assertThat(Stripes.globalIndex(1, 5)).isEqualTo(Stripes.SIZE + 5);
    }
}
