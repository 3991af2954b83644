package org.ticketgrid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ticketgrid.bench.OversoldChecker.Interval;
import org.ticketgrid.bench.OversoldChecker.Mismatch;
import org.ticketgrid.bench.OversoldChecker.Overlap;

class OversoldCheckerTest {

    private static final long LIVE = Long.MAX_VALUE;

    @Test
    void holdsOneAfterAnotherOnASeatAreFine() {
        assertThat(OversoldChecker.overlaps(List.of(new Interval(7, 1, 10, 20), new Interval(7, 2, 25, 30),
                new Interval(7, 3, 31, LIVE)))).isEmpty();
    }

    @Test
    void twoHoldsWhoseConfirmedWindowsOverlapAreADoubleHold() {
        assertThat(OversoldChecker.overlaps(List.of(new Interval(7, 2, 15, 30), new Interval(7, 1, 10, 20))))
                .containsExactly(new Overlap(7, 1, 2));
    }

    @Test
    void aLiveHoldOverlapsEveryLaterOneOnItsSeat() {
        assertThat(OversoldChecker.overlaps(List.of(new Interval(7, 1, 10, LIVE), new Interval(7, 2, 50, 60),
                new Interval(7, 3, 70, LIVE)))).containsExactly(new Overlap(7, 1, 2), new Overlap(7, 1, 3));
    }

    @Test
    void aLongHoldIsComparedWithEveryShorterOneInsideIt() {
        // 2 ends before 3 starts, but 1 still spans 3.
        assertThat(OversoldChecker.overlaps(List.of(new Interval(7, 1, 10, 100), new Interval(7, 2, 20, 30),
                new Interval(7, 3, 40, 50)))).containsExactly(new Overlap(7, 1, 2), new Overlap(7, 1, 3));
    }

    @Test
    void differentSeatsNeverConflict() {
        assertThat(OversoldChecker.overlaps(List.of(new Interval(7, 1, 10, LIVE), new Interval(8, 2, 10, LIVE),
                new Interval(9, 3, 11, 12)))).isEmpty();
    }

    @Test
    void theStoreMustShowExactlyTheClientsLiveHolds() {
        assertThat(OversoldChecker.disagreements(Map.of(1L, 10L, 2L, 10L), Map.of(1L, 10L, 2L, 10L), Set.of()))
                .isEmpty();
        assertThat(OversoldChecker.disagreements(Map.of(1L, 10L, 2L, 10L), Map.of(1L, 10L, 2L, 11L, 3L, 12L),
                Set.of())).containsExactly(new Mismatch(2, 10L, 11L), new Mismatch(3, null, 12L));
        assertThat(OversoldChecker.disagreements(Map.of(1L, 10L), Map.of(), Set.of()))
                .containsExactly(new Mismatch(1, 10L, null));
    }

    @Test
    void seatsOfCallsWithUnknownOutcomeAreLeftOut() {
        assertThat(OversoldChecker.disagreements(Map.of(), Map.of(5L, 99L), Set.of(5L))).isEmpty();
    }

    @Test
    void theLedgerYieldsWindowsAndLiveSeats() {
        HoldLedger ledger = new HoldLedger();
        HoldRequest request = new HoldRequest(0, 3, new int[] {4, 5});
        HoldLedger.Entry first = ledger.held(10, request.seatIds(), 100, request);
        ledger.releasing(first, 200);
        ledger.held(11, request.seatIds(), 300, request);
        assertThat(ledger.liveSeats()).containsOnly(Map.entry(request.seatId(0), 11L),
                Map.entry(request.seatId(1), 11L));
        assertThat(ledger.intervals()).hasSize(4);
        assertThat(OversoldChecker.overlaps(ledger.intervals())).isEmpty();
    }
}
