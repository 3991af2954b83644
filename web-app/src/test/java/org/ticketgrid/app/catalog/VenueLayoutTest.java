package org.ticketgrid.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VenueLayoutTest {

    static VenueLayout.Section seated(String name, int rows, int seats) {
        List<VenueLayout.Row> list = new java.util.ArrayList<>();
        for (int r = 0; r < rows; r++) {
            list.add(new VenueLayout.Row("R" + r, seats));
        }
        return new VenueLayout.Section(name, list, null);
    }

    @Test
    void aSensibleLayoutHasNoProblems() {
        var layout = new VenueLayout(List.of(seated("Stalls", 10, 20),
                new VenueLayout.Section("Standing", List.of(), 500)));
        assertThat(layout.problems()).isEmpty();
        assertThat(layout.sections().get(0).seatCount()).isEqualTo(200);
        assertThat(layout.sections().get(1).isGeneralAdmission()).isTrue();
    }

    @Test
    void aFiftyThousandSeatStadiumIsFine() {
        List<VenueLayout.Section> sections = new java.util.ArrayList<>();
        for (int s = 0; s < 50; s++) {
            sections.add(seated("Block " + s, 25, 40));
        }
        var layout = new VenueLayout(sections);
        assertThat(layout.problems()).isEmpty();
        assertThat(layout.sections().stream().mapToInt(VenueLayout.Section::seatCount).sum()).isEqualTo(50_000);
    }

    @Test
    void duplicateSeatsAreRefused() {
        var section = new VenueLayout.Section("Stalls",
                List.of(new VenueLayout.Row("A", 10), new VenueLayout.Row("a", 10)), null);
        assertThat(new VenueLayout(List.of(section)).problems()).anyMatch(p -> p.contains("duplicate row"));
        assertThat(new VenueLayout(List.of(seated("X", 1, 1), seated("x", 1, 1))).problems())
                .anyMatch(p -> p.contains("duplicate section"));
    }

    @Test
    void emptySectionsAndAbsurdSizesAreRefused() {
        assertThat(new VenueLayout(List.of()).problems()).isNotEmpty();
        assertThat(new VenueLayout(List.of(new VenueLayout.Section("Empty", List.of(), null))).problems())
                .anyMatch(p -> p.contains("no rows and no capacity"));
        assertThat(new VenueLayout(List.of(seated("Wide", 1, 501))).problems()).anyMatch(p -> p.contains("1 to 500"));
        assertThat(new VenueLayout(List.of(seated("Deep", 501, 1))).problems())
                .anyMatch(p -> p.contains("more than 500 rows"));
        assertThat(new VenueLayout(List.of(new VenueLayout.Section("Field", List.of(), 2_000_000))).problems())
                .isNotEmpty();
        List<VenueLayout.Section> huge = new java.util.ArrayList<>();
        for (int s = 0; s < 3; s++) {
            huge.add(new VenueLayout.Section("GA" + s, List.of(), 100_000));
        }
        assertThat(new VenueLayout(huge).problems()).anyMatch(p -> p.contains("at most"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var layout = new VenueLayout(List.of(new VenueLayout.Section("", List.of(new VenueLayout.Row("", 0)), null)));
        assertThat(layout.problems()).hasSizeGreaterThanOrEqualTo(3);
    }
}
