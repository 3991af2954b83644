package org.ticketgrid.pipelines.availability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StockLevelTest {

    @Test
    void labelsFollowTheFreeShare() {
        assertThat(new StockLevel("e", 0, 8).label()).isEqualTo("SOLD_OUT");
        assertThat(new StockLevel("e", 1, 8).label()).isEqualTo("FEW_LEFT");
        assertThat(new StockLevel("e", 2, 8).label()).isEqualTo("AVAILABLE");
        assertThat(new StockLevel("e", 100, 1000).label()).isEqualTo("FEW_LEFT");
        assertThat(new StockLevel("e", 101, 1000).label()).isEqualTo("AVAILABLE");
        assertThat(new StockLevel("e", 0, 0).label()).isEqualTo("SOLD_OUT");
    }
}
