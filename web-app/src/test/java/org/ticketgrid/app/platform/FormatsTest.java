package org.ticketgrid.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void moneyUsesTheCurrencysOwnMinorUnits() {
        assertThat(Formats.money(4500, "EUR")).isEqualTo("45.00 EUR");
        assertThat(Formats.money(5, "eur")).isEqualTo("0.05 EUR");
        assertThat(Formats.money(4500, "JPY")).isEqualTo("4500 JPY");
        assertThat(Formats.money(12345, "BHD")).isEqualTo("12.345 BHD");
        assertThat(Formats.money(0, "USD")).isEqualTo("0.00 USD");
        assertThat(Formats.money(199, "XYZ")).as("unknown code: two digits").isEqualTo("1.99 XYZ");
    }

    @Test
    void timesAreShownInTheEventsZoneWithItsAbbreviationAtThatDate() {
        Instant winter = Instant.parse("2026-12-05T18:30:00Z");
        Instant summer = Instant.parse("2026-07-04T18:30:00Z");
        assertThat(Formats.day(winter, BERLIN)).isEqualTo("Saturday 5 December 2026");
        assertThat(Formats.timeRange(winter, winter.plusSeconds(3 * 3600), BERLIN)).isEqualTo("19:30 – 22:30 CET");
        assertThat(Formats.timeRange(summer, null, BERLIN)).isEqualTo("20:30 CEST");
        assertThat(Formats.timeRange(winter, winter, BERLIN)).as("an end not after the start is left out")
                .isEqualTo("19:30 CET");
    }

    @Test
    void theDayOfTheEventIsTheDayAtTheVenueNotInUtc() {
        Instant lateInUtc = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(Formats.day(lateInUtc, BERLIN)).isEqualTo("Friday 1 January 2027");
        assertThat(Formats.day(lateInUtc, ZoneId.of("America/New_York"))).isEqualTo("Thursday 31 December 2026");
    }

    @Test
    void anEndOnAnotherDayNamesThatDay() {
        Instant start = Instant.parse("2026-12-05T21:00:00Z");
        assertThat(Formats.timeRange(start, start.plusSeconds(4 * 3600), BERLIN))
                .isEqualTo("22:00 – Sun 6 Dec 02:00 CET");
    }

    @Test
    void aMissingOrUnknownZoneFallsBackToUtcInsteadOfFailingThePage() {
        assertThat(Formats.zone(null)).isEqualTo(ZoneOffset.UTC);
        assertThat(Formats.zone(" ")).isEqualTo(ZoneOffset.UTC);
        assertThat(Formats.zone("Mars/Olympus_Mons")).isEqualTo(ZoneOffset.UTC);
        assertThat(Formats.zone("Europe/London")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(Formats.dateTime(Instant.parse("2026-03-02T09:00:00Z"), Formats.zone(null)))
                .isEqualTo("Monday 2 March 2026, 09:00 UTC");
    }
}
