package org.ticketgrid.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.EventStream;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * {@code GET /api/v1/events/{id}/stream} against the real grid: a hold, a release and an expiry by
 * another client reach a subscriber within seconds; many subscribers of an event share one grid
 * listener, which goes away with the last of them.
 */
@IntegrationTest
class LiveSeatStreamIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SOON = Duration.ofSeconds(5);

    @Value("${local.server.port}")
    int port;
    @Autowired
    SeatFeed feed;
    Api api;
    Api buyer;
    String eventId;
    String ticketTypeId;
    List<Long> seats;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = aVenue().withSections(2).withRows(2, 5).create(merchant);
        JsonNode event = anEventAt(merchant, venue, "Live Test " + UUID.randomUUID(), true);
        eventId = event.get("id").asText();
        ticketTypeId = event.get("ticketTypes").get(0).get("id").asText();
        seats = seatIds(venue).get(0);
        buyer = api.withToken(TestAccounts.customer(api).token());
    }

    @Test
    void anotherClientsHoldAndReleaseReachTheStreamWithinSeconds() throws Exception {
        try (EventStream stream = open()) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            EventStream.Event first = stream.await(e -> e.name().equals("availability"), SOON);
            assertThat(first).as("the free places of every ticket type come first").isNotNull();
            assertThat(json(first).get("ticketTypeId").asText()).isEqualTo(ticketTypeId);
            assertThat(json(first).get("available").asInt()).isEqualTo(20);

            long seat = seats.get(3);
            Api.Response held = buyer.post(holdsPath(), Map.of("seatIds", List.of(seat)));
            assertThat(held.status()).as(held.body()).isEqualTo(201);
            assertThat(stream.await(seatIs(seat, "RESERVED"), SOON)).as("RESERVED within seconds").isNotNull();
            EventStream.Event fewer = stream.await(e -> e.name().equals("availability"), SOON);
            assertThat(json(fewer).get("available").asInt()).isEqualTo(19);
            assertThat(json(fewer).get("held").asInt()).isEqualTo(1);
            assertThat(json(fewer).get("sold").asInt()).isZero();

            assertThat(buyer.delete("/api/v1/holds/" + held.json().get("holdId").asText()).status()).isEqualTo(204);
            assertThat(stream.await(seatIs(seat, "AVAILABLE"), SOON)).as("AVAILABLE within seconds").isNotNull();
            assertThat(json(stream.await(e -> e.name().equals("availability"), SOON)).get("available").asInt())
                    .isEqualTo(20);
        }
    }

    @Test
    void anExpiredHoldIsAnnouncedWithoutAnyoneAsking() throws Exception {
        try (EventStream stream = open()) {
            long seat = seats.get(4);
            assertThat(buyer.post(holdsPath(), Map.of("seatIds", List.of(seat))).status()).isEqualTo(201);
            assertThat(stream.await(seatIs(seat, "RESERVED"), SOON)).isNotNull();
            // Holds last 4 s in the tests; the member's sweeper announces the release within a second.
            assertThat(stream.await(seatIs(seat, "AVAILABLE"), Duration.ofSeconds(10))).isNotNull();
        }
    }

    @Test
    void subscribersOfAnEventShareOneGridListenerThatLeavesWithTheLast() throws Exception {
        EventStream a = open();
        EventStream b = open();
        EventStream c = open();
        try {
            assertThat(a.await(e -> e.name().equals("availability"), SOON)).isNotNull();
            assertThat(b.await(e -> e.name().equals("availability"), SOON)).isNotNull();
            assertThat(c.await(e -> e.name().equals("availability"), SOON)).isNotNull();
            assertThat(feed.subscribers(UUID.fromString(eventId))).isEqualTo(3);
            assertThat(feed.follows(UUID.fromString(eventId))).isTrue();

            long seat = seats.get(0);
            assertThat(buyer.post(holdsPath(), Map.of("seatIds", List.of(seat))).status()).isEqualTo(201);
            for (EventStream stream : List.of(a, b, c)) {
                assertThat(stream.await(seatIs(seat, "RESERVED"), SOON)).isNotNull();
            }
            a.close();
            b.close();
            awaitSubscribers(1);
            assertThat(feed.follows(UUID.fromString(eventId))).isTrue();
        } finally {
            a.close();
            b.close();
            c.close();
        }
        awaitSubscribers(0);
        assertThat(feed.follows(UUID.fromString(eventId))).as("the last one out removes the listener").isFalse();
    }

    @Test
    void standingAreasReportTheirFreePlaces() throws Exception {
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = merchant.post("/api/v1/venues", Map.of("name", "Floor " + UUID.randomUUID(), "address",
                "1 Test Street", "city", "Berlin", "country", "DE",
                "sections", List.of(Map.of("name", "Floor", "capacity", 50)))).json();
        JsonNode event = anEventAt(merchant, venue, "GA Live " + UUID.randomUUID(), true);
        String id = event.get("id").asText();
        long sectionId = venue.get("sections").get(0).get("id").asLong();
        try (EventStream stream = EventStream.open(api.base() + "/api/v1/events/" + id + "/stream")) {
            assertThat(stream.await(e -> e.name().equals("availability"), SOON)).isNotNull();
            assertThat(buyer.post("/api/v1/events/" + id + "/holds", Map.of("ticketTypeId",
                    event.get("ticketTypes").get(0).get("id").asText(), "quantity", 3)).status()).isEqualTo(201);
            EventStream.Event area = stream.await(e -> e.name().equals("section"), SOON);
            assertThat(area).isNotNull();
            assertThat(json(area).get("sectionId").asLong()).isEqualTo(sectionId);
            assertThat(json(area).get("available").asInt()).isEqualTo(47);
            assertThat(json(area).get("capacity").asInt()).isEqualTo(50);
        }
    }

    @Test
    void unknownAndDraftEventsAreNotFound() {
        Api.Response unknown = api.get("/api/v1/events/" + UUID.randomUUID() + "/stream");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/events/not-a-uuid/stream").status()).isEqualTo(404);
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = aVenue().create(merchant);
        String draft = anEventAt(merchant, venue, "Draft " + UUID.randomUUID(), false).get("id").asText();
        assertThat(api.get("/api/v1/events/" + draft + "/stream").status()).isEqualTo(404);
    }

    @Test
    void theStreamAndTheHoldLimitAreInTheOpenApiDocument() {
        Api.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/events/{eventId}/stream").contains("text/event-stream")
                .contains("too-many-subscribers").contains("hold-limit-reached");
    }

    private EventStream open() {
        return EventStream.open(api.base() + "/api/v1/events/" + eventId + "/stream");
    }

    private void awaitSubscribers(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (feed.subscribers(UUID.fromString(eventId)) != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(feed.subscribers(UUID.fromString(eventId))).as("a client that left is noticed").isEqualTo(expected);
    }

    private String holdsPath() {
        return "/api/v1/events/" + eventId + "/holds";
    }

    private static java.util.function.Predicate<EventStream.Event> seatIs(long seat, String status) {
        return e -> e.name().equals("seat") && json(e).get("seatId").asLong() == seat
                && json(e).get("status").asText().equals(status);
    }

    private static JsonNode json(EventStream.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
