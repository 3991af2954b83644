package org.ticketgrid.pipelines.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestInputsTest {

    @Test
    void suggestsFromEveryWordOfTheName() {
        assertThat(SuggestInputs.of("Blue Note Jazz Night", "Paradiso"))
                .containsExactly("blue note jazz night", "note jazz night", "jazz night", "night", "paradiso");
    }

    @Test
    void toleratesMissingParts() {
        assertThat(SuggestInputs.of("  ", null)).isEmpty();
        assertThat(SuggestInputs.of("Solo", null)).containsExactly("solo");
    }
}
