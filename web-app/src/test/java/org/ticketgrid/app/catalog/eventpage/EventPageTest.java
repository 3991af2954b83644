package org.ticketgrid.app.catalog.eventpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.catalog.EventQueries.EventView;
import org.ticketgrid.app.catalog.EventQueries.TicketTypeView;
import org.ticketgrid.app.catalog.EventQueries.VenueView;
import org.ticketgrid.app.catalog.EventStatus;

class EventPageTest {

    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
    private static final VenueView OLYMPIA = new VenueView(UUID.randomUUID(), "Olympia", "28 Boulevard des Capucines",
            "Paris", "FR", 48.8702, 2.3281);

    @Test
    void formatsTheEventForPeopleAtTheVenue() {
        EventPage page = EventPage.of(event("AVAILABLE", null, OLYMPIA), NOW);
        assertThat(page.day()).isEqualTo("Saturday 5 December 2026");
        assertThat(page.time()).isEqualTo("19:30 – 22:30 CET");
        assertThat(page.startsAtIso()).isEqualTo("2026-12-05T18:30:00Z");
        assertThat(page.category()).isEqualTo("Music");
        assertThat(page.address()).isEqualTo("28 Boulevard des Capucines, Paris, France");
        assertThat(page.fromPrice()).isEqualTo("25.00 EUR");
        assertThat(page.ticketTypes()).extracting(EventPage.TicketTypeLine::price)
                .containsExactly("45.00 EUR", "25.00 EUR");
        assertThat(page.ticketTypes().get(1).soldOut()).isTrue();
        assertThat(page.onSale()).isTrue();
    }

    @Test
    void theMapLinkPointsOpenStreetMapAtTheVenue() {
        assertThat(EventPage.mapUrl(OLYMPIA))
                .isEqualTo("https://www.openstreetmap.org/?mlat=48.8702&mlon=2.3281#map=17/48.8702/2.3281");
        VenueView noCoordinates = new VenueView(UUID.randomUUID(), "Hall", "1 Main St", "Springfield", "US", null,
                null);
        assertThat(EventPage.mapUrl(noCoordinates))
                .isEqualTo("https://www.openstreetmap.org/search?query=1+Main+St%2C+Springfield%2C+United+States");
    }

    @Test
    void everyCustomerStatusHasAClearLabelAndOnlyTwoAreOnSale() {
        assertThat(EventPage.statusLabel("AVAILABLE")).isEqualTo("On sale");
        assertThat(EventPage.statusLabel("FEW_LEFT")).isEqualTo("Few tickets left");
        assertThat(EventPage.statusLabel("SOLD_OUT")).isEqualTo("Sold out");
        assertThat(EventPage.statusLabel("SALES_NOT_OPEN")).isEqualTo("Sales not open yet");
        assertThat(EventPage.statusLabel("CANCELLED")).isEqualTo("Cancelled");
        assertThat(List.of("AVAILABLE", "FEW_LEFT", "SOLD_OUT", "SALES_NOT_OPEN", "CANCELLED", "ENDED"))
                .filteredOn(EventPage::onSale).containsExactly("AVAILABLE", "FEW_LEFT");
    }

    @Test
    void salesNotOpenSaysWhenTheyOpenInTheEventsZone() {
        EventPage page = EventPage.of(event("SALES_NOT_OPEN", Instant.parse("2026-12-01T09:00:00Z"), OLYMPIA), NOW);
        assertThat(page.statusNote()).isEqualTo("Sales open Tuesday 1 December 2026, 10:00 CET.");
        assertThat(page.onSale()).isFalse();
        assertThat(EventPage.of(event("CANCELLED", null, OLYMPIA), NOW).statusNote()).contains("cancelled");
    }

    private static EventView event(String status, Instant salesOpenAt, VenueView venue) {
        Instant starts = Instant.parse("2026-12-05T18:30:00Z");
        return new EventView(UUID.randomUUID(), "Night", "Words", "MUSIC", starts, starts.plusSeconds(3 * 3600),
                "Europe/Paris", EventStatus.PUBLISHED, status, false, salesOpenAt, null, venue,
                List.of(new TicketTypeView(UUID.randomUUID(), "Premium", 4500, "EUR", 10, 1, 2),
                        new TicketTypeView(UUID.randomUUID(), "Standard", 2500, "EUR", 0, 0, 5)));
    }
}
