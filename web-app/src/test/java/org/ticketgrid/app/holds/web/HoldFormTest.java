package org.ticketgrid.app.holds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.ticketgrid.app.catalog.persistence.SeatRows.SeatLabel;
import org.ticketgrid.app.platform.ApiProblems;

/** How the page's hold form is read, and how the panel words things. */
class HoldFormTest {

    @Test
    void seatsComeAsRepeatedFieldsOrOneListAndStandingAsQuantities() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("seat", "11");
        form.add("seat", "12 13");
        form.add("seat", "14,15");
        form.add("ga-42", "3");
        form.add("ga-43", "0");
        form.add("ga-44", "");
        form.add("holdId", "ignored");
        assertThat(HoldPageController.seatIds(form)).containsExactly(11L, 12L, 13L, 14L, 15L);
        assertThat(HoldPageController.quantities(form)).isEqualTo(Map.of(42L, 3));
    }

    @Test
    void garbageIsARefusalNotAnError() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("seat", "12; DROP TABLE seats");
        assertThatThrownBy(() -> HoldPageController.seatIds(form)).isInstanceOf(ApiProblems.InvalidRequest.class);

        MultiValueMap<String, String> negative = new LinkedMultiValueMap<>();
        negative.add("ga-42", "-2");
        assertThatThrownBy(() -> HoldPageController.quantities(negative))
                .isInstanceOf(ApiProblems.InvalidRequest.class);

        MultiValueMap<String, String> huge = new LinkedMultiValueMap<>();
        huge.add("ga-42", "99999999999");
        assertThatThrownBy(() -> HoldPageController.quantities(huge))
                .isInstanceOfSatisfying(ApiProblems.InvalidRequest.class,
                        e -> assertThat(e.code()).isEqualTo("too-many-seats"));
    }

    @Test
    void heldSeatsAndHoldLengthsReadNaturally() {
        assertThat(HoldPanels.label(new SeatLabel(1, "Block A", "C", 12))).isEqualTo("Block A, row C, seat 12");
        assertThat(HoldPanels.label(new SeatLabel(2, "Pit", null, null))).isEqualTo("Pit, standing");
        assertThat(HoldPanels.length(Duration.ofMinutes(5))).isEqualTo("5 minutes");
        assertThat(HoldPanels.length(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(HoldPanels.length(Duration.ofSeconds(4))).isEqualTo("4 seconds");
    }

    @Test
    void theCountdownStartsFromTheServersRemainingTime() {
        HoldPanel panel = new HoldPanel(true, null, "0123456789abcdef", List.of(), "90.00 EUR", 299_001,
                "2026-11-25T06:00:00Z", "1 2", "");
        assertThat(panel.remaining()).isEqualTo("5:00");
        assertThat(new HoldPanel(true, null, "x", List.of(), "", 61_000, "", "", "").remaining())
                .isEqualTo("1:01");
        assertThat(new HoldPanel(true, null, "x", List.of(), "", 0, "", "", "").remaining())
                .isEqualTo("0:00");
    }
}
