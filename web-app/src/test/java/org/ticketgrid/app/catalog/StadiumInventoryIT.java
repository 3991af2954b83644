package org.ticketgrid.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.catalog.inventory.InventoryService;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * Publishing a 50,000-seat stadium creates exactly 50,000 available seats in the grid: counted
 * seat by seat through the public seat-states read and straight from the grid, with every seat id
 * distinct, and publishing's inventory step repeated changes nothing.
 */
@IntegrationTest
class StadiumInventoryIT {

    static final int SECTIONS = 20;
    static final int ROWS = 50;
    static final int SEATS_PER_ROW = 50;
    static final int SEATS = SECTIONS * ROWS * SEATS_PER_ROW;

    @Value("${local.server.port}")
    int port;
    @Autowired
    InventoryService inventory;

    @Test
    void publishingA50000SeatEventCreatesExactly50000AvailableSeats() {
        Api api = new Api(port);
        Api merchant = api.withToken(TestAccounts.withRole(api, "MERCHANT").token());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            sections.add(Map.of("name", "Block " + (s + 1), "rows", VenueLayout.uniformRows(ROWS, SEATS_PER_ROW)));
        }
        Api.Response created = merchant.post("/api/v1/venues", Map.of("name", "Stadium " + UUID.randomUUID(),
                "address", "1 Arena Way", "city", "Munich", "country", "DE", "timeZone", "Europe/Berlin",
                "sections", sections));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode stadium = created.json();
        String event = anEventAt(merchant, stadium, "Stadium night " + UUID.randomUUID(), true).get("id").asText();

        Api.Response seats = api.get("/api/v1/events/" + event + "/seats");
        assertThat(seats.status()).isEqualTo(200);
        Map<String, Integer> byStatus = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (JsonNode section : seats.json().get("sections")) {
            for (JsonNode seat : section.get("seats")) {
                byStatus.merge(seat.get("status").asText(), 1, Integer::sum);
                ids.add(seat.get("id").asLong());
            }
        }
        assertThat(byStatus).isEqualTo(Map.of("AVAILABLE", SEATS));
        assertThat(ids).hasSize(SEATS);

        Map<Long, Integer> capacities = new HashMap<>();
        stadium.get("sections").forEach(s -> capacities.put(s.get("id").asLong(), s.get("seats").size()));
        assertThat(countAvailable(event, capacities)).isEqualTo(SEATS);

        // Publishing again is refused, and creating the inventory again creates nothing.
        assertThat(merchant.post("/api/v1/events/" + event + "/publish", "").status()).isEqualTo(409);
        assertThat(inventory.createIfAbsent(event, capacities)).isZero();
        assertThat(countAvailable(event, capacities)).isEqualTo(SEATS);

        JsonNode details = api.get("/api/v1/events/" + event).json();
        List<Integer> available = new ArrayList<>();
        details.get("ticketTypes").forEach(t -> available.add(t.get("available").asInt()));
        assertThat(available).containsExactly(SEATS);
        assertThat(merchant.get("/api/v1/merchant/events/" + event + "/sales").json().get("available").asInt())
                .isEqualTo(SEATS);
    }

    private int countAvailable(String event, Map<Long, Integer> capacities) {
        int available = 0;
        int total = 0;
        for (byte[] codes : inventory.seatStates(event, capacities, System.currentTimeMillis()).values()) {
            for (byte code : codes) {
                total++;
                if (code == org.ticketgrid.inventory.SeatState.AVAILABLE.code()) {
                    available++;
                }
            }
        }
        assertThat(total).as("seats in the grid").isEqualTo(SEATS);
        return available;
    }
}
