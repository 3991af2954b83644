package org.ticketgrid.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * Nobody touches what is someone else's: a customer cannot read or release another's hold (by its
 * id, or by guessing ids next to it), a merchant cannot publish, cancel or sell at another
 * merchant's events and venues. (Orders and refunds do not exist yet; their ownership tests come
 * with them.)
 */
@IntegrationTest
class OwnershipIT {

    @Value("${local.server.port}")
    int port;
    Api api;
    Api alice;
    Api bob;
    Api merchantA;
    Api merchantB;
    JsonNode venueA;
    String eventA;
    List<Long> seats;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        alice = api.withToken(TestAccounts.customer(api).token());
        bob = api.withToken(TestAccounts.customer(api).token());
        merchantA = api.withToken(TestAccounts.withRole(api, "MERCHANT").token());
        merchantB = api.withToken(TestAccounts.withRole(api, "MERCHANT").token());
        venueA = aVenue().withRows(2, 10).create(merchantA);
        eventA = anEventAt(merchantA, venueA, "Owned Night " + UUID.randomUUID(), true).get("id").asText();
        seats = seatIds(venueA).get(0);
    }

    @Test
    void aCustomerCannotReadOrReleaseAnotherCustomersHold() {
        Api.Response held = alice.post("/api/v1/events/" + eventA + "/holds", Map.of("seatIds", List.of(seats.get(0))));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        String holdId = held.json().get("holdId").asText();

        Api.Response read = bob.get("/api/v1/holds/" + holdId);
        assertThat(read.status()).isEqualTo(404);
        // Exactly the answer for a hold that never existed (but for the echoed request path).
        String never = String.format("%016x", Long.parseUnsignedLong(holdId, 16) ^ 0x5a5a5a5aL);
        assertThat(read.body().replace(holdId, "ID"))
                .isEqualTo(bob.get("/api/v1/holds/" + never).body().replace(never, "ID"));
        assertThat(read.body()).doesNotContain(seats.get(0).toString()).doesNotContain(eventA);
        assertThat(bob.delete("/api/v1/holds/" + holdId).status()).isEqualTo(404);

        // Still Alice's, still held: Bob's attempts changed nothing.
        assertThat(alice.get("/api/v1/holds/" + holdId).json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(bob.post("/api/v1/events/" + eventA + "/holds", Map.of("seatIds", List.of(seats.get(0))))
                .status()).isEqualTo(409);
        // Anonymous callers are not even told it exists.
        assertThat(api.get("/api/v1/holds/" + holdId).status()).isEqualTo(401);
        assertThat(alice.delete("/api/v1/holds/" + holdId).status()).isEqualTo(204);
    }

    @Test
    void guessingHoldIdsAroundAnotherCustomersHoldFindsNothing() {
        List<String> aliceHolds = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Api.Response held = alice.post("/api/v1/events/" + eventA + "/holds",
                    Map.of("seatIds", List.of(seats.get(i))));
            aliceHolds.add(held.json().get("holdId").asText());
        }
        for (String holdId : aliceHolds) {
            long id = Long.parseUnsignedLong(holdId, 16);
            for (long guess = id - 50; guess <= id + 50; guess++) {
                String guessed = String.format("%016x", guess);
                assertThat(bob.get("/api/v1/holds/" + guessed).status()).as(guessed).isEqualTo(404);
            }
            assertThat(bob.delete("/api/v1/holds/" + holdId).status()).isEqualTo(404);
        }
        for (String holdId : aliceHolds) {
            assertThat(alice.get("/api/v1/holds/" + holdId).status()).isEqualTo(200);
        }
    }

    @Test
    void aMerchantCannotPublishOrCancelAnotherMerchantsEvent() {
        String draft = anEventAt(merchantA, venueA, "A's draft " + UUID.randomUUID(), false).get("id").asText();

        Api.Response publish = merchantB.post("/api/v1/events/" + draft + "/publish", "");
        assertThat(publish.status()).isEqualTo(403);
        assertThat(publish.json().get("code").asText()).isEqualTo("not-your-event");
        Api.Response cancel = merchantB.post("/api/v1/events/" + eventA + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(403);

        // Nothing changed: the draft is still invisible, the published event still on sale.
        assertThat(api.get("/api/v1/events/" + draft).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/events/" + eventA).json().get("status").asText()).isNotEqualTo("CANCELLED");
        // The owner can.
        assertThat(merchantA.post("/api/v1/events/" + draft + "/publish", "").status()).isEqualTo(200);
        assertThat(merchantA.post("/api/v1/events/" + draft + "/cancel", "").status()).isEqualTo(200);
    }

    @Test
    void aMerchantCannotCreateEventsAtAnotherMerchantsVenue() {
        List<Long> sectionIds = new ArrayList<>();
        venueA.get("sections").forEach(s -> sectionIds.add(s.get("id").asLong()));
        Instant starts = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = Map.of("venueId", venueA.get("id").asText(), "name", "Squatter", "category",
                "MUSIC", "highDemand", false, "startsAt", starts.toString(), "endsAt", starts.plus(1, ChronoUnit.HOURS).toString(),
                "ticketTypes", List.of(Map.of("name", "Any", "priceCents", 100, "currency", "EUR",
                        "sectionIds", sectionIds)));
        Api.Response created = merchantB.post("/api/v1/events", request);
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.json().get("code").asText()).isEqualTo("not-your-venue");
        assertThat(merchantA.post("/api/v1/events", request).status()).isEqualTo(201);
    }

    @Test
    void theOwnerOfCreatedVenuesAndEventsIsTheCallerNotTheRequest() {
        // A merchant cannot claim an event for someone else: the owner comes from the token.
        JsonNode event = anEventAt(merchantB, aVenue().create(merchantB), "B's own " + UUID.randomUUID(), false);
        assertThat(merchantA.post("/api/v1/events/" + event.get("id").asText() + "/publish", "").status())
                .isEqualTo(403);
        assertThat(merchantB.post("/api/v1/events/" + event.get("id").asText() + "/publish", "").status())
                .isEqualTo(200);
    }
}
