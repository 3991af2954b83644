package org.ticketgrid.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    @Test
    void requestsAreDueAtFixedIntervalsFromTheStartWhateverHappened() {
        ArrivalSchedule s = new ArrivalSchedule(1_000, 1000);
        assertThat(s.intendedStart(0)).isEqualTo(1_000);
        assertThat(s.intendedStart(1)).isEqualTo(1_000 + 1_000_000);
        assertThat(s.intendedStart(1000)).isEqualTo(1_000 + 1_000_000_000L);
    }

    @Test
    void aRateThatDoesNotDivideASecondRoundsDownAndDoesNotDrift() {
        ArrivalSchedule s = new ArrivalSchedule(0, 3);
        assertThat(s.intendedStart(1)).isEqualTo(333_333_333);
        assertThat(s.intendedStart(2)).isEqualTo(666_666_666);
        assertThat(s.intendedStart(3)).isEqualTo(1_000_000_000);
        assertThat(s.intendedStart(3_000_000)).isEqualTo(1_000_000_000_000_000L);
    }

    @Test
    void countsTheArrivalsInAWindowAndThoseDueByAMoment() {
        ArrivalSchedule s = new ArrivalSchedule(0, 15_000);
        assertThat(s.countWithin(1_000_000_000)).isEqualTo(15_000);
        assertThat(s.countWithin(0)).isZero();
        assertThat(s.countWithin(1)).isEqualTo(1); // the one at time 0
        assertThat(s.dueBy(-1)).isZero();
        assertThat(s.dueBy(0)).isEqualTo(1);
        assertThat(s.dueBy(s.intendedStart(99))).isEqualTo(100);
        assertThat(s.dueBy(s.intendedStart(100) - 1)).isEqualTo(100);
    }

    @Test
    void everyArrivalCountedInAWindowStartsInsideIt() {
        ArrivalSchedule s = new ArrivalSchedule(5, 2_500);
        long window = 2_000_000_000L;
        long n = s.countWithin(window);
        assertThat(s.intendedStart(n - 1)).isLessThan(5 + window);
        assertThat(s.intendedStart(n)).isGreaterThanOrEqualTo(5 + window);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> new ArrivalSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArrivalSchedule(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
