package org.ticketgrid.app.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.catalog.sales.EventSales.Day;

class SalesChartSvgTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void oneBarPerDayOfTheWindowAndEarlierSalesStartTheRunningTotal() {
        String svg = SalesChartSvg.draw(List.of(new Day(TODAY.minusDays(90), 7, 700),
                new Day(TODAY.minusDays(2), 3, 300), new Day(TODAY, 5, 500), new Day(TODAY.plusDays(1), 99, 1)), TODAY);
        assertThat(svg).startsWith("<svg class=\"sales-chart\"").endsWith("</svg>");
        assertThat(svg.split("class=\"bar\"", -1)).hasSize(SalesChartSvg.DAYS + 1);
        assertThat(svg).contains("8 tickets in the last 30 days, 15 in all; the most in one day: 5.");
        assertThat(svg).contains("23 Nov: 3 tickets").contains("25 Nov: 5 tickets").contains("27 Oct: 0 tickets")
                .doesNotContain("26 Oct");
        assertThat(svg).doesNotContain("99").doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void noSalesDrawsAnEmptyButValidChart() {
        String svg = SalesChartSvg.draw(List.of(), TODAY);
        assertThat(svg).contains("0 tickets in the last 30 days, 0 in all; the most in one day: 0.")
                .doesNotContain("NaN").doesNotContain("Infinity");
    }
}
