package org.ticketgrid.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoCatalogPlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void aRealisticCatalogDozensOfVenuesOneStadiumHundredsOfEvents() {
        List<DemoCatalogPlan.Venue> venues = DemoCatalogPlan.venues();
        assertThat(venues).hasSizeGreaterThanOrEqualTo(30);
        assertThat(venues.stream().map(DemoCatalogPlan.Venue::name).distinct()).hasSameSizeAs(venues);
        assertThat(venues.stream().filter(v -> v.capacity() == 50_000)).hasSize(1);
        assertThat(venues.stream().map(DemoCatalogPlan.Venue::city).distinct().count()).isGreaterThanOrEqualTo(20);
        assertThat(venues.stream().map(DemoCatalogPlan.Venue::country).distinct().count()).isGreaterThanOrEqualTo(10);
        venues.forEach(v -> assertThat(v.layout().problems()).as(v.name()).isEmpty());

        List<DemoCatalogPlan.Event> events = new ArrayList<>();
        venues.forEach(v -> events.addAll(DemoCatalogPlan.events(v, TODAY, NOW)));
        assertThat(events).hasSizeGreaterThanOrEqualTo(200);
        Set<String> categories = new HashSet<>();
        events.forEach(e -> categories.add(e.category()));
        assertThat(categories).contains("MUSIC", "SPORTS", "THEATRE", "COMEDY", "FAMILY", "CONFERENCE");
        for (DemoCatalogPlan.Event e : events) {
            assertThat(e.endsAt()).isAfter(e.startsAt());
            assertThat(e.salesOpenAt()).isBeforeOrEqualTo(e.startsAt());
            assertThat(e.startsAt()).isAfter(NOW);
        }
        Instant first = events.stream().map(DemoCatalogPlan.Event::startsAt).min(Instant::compareTo).orElseThrow();
        Instant last = events.stream().map(DemoCatalogPlan.Event::startsAt).max(Instant::compareTo).orElseThrow();
        assertThat(ChronoUnit.DAYS.between(first, last)).isGreaterThan(180);
        assertThat(events.stream().filter(e -> e.salesOpenAt().isAfter(NOW))).isNotEmpty();
        assertThat(events.stream().filter(DemoCatalogPlan.Event::highDemand)).isNotEmpty();
        assertThat(events.stream().filter(e -> !e.publish())).isNotEmpty();
    }

    @Test
    void thePlanIsTheSameEveryTime() {
        var once = DemoCatalogPlan.venues();
        var again = DemoCatalogPlan.venues();
        assertThat(again).isEqualTo(once);
        assertThat(DemoCatalogPlan.events(again.get(3), TODAY, NOW)).isEqualTo(DemoCatalogPlan.events(once.get(3),
                TODAY, NOW));
    }
}
