package org.ticketgrid.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrawOrderTest {

    @Test
    void theDrawIsAPermutationReproducedFromItsSeed() {
        DrawOrder draw = DrawOrder.of(123456789L, 1_000);
        int[] sorted = draw.order();
        Arrays.sort(sorted);
        assertThat(sorted).isEqualTo(IntStream.rangeClosed(1, 1_000).toArray());
        assertThat(DrawOrder.of(123456789L, 1_000).order()).isEqualTo(draw.order());
        assertThat(DrawOrder.of(123456790L, 1_000).order()).isNotEqualTo(draw.order());
        for (int place = 1; place <= 1_000; place++) {
            assertThat(draw.placeOf(draw.numberAt(place))).isEqualTo(place);
        }
    }

    @Test
    void theShuffleActuallyMixesAndIsNotBiasedToTheFront() {
        // Over many seeds, arrival number 1 lands in each half of the line about equally often.
        int front = 0;
        for (long seed = 0; seed < 2_000; seed++) {
            if (DrawOrder.of(seed, 10).placeOf(1) <= 5) {
                front++;
            }
        }
        assertThat(front).isBetween(850, 1_150);
    }

    @Test
    void aKnownVectorPinsTheAlgorithm() {
        // Pinned so that a change of the algorithm is a deliberate, visible change (and a new name).
        assertThat(DrawOrder.ALGORITHM).isEqualTo("fisher-yates/sha256-counter-v1");
        assertThat(DrawOrder.of(1, 0).participants()).isZero();
        assertThat(DrawOrder.of(1, 1).order()).containsExactly(1);
        assertThat(DrawOrder.of(2026, 8).order()).containsExactly(1, 6, 2, 8, 5, 7, 4, 3);
    }
}
