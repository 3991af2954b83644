package org.ticketgrid.app.catalog.eventpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.catalog.EventQueries.SeatView;
import org.ticketgrid.app.catalog.EventQueries.SectionView;
import org.ticketgrid.app.catalog.EventQueries.TicketTypeView;
import org.ticketgrid.inventory.SeatId;
import org.ticketgrid.inventory.SeatState;

class SeatMapSvgTest {

    private static final UUID TYPE = UUID.randomUUID();
    private static final TicketTypeView STANDARD = new TicketTypeView(TYPE, "Standard", 4500, "EUR", 0, 0, 0);

    @Test
    void drawsOneLabelledRectPerSeatWithItsStateAsAClass() {
        SectionView block = section(7, "Block A", 3, 4, SeatState.AVAILABLE);
        SeatMapSvg.Drawing drawing = SeatMapSvg.draw(List.of(block), Map.of(7L, STANDARD), Map.of());

        assertThat(drawing.seats()).isEqualTo(12);
        assertThat(count(drawing.svg(), "<rect id=\"s")).isEqualTo(12);
        assertThat(count(drawing.svg(), "aria-label=\"Block A, row ")).isEqualTo(12);
        assertThat(drawing.svg()).contains("id=\"s" + SeatId.of(7, 5).value() + "\"")
                .contains("aria-label=\"Block A, row B, seat 2, 45.00 EUR, available\"")
                .contains("Block A · 45.00 EUR")
                .doesNotContain("style=").doesNotContainPattern(" on[a-z]+=");
    }

    @Test
    void statesAreClassesAndWordsNotJustColours() {
        List<SeatView> seats = new ArrayList<>();
        SeatState[] states = {SeatState.AVAILABLE, SeatState.RESERVED, SeatState.BOOKED};
        for (int i = 0; i < 3; i++) {
            seats.add(new SeatView(SeatId.of(9, i).value(), "C", i + 1, i, 0, TYPE, states[i]));
        }
        String svg = SeatMapSvg.draw(List.of(new SectionView(9, "Stalls", "SEATED", 3, seats)), Map.of(9L, STANDARD),
                Map.of()).svg();
        assertThat(svg).contains("class=\"a\"").contains("class=\"r\"").contains("class=\"b\"")
                .contains("row C, seat 1, 45.00 EUR, available\"").contains("row C, seat 2, 45.00 EUR, on hold\"")
                .contains("row C, seat 3, 45.00 EUR, sold\"");
    }

    @Test
    void theMapHasExactlyOneTabStopOnTheFirstAvailableSeat() {
        List<SeatView> seats = List.of(
                new SeatView(SeatId.of(3, 0).value(), "A", 1, 0, 0, TYPE, SeatState.BOOKED),
                new SeatView(SeatId.of(3, 1).value(), "A", 2, 1, 0, TYPE, SeatState.AVAILABLE),
                new SeatView(SeatId.of(3, 2).value(), "A", 3, 2, 0, TYPE, SeatState.AVAILABLE));
        String svg = SeatMapSvg.draw(List.of(new SectionView(3, "A", "SEATED", 3, seats)), Map.of(3L, STANDARD),
                Map.of()).svg();
        assertThat(count(svg, "tabindex=\"0\"")).isEqualTo(1);
        assertThat(svg).contains("id=\"s" + SeatId.of(3, 1).value() + "\" x=\"1\" y=\"0\" width=\".84\" "
                + "height=\".84\" class=\"a\" tabindex=\"0\" role=\"checkbox\" aria-checked=\"false\"");
    }

    @Test
    void namesAreEscapedSoALayoutCannotInjectMarkup() {
        SectionView evil = section(5, "<script>alert(1)</script> & \"Co\"", 1, 1, SeatState.AVAILABLE);
        String svg = SeatMapSvg.draw(List.of(evil), Map.of(5L, STANDARD), Map.of()).svg();
        assertThat(svg).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;");
    }

    @Test
    void generalAdmissionIsAnAreaWithItsQuantityBelowTheSeats() {
        SectionView seated = section(1, "Stalls", 2, 10, SeatState.AVAILABLE);
        SectionView standing = new SectionView(2, "Standing", "GENERAL_ADMISSION", 800, List.of());
        SeatMapSvg.Drawing drawing = SeatMapSvg.draw(List.of(seated, standing), Map.of(1L, STANDARD, 2L, STANDARD),
                Map.of(2L, 750));
        assertThat(drawing.generalAdmissionAreas()).isEqualTo(1);
        assertThat(drawing.seats()).isEqualTo(20);
        assertThat(drawing.svg()).contains("class=\"ga\" id=\"sec2\" data-section=\"2\"")
                .contains("aria-label=\"Standing, standing, 45.00 EUR, 750 of 800 places available\"")
                .contains("750 of 800 places left");
        Matcher area = Pattern.compile("class=\"ga-area\" x=\"[-0-9.]+\" y=\"([-0-9.]+)\"").matcher(drawing.svg());
        assertThat(area.find()).isTrue();
        assertThat(Float.parseFloat(area.group(1))).as("below the last row").isGreaterThan(1);
    }

    @Test
    void aFullStandingAreaIsMarkedFull() {
        SectionView standing = new SectionView(2, "Pit", "GENERAL_ADMISSION", 100, List.of());
        String svg = SeatMapSvg.draw(List.of(standing), Map.of(2L, STANDARD), Map.of(2L, 0)).svg();
        assertThat(svg).contains("class=\"ga-area full\"").contains("0 of 100 places available");
    }

    @Test
    void theViewBoxFramesTheSeatsAndTheNaturalSizeFollowsIt() {
        SeatMapSvg.Drawing drawing = SeatMapSvg.draw(List.of(section(1, "A", 10, 20, SeatState.AVAILABLE)),
                Map.of(1L, STANDARD), Map.of());
        assertThat(drawing.svg()).contains("viewBox=\"-1 -3.5 22 14.5\"");
        assertThat(drawing.width()).isEqualTo(22 * SeatMapSvg.UNIT_PX);
    }

    @Test
    void aStadiumStaysLean() {
        List<SectionView> sections = new ArrayList<>();
        for (int s = 1; s <= 20; s++) {
            sections.add(section(s, "Block " + s, 50, 50, SeatState.AVAILABLE));
        }
        Map<Long, TicketTypeView> types = new HashMap<>();
        sections.forEach(s -> types.put(s.id(), STANDARD));
        SeatMapSvg.Drawing drawing = SeatMapSvg.draw(sections, types, Map.of());
        assertThat(drawing.seats()).isEqualTo(50_000);
        assertThat(drawing.svg().length() / 50_000).as("bytes per seat").isLessThan(140);
    }

    @Test
    void coordinatesAreWrittenShort() {
        assertThat(SeatMapSvg.num(12f)).isEqualTo("12");
        assertThat(SeatMapSvg.num(3.5f)).isEqualTo("3.5");
        assertThat(SeatMapSvg.num(-0.9f)).isEqualTo("-0.9");
        assertThat(SeatMapSvg.num(0.333333f)).isEqualTo("0.33");
    }

    private static SectionView section(long id, String name, int rows, int perRow, SeatState state) {
        List<SeatView> seats = new ArrayList<>();
        int index = 0;
        for (int r = 0; r < rows; r++) {
            for (int n = 1; n <= perRow; n++) {
                seats.add(new SeatView(SeatId.of(id, index++).value(), String.valueOf((char) ('A' + r)), n, n - 1, r,
                        TYPE, state));
            }
        }
        return new SectionView(id, name, "SEATED", seats.size(), seats);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
