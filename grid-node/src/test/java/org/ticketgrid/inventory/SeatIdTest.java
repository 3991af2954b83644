package org.ticketgrid.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeatIdTest {

    @Test
    void carriesSectionAndIndex() {
        SeatId id = SeatId.of(29, 1234);
        assertThat(id.sectionId()).isEqualTo(29);
        assertThat(id.index()).isEqualTo(1234);
        assertThat(new SeatId(id.value())).isEqualTo(id);
        assertThat(SeatId.of(1L << 40, SeatId.MAX_SEATS_PER_SECTION - 1).sectionId()).isEqualTo(1L << 40);
    }

    @Test
    void rejectsWhatCannotBeASeat() {
        assertThatThrownBy(() -> new SeatId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeatId.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeatId.of(1, SeatId.MAX_SEATS_PER_SECTION)).isInstanceOf(IllegalArgumentException.class);
    }
}
