package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ticketgrid.testing.Eventually;

/** Buying through the public API: a fresh event, holds, checkout, waiting for an order's status. */
public final class Orders {

    private Orders() {
    }

    /** A fresh published event (two sections of 2 x 5 seats at 45.00 EUR) and its seats. */
    public record Sale(String eventId, List<List<Long>> seats) {
    }

    public static Sale aSale(Api api) {
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = aVenue().withSections(2).withRows(2, 5).create(merchant);
        String eventId = anEventAt(merchant, venue, "Order Test " + UUID.randomUUID(), true).get("id").asText();
        return new Sale(eventId, seatIds(venue));
    }

    /** Holds the seats for the buyer behind {@code api}; returns the hold id. */
    public static String hold(Api api, String eventId, List<Long> seatIds) {
        Api.Response hold = api.post("/api/v1/events/" + eventId + "/holds", Map.of("seatIds", seatIds));
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        return hold.json().get("holdId").asText();
    }

    /** Checks the hold out; asserts 201 or 200 and returns the body. */
    public static JsonNode checkout(Api api, String holdId) {
        Api.Response checkout = api.post("/api/v1/holds/" + holdId + "/checkout", "");
        assertThat(checkout.status()).as(checkout.body()).isIn(200, 201);
        return checkout.json();
    }

    /** Waits until the order has {@code status}; returns it. */
    public static JsonNode awaitStatus(Api api, String orderId, String status) {
        return Eventually.eventually(Duration.ofSeconds(45), () -> {
            Api.Response order = api.get("/api/v1/orders/" + orderId);
            assertThat(order.status()).as(order.body()).isEqualTo(200);
            assertThat(order.json().get("status").asText()).as(order.body()).isEqualTo(status);
            return order.json();
        });
    }

    /** The seat's status on the public seat map. */
    public static String seatStatus(Api api, String eventId, long seatId) {
        JsonNode map = api.get("/api/v1/events/" + eventId + "/seats").json();
        for (JsonNode section : map.get("sections")) {
            for (JsonNode seat : section.get("seats")) {
                if (seat.get("id").asLong() == seatId) {
                    return seat.get("status").asText();
                }
            }
        }
        throw new AssertionError("no seat " + seatId);
    }
}
