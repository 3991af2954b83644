package org.ticketgrid.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ticketgrid.app.catalog.usecase.EndFinishedEvents;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * An event's end of sale: online sales close when it starts (a hold is refused with 409
 * {@code sales-closed}, the page says so), it shows as ENDED from its end time on, and the sweep
 * stores ENDED exactly once, after which it is not on sale and its merchant can no longer change its
 * status. The event's times are moved into the past in the database, as time would.
 */
@IntegrationTest
class EventLifecycleIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SaleCatalog catalog;
    @Autowired
    EndFinishedEvents ending;

    @Test
    void salesCloseAtTheStartAndTheEventEndsOnceAtItsEnd() {
        Api api = new Api(port);
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = aVenue().withRows(1, 5).create(merchant);
        String event = anEventAt(merchant, venue, "Tonight " + UUID.randomUUID(), true).get("id").asText();
        List<Long> seats = seatIds(venue).get(0);
        Api buyer = api.withToken(TestAccounts.customer(api).token());
        assertThat(hold(buyer, event, seats.get(0)).status()).isEqualTo(201);

        moveTimes(event, "now() - interval '1 hour'", "now() + interval '1 hour'");
        Api.Response late = hold(buyer, event, seats.get(1));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().get("code").asText()).isEqualTo("sales-closed");
        assertThat(api.get("/api/v1/events/" + event).json().get("status").asText()).isEqualTo("SALES_CLOSED");
        assertThat(new Browser(port).get("/events/" + event).body()).contains("Sales closed")
                .contains("tickets are no longer sold online");
        assertThat(seatStatus(api, event, seats.get(1))).as("nothing held by the refusal").isEqualTo("AVAILABLE");

        moveTimes(event, "now() - interval '3 hours'", "now() - interval '1 minute'");
        assertThat(api.get("/api/v1/events/" + event).json().get("status").asText())
                .as("over from its end time, before any sweep").isEqualTo("ENDED");
        assertThat(storedStatus(event)).isEqualTo("PUBLISHED");

        assertThat(ending.endAt(Instant.now())).contains(UUID.fromString(event));
        assertThat(ending.endAt(Instant.now())).as("ended once").doesNotContain(UUID.fromString(event));
        assertThat(storedStatus(event)).isEqualTo("ENDED");
        Api.Response refused = hold(buyer, event, seats.get(2));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("not-on-sale");
        Api.Response cancel = merchant.post("/api/v1/events/" + event + "/cancel", "");
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(409);
        assertThat(new Browser(port).get("/events/" + event).body()).contains("This event is over");
    }

    private void moveTimes(String event, String startsAt, String endsAt) {
        jdbc.sql("UPDATE events SET starts_at = " + startsAt + ", ends_at = " + endsAt + " WHERE id = ?")
                .param(UUID.fromString(event)).update();
        catalog.evict(UUID.fromString(event)); // as an edit through the app does
    }

    private String storedStatus(String event) {
        return jdbc.sql("SELECT status FROM events WHERE id = ?").param(UUID.fromString(event))
                .query(String.class).single();
    }

    private static Api.Response hold(Api buyer, String event, long seat) {
        return buyer.post("/api/v1/events/" + event + "/holds", Map.of("seatIds", List.of(seat)));
    }

    private static String seatStatus(Api api, String event, long seat) {
        for (JsonNode section : api.get("/api/v1/events/" + event + "/seats").json().get("sections")) {
            for (JsonNode s : section.get("seats")) {
                if (s.get("id").asLong() == seat) {
                    return s.get("status").asText();
                }
            }
        }
        throw new AssertionError("no seat " + seat);
    }
}
