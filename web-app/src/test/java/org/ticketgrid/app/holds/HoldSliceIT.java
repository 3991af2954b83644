package org.ticketgrid.app.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/** Seat holds through a real entry processor over a Hazelcast client connection. */
@IntegrationTest
class HoldSliceIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    String eventId;
    List<List<Long>> seats;

    @BeforeEach
    void setUp() {
        api = TestAccounts.asMerchant(new Api(port));
        JsonNode venue = aVenue().withSections(2).withRows(2, 5).create(api);
        eventId = anEventAt(api, venue, "Hold Test " + UUID.randomUUID(), true).get("id").asText();
        seats = seatIds(venue);
    }

    @Test
    void aSeatIsHeldOnceAndTheSecondAttemptConflicts() {
        long seat = seats.get(0).get(0);
        Api.Response first = hold(seat);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("holdId").asText()).hasSize(16);
        assertThat(first.json().get("totalCents").asLong()).isEqualTo(4500);
        assertThat(first.json().get("seats").findValuesAsText("seats")).isEmpty();

        Api.Response second = hold(seat);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("code").asText()).isEqualTo("seats-taken");
        assertThat(second.json().get("takenSeatIds").get(0).asLong()).isEqualTo(seat);

        assertThat(seatStatus(seat)).isEqualTo("RESERVED");
    }

    @Test
    void aMultiSectionHoldIsAllOrNothing() {
        long taken = seats.get(1).get(0);
        long free = seats.get(0).get(3);
        assertThat(hold(taken).status()).isEqualTo(201);

        Api.Response both = api.post("/api/v1/events/" + eventId + "/holds", Map.of("seatIds", List.of(free, taken)));
        assertThat(both.status()).isEqualTo(409);
        // The seat of the other section was held for a moment and must be free again.
        assertThat(seatStatus(free)).isEqualTo("AVAILABLE");
        assertThat(hold(free).status()).isEqualTo(201);
    }

    @Test
    void releasingFreesTheSeatsAtOnce() {
        long seat = seats.get(0).get(1);
        String holdId = hold(seat).json().get("holdId").asText();
        assertThat(api.get("/api/v1/holds/" + holdId).json().get("status").asText()).isEqualTo("ACTIVE");

        assertThat(api.delete("/api/v1/holds/" + holdId).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/holds/" + holdId).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/holds/" + holdId).status()).isEqualTo(404);
        assertThat(hold(seat).status()).isEqualTo(201);
    }

    @Test
    void anExpiredHoldFreesItsSeatsWithoutAnyProcessRunning() throws InterruptedException {
        long seat = seats.get(0).get(2);
        assertThat(hold(seat).status()).isEqualTo(201);
        assertThat(hold(seat).status()).isEqualTo(409);
        Thread.sleep(4_500); // holds last 4 s in the tests
        assertThat(seatStatus(seat)).isEqualTo("AVAILABLE");
        assertThat(hold(seat).status()).isEqualTo(201);
    }

    @Test
    void badHoldRequestsAreRefusedAndChangeNothing() {
        long seat = seats.get(0).get(4);
        assertProblem(api.post(holds(), Map.of("seatIds", List.of())), 400, "no-seats");
        assertProblem(api.post(holds(), Map.of("seatIds", List.of(seat, seat))), 400, "duplicate-seat");
        assertProblem(api.post(holds(), Map.of("seatIds", List.of(12345L))), 400, "unknown-seat");
        assertProblem(api.post(holds(), Map.of("seatIds", List.of(-1L))), 400, "unknown-seat");
        assertProblem(api.post(holds(), Map.of("seatIds", seats.get(0).subList(0, 9))), 400, "too-many-seats");
        assertProblem(api.post(holds(), "{\"seatIds\": [1,"), 400, "malformed-body");
        assertProblem(api.post(holds(), Map.of()), 400, "invalid-request");
        assertProblem(api.post("/api/v1/events/" + UUID.randomUUID() + "/holds", Map.of("seatIds", List.of(seat))),
                404, "not-found");
        assertProblem(api.post("/api/v1/events/not-a-uuid/holds", Map.of("seatIds", List.of(seat))), 404,
                "not-found");
        assertProblem(api.get("/api/v1/holds/0123456789abcdef"), 404, "not-found");
        assertProblem(api.get("/api/v1/holds/zzz"), 404, "not-found");

        assertThat(seatStatus(seat)).isEqualTo("AVAILABLE");
        assertThat(seatStatus(seats.get(0).get(0))).isEqualTo("AVAILABLE");
    }

    @Test
    void generalAdmissionHoldsTakeAQuantityUntilSoldOut() {
        Map<String, Object> venueRequest = Map.of("name", "Floor " + UUID.randomUUID(), "address", "1 Test Street",
                "city", "Berlin", "country", "DE", "sections", List.of(Map.of("name", "Floor", "capacity", 5)));
        JsonNode venue = api.post("/api/v1/venues", venueRequest).json();
        JsonNode event = anEventAt(api, venue, "GA Night " + UUID.randomUUID(), true);
        String gaEvent = event.get("id").asText();
        String typeId = event.get("ticketTypes").get(0).get("id").asText();

        Api.Response three = api.post("/api/v1/events/" + gaEvent + "/holds",
                Map.of("ticketTypeId", typeId, "quantity", 3));
        assertThat(three.status()).as(three.body()).isEqualTo(201);
        assertThat(three.json().get("seats")).hasSize(3);
        assertThat(three.json().get("totalCents").asLong()).isEqualTo(3 * 4500);

        Api.Response tooMany = api.post("/api/v1/events/" + gaEvent + "/holds",
                Map.of("ticketTypeId", typeId, "quantity", 3));
        assertProblem(tooMany, 409, "sold-out");
        assertThat(api.post("/api/v1/events/" + gaEvent + "/holds", Map.of("ticketTypeId", typeId, "quantity", 2))
                .status()).isEqualTo(201);
        assertProblem(api.post("/api/v1/events/" + gaEvent + "/holds", Map.of("ticketTypeId", typeId, "quantity", 0)),
                400, "invalid-quantity");
        assertProblem(api.post("/api/v1/events/" + gaEvent + "/holds",
                Map.of("ticketTypeId", UUID.randomUUID().toString(), "quantity", 1)), 400, "unknown-ticket-type");
        assertProblem(api.post("/api/v1/events/" + gaEvent + "/holds",
                Map.of("ticketTypeId", typeId, "quantity", 1, "seatIds", List.of(1))), 400, "invalid-request");
        JsonNode details = api.get("/api/v1/events/" + gaEvent).json();
        assertThat(details.get("ticketTypes").get(0).get("held").asInt()).isEqualTo(5);
        assertThat(details.get("status").asText()).isEqualTo("SOLD_OUT");
    }

    private String holds() {
        return "/api/v1/events/" + eventId + "/holds";
    }

    private Api.Response hold(long seat) {
        return api.post(holds(), Map.of("seatIds", List.of(seat)));
    }

    private String seatStatus(long seatId) {
        JsonNode map = api.get("/api/v1/events/" + eventId + "/seats").json();
        for (JsonNode section : map.get("sections")) {
            for (JsonNode seat : section.get("seats")) {
                if (seat.get("id").asLong() == seatId) {
                    return seat.get("status").asText();
                }
            }
        }
        throw new AssertionError("seat " + seatId + " not on the map");
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
