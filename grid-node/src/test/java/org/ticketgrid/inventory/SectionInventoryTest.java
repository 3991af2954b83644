package org.ticketgrid.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectionInventoryTest {

    private static final long NOW = 1_000_000L;
    private static final long FIVE_MIN = 300_000L;

    private final SectionInventory section = SectionInventory.available(10);

    @Test
    void holdsFreeSeatsAllOrNothing() {
        assertThat(section.hold(new int[] {1, 2}, 7, NOW, NOW + FIVE_MIN)).isEqualTo(HoldOutcome.held());
        assertThat(section.stateOf(1, NOW)).isEqualTo(SeatState.RESERVED);

        HoldOutcome second = section.hold(new int[] {3, 2, 1}, 8, NOW, NOW + FIVE_MIN);
        assertThat(second.kind()).isEqualTo(HoldOutcome.Kind.TAKEN);
        assertThat(second.seats()).containsExactly(2, 1);
        assertThat(section.stateOf(3, NOW)).as("nothing changes on a refusal").isEqualTo(SeatState.AVAILABLE);
    }

    @Test
    void anExpiredHoldIsFreeForEveryReaderWithoutAnyRelease() {
        section.hold(new int[] {4}, 7, NOW, NOW + FIVE_MIN);
        assertThat(section.stateOf(4, NOW + FIVE_MIN - 1)).isEqualTo(SeatState.RESERVED);
        assertThat(section.stateOf(4, NOW + FIVE_MIN)).isEqualTo(SeatState.AVAILABLE);
        assertThat(section.counts(NOW + FIVE_MIN)[SeatState.AVAILABLE.ordinal()]).isEqualTo(10);
        assertThat(section.hold(new int[] {4}, 8, NOW + FIVE_MIN, NOW + 2 * FIVE_MIN).isHeld()).isTrue();
    }

    @Test
    void aReleaseFreesOnlyTheSeatsThatHoldStillOwns() {
        section.hold(new int[] {5}, 7, NOW, NOW + FIVE_MIN);
        // Hold 7 expired, hold 8 took the seat: a late release of 7 must not free it.
        section.hold(new int[] {5}, 8, NOW + FIVE_MIN, NOW + 2 * FIVE_MIN);
        assertThat(section.release(7, new int[] {5})).isZero();
        assertThat(section.stateOf(5, NOW + FIVE_MIN)).isEqualTo(SeatState.RESERVED);
        assertThat(section.release(8, new int[] {5, 99, -1})).isOne();
        assertThat(section.stateOf(5, NOW + FIVE_MIN)).isEqualTo(SeatState.AVAILABLE);
    }

    @Test
    void refusesSeatsOutsideTheSectionOrRepeated() {
        assertThat(section.hold(new int[] {10}, 7, NOW, NOW + 1).kind()).isEqualTo(HoldOutcome.Kind.INVALID_SEAT);
        assertThat(section.hold(new int[] {-1}, 7, NOW, NOW + 1).kind()).isEqualTo(HoldOutcome.Kind.INVALID_SEAT);
        assertThat(section.hold(new int[] {2, 2}, 7, NOW, NOW + 1).kind()).isEqualTo(HoldOutcome.Kind.INVALID_SEAT);
        assertThat(section.counts(NOW)[SeatState.AVAILABLE.ordinal()]).isEqualTo(10);
    }

    @Test
    void stateCodesReportExpiredHoldsAsAvailable() {
        section.hold(new int[] {0}, 7, NOW, NOW + 10);
        section.hold(new int[] {1}, 8, NOW, NOW + FIVE_MIN);
        byte[] codes = section.stateCodes(NOW + 10);
        assertThat(SeatState.ofCode(codes[0])).isEqualTo(SeatState.AVAILABLE);
        assertThat(SeatState.ofCode(codes[1])).isEqualTo(SeatState.RESERVED);
    }

    @Test
    void capacityMustFitASeatIndex() {
        assertThatThrownBy(() -> SectionInventory.available(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SectionInventory.available(SeatId.MAX_SEATS_PER_SECTION + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
